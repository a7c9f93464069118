package dk.spirekassen.joining;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;

import dk.spirekassen.JoiningSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.mail.OutgoingMail;

import static dk.spirekassen.JoiningSamples.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff of a member organisation ask to join it; its staff (or the secretariat) approve, and only then can the new
 * login sign in, or reject with a reason. Staff of another organisation cannot decide.
 */
@SpirekassenTest
class StaffAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Mailer mailer;

	private Samples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context);
	}

	@Test
	void theOrganisationsStaffApproveAndOnlyThenTheLoginOpens() throws Exception {
		var email = JoiningSamples.newEmail();
		mvc.perform(post("/adgang").with(csrf())
			.with(from("10.31.0.1"))
			.param("organisationId", String.valueOf(samples.organisation))
			.param("applicantName", "Mads Medarbejder")
			.param("applicantEmail", email)
			.param("password", PASSWORD)
			.param("repeatPassword", PASSWORD)
			.param("consent", "true")).andExpect(redirectedUrl("/adgang/sendt"));
		assertThat(((SignedInUser) accounts.loadUserByUsername(email)).isEnabled()).isFalse();

		var token = samples.joining.linkMailedTo(email, "/adgang/bekraeft");
		mvc.perform(get("/adgang/bekraeft").param("token", token)).andExpect(status().isOk());
		assertThat(mailsTo("medlem@spirekassen.dk")).extracting(OutgoingMail::getSubject)
			.contains("Mads Medarbejder beder om adgang til Spirekassen");

		var staff = user(accounts.loadUserByUsername("medlem@spirekassen.dk"));
		var request = approvalOf(email, "/organisationer/" + samples.organisation + "/anmodninger", staff);
		mvc.perform(post(request).with(csrf()).with(user(accounts.loadUserByUsername("partner@spirekassen.dk"))))
			.andExpect(status().isForbidden());
		mvc.perform(post(request).with(csrf()).with(staff))
			.andExpect(redirectedUrl("/organisationer/" + samples.organisation + "/anmodninger?besluttet"));

		var login = (SignedInUser) accounts.loadUserByUsername(email);
		assertThat(login.isEnabled()).isTrue();
		assertThat(login.organisationId()).isEqualTo(samples.organisation);
		assertThat(mailsTo(email).get(0).getSubject()).isEqualTo("Du har fået adgang til Spirekassen");
	}

	@Test
	void aRejectionNeedsAReasonAndAnotherOrganisationCannotDecide() throws Exception {
		long request = samples.joining.staffWaiting(samples.organisation);
		var path = "/organisationer/" + samples.organisation + "/anmodninger/" + request;
		var staff = user(accounts.loadUserByUsername("medlem@spirekassen.dk"));

		var otherStaff = accounts.createAccount(JoiningSamples.newEmail(), "Anden Medarbejder", PASSWORD,
				dk.spirekassen.accounts.Role.MEMBER, samples.otherOrganisation, null);
		var other = user(accounts.loadUserByUsername(accounts.account(otherStaff).email()));
		mvc.perform(post(path + "/godkend").with(csrf()).with(other)).andExpect(status().isForbidden());
		mvc.perform(post("/organisationer/" + samples.otherOrganisation + "/anmodninger/" + request + "/godkend")
			.with(csrf())
			.with(other)).andExpect(status().isNotFound());

		var missing = Jsoup.parse(mvc.perform(post(path + "/afvis").with(csrf()).with(staff).param("message", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(missing.select(".error-summary").text()).isNotBlank();

		mvc.perform(post(path + "/afvis").with(csrf()).with(staff).param("message", "Du er ikke ansat hos os."))
			.andExpect(status().is3xxRedirection());
		var email = context.getBean(StaffAccess.class).waiting(new Team.Organisation(samples.organisation)).stream()
			.noneMatch(r -> r.id() == request);
		assertThat(email).as("no longer waiting").isTrue();
	}

	@Test
	void askingAgainBeforeConfirmingSendsANewLinkForTheNewestOrganisation() throws Exception {
		var email = JoiningSamples.newEmail();
		mvc.perform(staffRequest(email, samples.otherOrganisation, "10.31.0.3")).andExpect(redirectedUrl("/adgang/sendt"));
		var first = samples.joining.linkMailedTo(email, "/adgang/bekraeft");
		mvc.perform(staffRequest(email, samples.organisation, "10.31.0.3")).andExpect(redirectedUrl("/adgang/sendt"));
		var second = samples.joining.linkMailedTo(email, "/adgang/bekraeft");
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/adgang/bekraeft").param("token", first)).andExpect(status().isNotFound());
		mvc.perform(get("/adgang/bekraeft").param("token", second)).andExpect(status().isOk());
		var staff = context.getBean(StaffAccess.class);
		assertThat(staff.waiting(new Team.Organisation(samples.organisation))).extracting(StaffAccess.WaitingRequest::email).contains(email);
		assertThat(staff.waiting(new Team.Organisation(samples.otherOrganisation))).extracting(StaffAccess.WaitingRequest::email)
			.doesNotContain(email);
		assertThat(((SignedInUser) accounts.loadUserByUsername(email)).organisationId())
			.isEqualTo(samples.organisation);

		mvc.perform(staffRequest(email, samples.organisation, "10.31.0.3")).andExpect(redirectedUrl("/adgang/sendt"));
		assertThat(mailsTo(email).get(0).getSubject()).isEqualTo("Din anmodning om adgang til Spirekassen er modtaget");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder staffRequest(String email,
			long organisation, String address) {
		return post("/adgang").with(csrf())
			.with(from(address))
			.param("organisationId", String.valueOf(organisation))
			.param("applicantName", "Gitte Gentager")
			.param("applicantEmail", email)
			.param("password", PASSWORD)
			.param("repeatPassword", PASSWORD)
			.param("consent", "true");
	}

	@Test
	void onlyMemberOrganisationsCanBeAskedToJoin() throws Exception {
		long outsider = TestOrganisations.create(context.getBean(ActorManagement.class), "Ikke-medlemmet", null);
		var email = JoiningSamples.newEmail();
		var page = Jsoup.parse(mvc.perform(post("/adgang").with(csrf())
			.with(from("10.31.0.2"))
			.param("organisationId", String.valueOf(outsider))
			.param("applicantName", "Ida Udenfor")
			.param("applicantEmail", email)
			.param("password", PASSWORD)
			.param("repeatPassword", PASSWORD)
			.param("consent", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#f-organisationId-error").text()).isNotBlank();
		assertThat(page.select("#f-applicantName").val()).isEqualTo("Ida Udenfor");
		assertThat(accounts.exists(email)).isFalse();
	}

	@Test
	void someoneWorkingForAPartnerAsksToJoinItAndItsPeopleDecide() throws Exception {
		var email = JoiningSamples.newEmail();
		var form = Jsoup.parse(mvc.perform(get("/partnere/" + samples.partner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("a[href=/partnere/" + samples.partner + "/adgang]")).hasSize(1);
		mvc.perform(partnerRequest(email, samples.partner, "10.31.0.4"))
			.andExpect(redirectedUrl("/adgang/sendt-til-partner"));
		var asked = (SignedInUser) accounts.loadUserByUsername(email);
		assertThat(asked.isEnabled()).isFalse();
		assertThat(asked.partnerId()).isEqualTo(samples.partner);

		mvc.perform(get("/adgang/bekraeft").param("token", samples.joining.linkMailedTo(email, "/adgang/bekraeft")))
			.andExpect(status().isOk());
		assertThat(mailsTo("partner@spirekassen.dk")).extracting(OutgoingMail::getSubject)
			.contains("Gitte Gentager beder om adgang til Spirekassen");

		var partnerPerson = user(accounts.loadUserByUsername("partner@spirekassen.dk"));
		var approve = approvalOf(email, "/partnere/" + samples.partner + "/anmodninger", partnerPerson);
		mvc.perform(post(approve).with(csrf()).with(user(accounts.loadUserByUsername("medlem@spirekassen.dk"))))
			.andExpect(status().isForbidden());
		mvc.perform(post(approve).with(csrf()).with(partnerPerson))
			.andExpect(redirectedUrl("/partnere/" + samples.partner + "/anmodninger?besluttet"));

		var login = (SignedInUser) accounts.loadUserByUsername(email);
		assertThat(login.isEnabled()).isTrue();
		assertThat(login.partnerId()).isEqualTo(samples.partner);
		assertThat(login.organisationId()).isNull();
		assertThat(mailsTo(email).get(0).getBody()).contains(
				context.getBean(StaffAccess.class).teamName(new Team.Partner(samples.partner)));
	}

	@Test
	void aPartnerWithNobodyToDecideLeavesTheRequestToTheSecretariat() throws Exception {
		long lonely = context.getBean(ActorManagement.class)
			.createPartner(JoiningSamples.profile("Partneren uden logins " + System.nanoTime()));
		var email = JoiningSamples.newEmail();
		mvc.perform(partnerRequest(email, lonely, "10.31.0.5")).andExpect(redirectedUrl("/adgang/sendt-til-partner"));
		mvc.perform(get("/adgang/bekraeft").param("token", samples.joining.linkMailedTo(email, "/adgang/bekraeft")))
			.andExpect(status().isOk());
		var secretariat = accounts.secretariat().get(0);
		assertThat(mailsTo(secretariat.email())).extracting(OutgoingMail::getBody)
			.anyMatch(body -> body.contains("/partnere/" + lonely + "/anmodninger"));

		var admin = user(accounts.loadUserByUsername(secretariat.email()));
		var desk = Jsoup.parse(mvc.perform(get("/sekretariat/ansoegninger").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(desk.select("#adgang ~ div a[href=/partnere/" + lonely + "/anmodninger]")).hasSize(1);

		long request = context.getBean(StaffAccess.class).waiting(new Team.Partner(lonely)).get(0).id();
		mvc.perform(post("/organisationer/" + samples.organisation + "/anmodninger/" + request + "/godkend")
			.with(csrf())
			.with(admin)).andExpect(status().isNotFound());
		mvc.perform(post("/partnere/" + lonely + "/anmodninger/" + request + "/afvis").with(csrf())
			.with(admin)
			.param("message", "Vi kender dig ikke hos partneren.")).andExpect(status().is3xxRedirection());
		assertThat(((SignedInUser) accounts.loadUserByUsername(email)).isEnabled()).isFalse();
		assertThat(mailsTo(email).get(0).getBody()).contains("Vi kender dig ikke hos partneren.");
	}

	@Test
	void anUnknownPartnerCannotBeAskedAndAnOrganisationMustBeChosen() throws Exception {
		mvc.perform(get("/partnere/987654321/adgang")).andExpect(status().isNotFound());
		var email = JoiningSamples.newEmail();
		mvc.perform(partnerRequest(email, 987654321, "10.31.0.6")).andExpect(status().isNotFound());
		var page = Jsoup.parse(mvc.perform(post("/adgang").with(csrf())
			.with(from("10.31.0.6"))
			.param("applicantName", "Gitte Gentager")
			.param("applicantEmail", email)
			.param("password", PASSWORD)
			.param("repeatPassword", PASSWORD)
			.param("consent", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#f-organisationId-error").text()).isNotBlank();
		assertThat(accounts.exists(email)).isFalse();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder partnerRequest(String email,
			long partner, String address) {
		return post("/partnere/" + partner + "/adgang").with(csrf())
			.with(from(address))
			.param("applicantName", "Gitte Gentager")
			.param("applicantEmail", email)
			.param("password", PASSWORD)
			.param("repeatPassword", PASSWORD)
			.param("consent", "true");
	}

	/** The address of the button that approves the request from {@code email}, as its page shows it to {@code who}. */
	private String approvalOf(String email, String requestsPage, RequestPostProcessor who) throws Exception {
		var page = Jsoup.parse(mvc.perform(get(requestsPage).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return page.select("li")
			.stream()
			.filter(li -> li.text().contains(email))
			.findFirst()
			.orElseThrow()
			.select("form[action$=/godkend]")
			.attr("action");
	}

	private List<OutgoingMail> mailsTo(String email) {
		return mailer.outbox(PageRequest.of(0, 200)).stream().filter(m -> m.getRecipient().equals(email)).toList();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
