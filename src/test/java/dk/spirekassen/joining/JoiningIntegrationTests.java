package dk.spirekassen.joining;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.JoiningSamples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.mail.OutgoingMail;
import dk.spirekassen.shared.RefusedException;

import static dk.spirekassen.JoiningSamples.BASE_URL;
import static dk.spirekassen.JoiningSamples.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Joining as a partner by yourself: the application, the confirmed address, the secretariat's three decisions, and
 * the protections of the public form (its checks in Danish that keep what was typed, the honeypot, the limit per
 * address).
 */
@SpirekassenTest
class JoiningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Joining joining;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Directory directory;

	@Autowired
	Mailer mailer;

	/** Where the links in mails sent from the pages point. */
	@Value("${spirekassen.base-url}")
	String baseUrl;

	private JoiningSamples samples() {
		return new JoiningSamples(context);
	}

	@Test
	void anApprovedApplicationBecomesAPartnerWhoseLoginOpensOnlyThen() throws Exception {
		var email = JoiningSamples.newEmail();
		var form = application(email, "Fællesskabsrådgiverne Kastanjen").with(from("10.30.0.1"));
		mvc.perform(form).andExpect(redirectedUrl("/bliv-partner/sendt"));

		var confirmation = newestMailTo(email);
		assertThat(confirmation.getSubject()).isEqualTo("Bekræft din ansøgning til Spirekassen");
		signIn(email).andExpect(unauthenticated());

		var token = samples().linkMailedTo(email, "/bliv-partner/bekraeft");
		mvc.perform(get("/bliv-partner/bekraeft").param("token", token)).andExpect(status().isOk());
		mvc.perform(get("/bliv-partner/bekraeft").param("token", token)).andExpect(status().isNotFound());
		assertThat(mailer.outbox(PageRequest.of(0, 50)).stream()
			.filter(m -> m.getRecipient().equals("sekretariat@spirekassen.dk"))
			.map(OutgoingMail::getSubject)).contains("Ny ansøgning: Fællesskabsrådgiverne Kastanjen");

		var waiting = joining.open(PageRequest.of(0, 500))
			.stream()
			.filter(row -> row.applicantEmail().equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(waiting.status()).isEqualTo(ApplicationStatus.WAITING);
		assertThat(directory.partnerRefs()).as("not public before approval")
			.noneMatch(ref -> ref.name().equals("Fællesskabsrådgiverne Kastanjen"));

		mvc.perform(post("/sekretariat/ansoegninger/" + waiting.id() + "/godkend").with(csrf())
			.with(user("sekretariat@spirekassen.dk").roles("SECRETARIAT"))).andExpect(status().is3xxRedirection());
		var partner = directory.partnerRefs()
			.stream()
			.filter(ref -> ref.name().equals("Fællesskabsrådgiverne Kastanjen"))
			.findFirst()
			.orElseThrow();
		var login = (SignedInUser) accounts.loadUserByUsername(email);
		assertThat(login.isEnabled()).isTrue();
		assertThat(login.partnerId()).isEqualTo(partner.id());
		assertThat(newestMailTo(email).getBody()).contains(baseUrl + "/login")
			.contains(baseUrl + "/partnere/" + partner.id());
		signIn(email).andExpect(authenticated());
		assertThatThrownBy(() -> joining.approve(waiting.id(), BASE_URL)).as("decided once")
			.isInstanceOf(RefusedException.class);
	}

	@Test
	void theSecretariatRejectsWithAReasonOrAsksForMoreAndTheAnswerWaitsAgain() throws Exception {
		long rejected = samples().waiting();
		var rejectedEmail = joining.application(rejected).row().applicantEmail();
		joining.reject(rejected, "Vi optager kun partnere med projekter i Danmark.");
		assertThat(joining.application(rejected).row().status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(newestMailTo(rejectedEmail).getBody()).contains("Vi optager kun partnere med projekter i Danmark.");
		assertThat(((SignedInUser) accounts.loadUserByUsername(rejectedEmail)).isEnabled()).isFalse();

		var token = samples().questionToken();
		var page = Jsoup.parse(mvc.perform(get("/bliv-partner/svar").param("token", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.text()).contains("Hvilke projekter har I været med i?");
		var name = page.select("#f-name").val();
		mvc.perform(post("/bliv-partner/svar").with(csrf())
			.param("token", token)
			.param("kind", "RESEARCHER")
			.param("name", name)
			.param("description", "Vi var med i ladestanderprojektet i Aarhus."))
			.andExpect(redirectedUrl("/bliv-partner/besvaret"));
		var answered = joining.open(PageRequest.of(0, 500))
			.stream()
			.filter(row -> row.partnerName().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(answered.status()).isEqualTo(ApplicationStatus.WAITING);
		assertThat(joining.application(answered.id()).profile().description())
			.isEqualTo("Vi var med i ladestanderprojektet i Aarhus.");
		assertThat(joining.application(answered.id()).profile().kind()).isEqualTo(PartnerKind.RESEARCHER);
		mvc.perform(get("/bliv-partner/svar").param("token", token)).andExpect(status().isNotFound());
	}

	@Test
	void aFormWithProblemsNamesEachFieldInDanishAndKeepsWhatWasTyped() throws Exception {
		var email = JoiningSamples.newEmail();
		var html = mvc.perform(post("/bliv-partner").with(csrf())
			.with(from("10.30.0.2"))
			.param("applicantName", "Karen Blixen")
			.param("applicantEmail", email)
			.param("password", PASSWORD)
			.param("repeatPassword", "en-anden-adgangskode")
			.param("kind", "ADVISOR")
			.param("name", "Rungstedlund Rådgivning")
			.param("description", "Vi fortæller historier."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select(".error-summary").text()).contains("Samtykke").contains("Gentag adgangskoden");
		assertThat(page.select("#f-name").val()).isEqualTo("Rungstedlund Rådgivning");
		assertThat(page.select("#f-applicantEmail").val()).isEqualTo(email);
		assertThat(page.select("#f-password").val()).as("a password is never sent back").isEmpty();

	}

	@Test
	void anAddressWithALoginIsAnsweredAsAnyOtherAndItsOwnerIsMailed() throws Exception {
		long before = joining.open(PageRequest.of(0, 1)).getTotalElements();
		mvc.perform(application("partner@spirekassen.dk", "Endnu en partner").with(from("10.30.0.3")))
			.andExpect(redirectedUrl("/bliv-partner/sendt"));
		var mail = newestMailTo("partner@spirekassen.dk");
		assertThat(mail.getSubject()).isEqualTo("Du har allerede et login til Spirekassen");
		assertThat(mail.getBody()).contains(baseUrl + "/glemt-adgangskode");
		assertThat(((SignedInUser) accounts.loadUserByUsername("partner@spirekassen.dk")).isEnabled()).isTrue();
		assertThat(joining.open(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
	}

	@Test
	void applyingAgainBeforeConfirmingSendsANewLinkAndKeepsTheNewestProfile() throws Exception {
		var email = JoiningSamples.newEmail();
		mvc.perform(application(email, "Første udgave af Hyldebærret").with(from("10.30.0.6")))
			.andExpect(redirectedUrl("/bliv-partner/sendt"));
		var first = samples().linkMailedTo(email, "/bliv-partner/bekraeft");
		mvc.perform(application(email, "Anden udgave af Hyldebærret").with(from("10.30.0.6")))
			.andExpect(redirectedUrl("/bliv-partner/sendt"));
		var second = samples().linkMailedTo(email, "/bliv-partner/bekraeft");
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/bliv-partner/bekraeft").param("token", first)).andExpect(status().isNotFound());
		mvc.perform(get("/bliv-partner/bekraeft").param("token", second)).andExpect(status().isOk());
		assertThat(joining.open(PageRequest.of(0, 500)).stream().filter(row -> row.applicantEmail().equals(email)))
			.extracting(Joining.ApplicationRow::partnerName)
			.containsExactly("Anden udgave af Hyldebærret");

		mvc.perform(application(email, "Tredje udgave af Hyldebærret").with(from("10.30.0.6")))
			.andExpect(redirectedUrl("/bliv-partner/sendt"));
		assertThat(newestMailTo(email).getSubject()).isEqualTo("Din ansøgning til Spirekassen er modtaget");
	}

	@Test
	void aProgramThatFillsInTheHiddenFieldOrSendsTooManyGetsNothing() throws Exception {
		var email = JoiningSamples.newEmail();
		mvc.perform(application(email, "Robotten").param("homepage", "http://spam.example").with(from("10.30.0.4")))
			.andExpect(redirectedUrl("/bliv-partner/sendt"));
		assertThat(accounts.exists(email)).as("no login made").isFalse();
		assertThat(mailer.outbox(PageRequest.of(0, 100)).stream().map(OutgoingMail::getRecipient)).doesNotContain(email);

		for (int i = 0; i < 5; i++) {
			mvc.perform(application(JoiningSamples.newEmail(), "Mange " + i).with(from("10.30.0.5")))
				.andExpect(redirectedUrl("/bliv-partner/sendt"));
		}
		var sixth = JoiningSamples.newEmail();
		var html = mvc.perform(application(sixth, "Den sjette").with(from("10.30.0.5")))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select(".error-summary").text()).contains("for mange ansøgninger");
		assertThat(accounts.exists(sixth)).isFalse();
	}

	@Test
	void onlyTheSecretariatSeesAndDecidesApplications() throws Exception {
		long id = samples().waiting();
		mvc.perform(get("/sekretariat/ansoegninger/" + id).with(user("medlem@spirekassen.dk").roles("MEMBER")))
			.andExpect(status().isForbidden());
		var page = Jsoup.parse(mvc.perform(get("/sekretariat/ansoegninger/" + id)
			.with(user("sekretariat@spirekassen.dk").roles("SECRETARIAT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("form[action$=/godkend]")).hasSize(1);
		var missingReason = Jsoup.parse(mvc.perform(post("/sekretariat/ansoegninger/" + id + "/afvis").with(csrf())
			.with(user("sekretariat@spirekassen.dk").roles("SECRETARIAT"))
			.param("message", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(missingReason.select("#f-message-error").text()).isNotBlank();
		assertThat(joining.application(id).row().status()).isEqualTo(ApplicationStatus.WAITING);
	}

	@Test
	void unconfirmedApplicationsAreForgottenWithTheirLoginsOnceTheirLinkHasExpired() {
		var email = JoiningSamples.newEmail();
		long unconfirmed = samples().applied(email);
		long waiting = samples().waiting();
		context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("update partner_application set token_expires_at = ? where id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), unconfirmed)
			.update();
		assertThat(context.getBean(UnconfirmedApplications.class).forgetExpired()).isPositive();
		assertThat(context.getBean(PartnerApplications.class).findById(unconfirmed)).isEmpty();
		assertThat(accounts.exists(email)).isFalse();
		assertThat(joining.application(waiting).row().status()).isEqualTo(ApplicationStatus.WAITING);
	}

	@Test
	void aThemeThatDoesNotExistIsRefused() {
		var profile = new PartnerDetails(PartnerKind.ADVISOR, "Temaløse", null, null, null, null, null, null, null,
				EnumSet.of(Offer.KNOWLEDGE), EnumSet.of(Region.SJAELLAND), Set.of(Long.MAX_VALUE));
		var applicant = new Joining.Applicant("Tema Løs", JoiningSamples.newEmail(), PASSWORD);
		assertThatThrownBy(() -> joining.apply(applicant, profile, BASE_URL, Locale.ROOT))
			.isInstanceOfSatisfying(RefusedException.class, ex -> assertThat(ex.field()).isEqualTo("themeIds"));
	}

	private MockHttpServletRequestBuilder application(String email, String partnerName) {
		return post("/bliv-partner").with(csrf())
			.param("applicantName", "Prøve Ansøger")
			.param("applicantEmail", email)
			.param("password", PASSWORD)
			.param("repeatPassword", PASSWORD)
			.param("consent", "true")
			.param("kind", "ADVISOR")
			.param("name", partnerName)
			.param("offers", "KNOWLEDGE")
			.param("regions", "HOVEDSTADEN");
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String email) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from("10.30.9." + (email.length() % 200)))
			.param("username", email)
			.param("password", PASSWORD));
	}

	private OutgoingMail newestMailTo(String email) {
		List<OutgoingMail> mails = mailer.outbox(PageRequest.of(0, 200))
			.stream()
			.filter(m -> m.getRecipient().equals(email))
			.toList();
		assertThat(mails).as("mails to " + email).isNotEmpty();
		return mails.get(0);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
