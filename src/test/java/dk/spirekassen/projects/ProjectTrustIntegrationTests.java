package dk.spirekassen.projects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.notifications.Notes;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the right people run a project: an owner is proposed until its staff or the secretariat accept, only they
 * appoint the lead and take an idea further, and the participant form shows only people who make sense. Bad input
 * on the project routes is a form error, a 400 or a 404, never a server error.
 */
@SpirekassenTest
class ProjectTrustIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	Notes notes;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private ProjectSamples samples;

	private Samples directory;

	@BeforeEach
	void samples() {
		directory = new Samples(context);
		samples = directory.projects;
	}

	// --- ownership

	@Test
	void anOwnerNamedByAnOutsiderOwnsTheIdeaOnlyOnceItsStaffAccept() throws Exception {
		long id = samples.freshProposal(samples.organisation);
		var page = catalogue.project(id, samples.member, Locale.ROOT);
		assertThat(page.row().ownerId()).isNull();
		assertThat(page.proposedOwnerId()).isEqualTo(samples.organisation);
		assertThat(page.participants()).noneMatch(p -> p.role() == ProjectRole.OWNER);
		assertThat(page.can().decideOwnership()).isTrue();
		assertThat(notes.newest(samples.member.accountId())).anySatisfy(n -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.OWNERSHIP_PROPOSED);
			assertThat(n.projectId()).isEqualTo(id);
		});
		mvc.perform(get("/mit-overblik").with(user(member())))
			.andExpect(content().string(containsString("Jeres organisation er foreslået som ejer af")));
		mvc.perform(get("/projekter/" + id).with(user(member())))
			.andExpect(content().string(containsString("er foreslået som projektejer")))
			.andExpect(content().string(containsString("Acceptér ejerskabet")));
		mvc.perform(get("/projekter/" + id).with(user(partner())))
			.andExpect(content().string(containsString("er foreslået som projektejer")))
			.andExpect(content().string(not(containsString("Acceptér ejerskabet"))));

		mvc.perform(post("/projekter/" + id + "/ejerskab").param("accept", "true").with(csrf()).with(user(partner())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projekter/" + id + "/ejerskab").param("accept", "true").with(csrf()).with(user(member())))
			.andExpect(status().is3xxRedirection());

		var owned = catalogue.project(id, samples.member, Locale.ROOT);
		assertThat(owned.row().ownerId()).isEqualTo(samples.organisation);
		assertThat(owned.proposedOwnerId()).isNull();
		assertThat(owned.participants()).anyMatch(p -> p.role() == ProjectRole.OWNER);
		assertThat(notes.newest(samples.partner.accountId()))
			.anyMatch(n -> n.kind() == NotificationKind.OWNERSHIP_ACCEPTED && n.projectId() == id);
	}

	@Test
	void aDeclinedOwnerLeavesTheIdeaWithoutOwnerAndASecondAnswerIsRefusedWithAReason() throws Exception {
		long id = samples.freshProposal(samples.otherOrganisation);
		assertThatThrownBy(() -> projects.decideOwnership(id, true, samples.member))
			.isInstanceOf(AccessDeniedException.class);
		projects.decideOwnership(id, false, samples.secretariat);
		var page = catalogue.project(id, samples.secretariat, Locale.ROOT);
		assertThat(page.row().ownerId()).isNull();
		assertThat(page.proposedOwnerId()).isNull();
		assertThat(notes.newest(samples.partner.accountId()))
			.anyMatch(n -> n.kind() == NotificationKind.OWNERSHIP_DECLINED && n.projectId() == id);

		mvc.perform(post("/projekter/" + id + "/ejerskab").param("accept", "true").with(csrf())
			.with(user(secretariat())))
			.andExpect(redirectedUrl("/projekter/" + id))
			.andExpect(flash().attribute("refused", "ownership.error.nothingProposed"));
	}

	@Test
	void theSecretariatAndTheOrganisationsOwnStaffOwnAnIdeaAtOnce() {
		long byStaff = projects.propose(details("Medlemmets egen idé", samples.organisation), samples.member);
		assertThat(catalogue.project(byStaff, samples.member, Locale.ROOT).row().ownerId())
			.isEqualTo(samples.organisation);
		long bySecretariat = samples.freshIdea(samples.otherOrganisation);
		assertThat(catalogue.project(bySecretariat, samples.secretariat, Locale.ROOT).row().ownerId())
			.isEqualTo(samples.otherOrganisation);
	}

	@Test
	void anAcceptedOwnerIsChangedOnlyByTheSecretariat() throws Exception {
		long id = samples.freshIdea(samples.organisation);
		mvc.perform(post("/projekter/" + id).with(csrf()).with(user(member()))
			.param("title", "Ny ejer?")
			.param("summary", "Forsøg på at skifte ejer")
			.param("visibility", "PUBLIC")
			.param("ownerOrganisationId", String.valueOf(samples.otherOrganisation)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kan kun ændres af sekretariatet")));
		assertThat(catalogue.project(id, samples.member, Locale.ROOT).row().ownerId()).isEqualTo(samples.organisation);
	}

	// --- leads and stages

	@Test
	void nobodyAppointsThemselvesLeadAndOnlyTheOwnersStaffOrTheSecretariatAppointOne() throws Exception {
		long id = samples.freshIdea(samples.organisation);
		assertThatThrownBy(() -> projects.addParticipant(id, ProjectRole.LEAD, null, null,
				samples.member.accountId(), samples.member))
			.isInstanceOfSatisfying(ProjectRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("participant.error.selfLead"));

		long idea = samples.freshProposal(samples.organisation);
		mvc.perform(post("/projekter/" + idea + "/deltagere").with(csrf()).with(user(partner()))
			.param("role", "LEAD")
			.param("accountId", String.valueOf(samples.partner.accountId()))).andExpect(status().isForbidden());
		mvc.perform(get("/projekter/" + idea + "/deltagere/ny").with(user(partner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"LEAD\""))));
		assertThat(catalogue.project(idea, samples.secretariat, Locale.ROOT).participants())
			.noneMatch(p -> p.role() == ProjectRole.LEAD);

		projects.addParticipant(id, ProjectRole.LEAD, null, null, samples.partner.accountId(), samples.member);
		assertThat(catalogue.project(id, samples.member, Locale.ROOT).participants())
			.anyMatch(p -> p.role() == ProjectRole.LEAD && p.name().equals(samples.partner.name()));
	}

	@Test
	void aLeadWhoIsNotTheOwnersStaffNeitherUnseatsALeadNorTakesAnIdeaFurther() throws Exception {
		long id = samples.freshIdea(samples.otherOrganisation);
		projects.addParticipant(id, ProjectRole.LEAD, null, null, samples.member.accountId(), samples.secretariat);
		var lead = catalogue.project(id, samples.secretariat, Locale.ROOT)
			.participants()
			.stream()
			.filter(p -> p.role() == ProjectRole.LEAD)
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> projects.removeParticipant(id, lead.id(), samples.member))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> projects.addParticipant(id, ProjectRole.PARTICIPANT, null, null,
				samples.member.accountId(), samples.member)).isInstanceOf(AccessDeniedException.class);
		mvc.perform(post("/projekter/" + id + "/fase").with(csrf()).with(user(member()))
			.param("stage", "PROJECT_GROUP")).andExpect(status().isForbidden());
		mvc.perform(get("/projekter/" + id).with(user(member())))
			.andExpect(content().string(not(containsString("/fase\""))));

		projects.move(id, Stage.PROJECT_GROUP, null, samples.secretariat);
		mvc.perform(post("/projekter/" + id + "/fase").with(csrf()).with(user(member()))
			.param("stage", "PAUSED")
			.param("comment", "Venter på fonden")).andExpect(status().is3xxRedirection());
		assertThat(catalogue.project(id, samples.member, Locale.ROOT).row().stage()).isEqualTo(Stage.PAUSED);
	}

	@Test
	void theParticipantFormOffersPeopleWhoMakeSenseWithoutEmailAddresses() throws Exception {
		long id = samples.freshIdea(samples.organisation);
		var form = mvc.perform(get("/projekter/" + id + "/deltagere/ny").with(user(member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var people = form.substring(form.indexOf("name=\"accountId\""), form.indexOf("name=\"organisationId\""));
		assertThat(people).contains(samples.member.name())
			.doesNotContain(samples.secretariat.name())
			.doesNotContain(samples.partner.name())
			.doesNotContain("@");

		long need = samples.freshNeed(id);
		projects.offer(id, need, "Vi kan hjælpe", samples.partner);
		mvc.perform(get("/projekter/" + id + "/deltagere/ny").with(user(member())))
			.andExpect(content().string(containsString(samples.partner.name())))
			.andExpect(content().string(not(containsString("partner@spirekassen.dk"))))
			.andExpect(content().string(not(containsString("sekretariat@spirekassen.dk"))));
	}

	// --- bad input

	@Test
	void unknownThemesMunicipalitiesAndDepartmentsAreFormErrorsThatKeepWhatWasTyped() throws Exception {
		for (var field : List.of("themeIds", "municipalityCodes", "departmentIds")) {
			var label = switch (field) {
				case "themeIds" -> "Temaer: Et af de valgte temaer findes ikke";
				case "municipalityCodes" -> "Kommuner: En af de valgte kommuner findes ikke";
				default -> "Afdelinger (boligområder): En af de valgte afdelinger findes ikke hos projektejeren";
			};
			mvc.perform(post("/projekter").with(csrf()).with(user(member()))
				.param("title", "Idé med ukendt " + field)
				.param("summary", "Et resumé, der ikke må gå tabt")
				.param("visibility", "PUBLIC")
				.param("ownerOrganisationId", String.valueOf(samples.organisation))
				.param(field, "999999"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(label)))
				.andExpect(content().string(containsString("Et resumé, der ikke må gå tabt")));
			mvc.perform(post("/projekter/" + samples.project).with(csrf()).with(user(member()))
				.param("title", "Prøveprojekt med eget ejerskab")
				.param("summary", "Rettet resumé")
				.param("visibility", "PUBLIC")
				.param("ownerOrganisationId", String.valueOf(samples.organisation))
				.param(field, "999999"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(label)))
				.andExpect(content().string(containsString("Rettet resumé")));
		}
		mvc.perform(post("/projekter").with(csrf()).with(user(member()))
			.param("title", "Afdeling hos en anden")
			.param("summary", "Resumé")
			.param("visibility", "PUBLIC")
			.param("ownerOrganisationId", String.valueOf(samples.organisation))
			.param("departmentIds", String.valueOf(directory.otherDepartment)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("findes ikke hos projektejeren")));
	}

	@Test
	void partsOfAnotherProjectAreNotFound() throws Exception {
		String own = "/projekter/" + samples.project;
		long otherParticipant = samples.freshParticipant(samples.otherProject);
		long otherFile = samples.freshFile(samples.otherProject, true);
		long[] otherOffer = samples.freshOffer(samples.otherProject);
		var requests = List.<MockHttpServletRequestBuilder>of(
				post(own + "/deltagere/" + otherParticipant + "/fjern"),
				post(own + "/finansiering/" + samples.otherFundingLine + "/slet"),
				get(own + "/finansiering/" + samples.otherFundingLine + "/rediger"),
				post(own + "/finansiering/" + samples.otherFundingLine).param("funderName", "Fond")
					.param("status", "APPLIED")
					.param("amount", "1"),
				post(own + "/indikatorer/" + samples.otherIndicator + "/slet"),
				get(own + "/indikatorer/" + samples.otherIndicator + "/rediger"),
				post(own + "/indikatorer/" + samples.otherIndicator),
				get(own + "/indikatorer/" + samples.otherIndicator + "/maalinger/ny"),
				post(own + "/indikatorer/" + samples.otherIndicator + "/maalinger").param("value", "abc"),
				post(own + "/behov/" + samples.otherNeed + "/status").param("status", "MET"),
				post(own + "/behov/" + otherOffer[0] + "/tilbud/" + otherOffer[1]).param("accept", "false"),
				post(own + "/filer/" + otherFile + "/slet"), get(own + "/filer/" + otherFile));
		for (var request : requests) {
			mvc.perform(request.with(csrf()).with(user(secretariat()))).andExpect(status().isNotFound());
		}
		mvc.perform(get(own + "/behov/" + samples.otherNeed + "/tilbud").with(user(partner())))
			.andExpect(status().isNotFound());
		assertThat(catalogue.project(samples.otherProject, samples.secretariat, Locale.ROOT).participants())
			.anyMatch(p -> p.id() == otherParticipant);
	}

	@Test
	void aLongFileTitleIsAFieldErrorAndControlCharactersAreCleanedFromNames() throws Exception {
		var csv = "navn;antal\nladestandere;4\n".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/projekter/" + samples.project + "/filer")
			.file(new MockMultipartFile("file", "liste.csv", "text/csv", csv))
			.param("title", "x".repeat(201))
			.with(csrf())
			.with(user(member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Titel (valgfri): må højst være 200 tegn")));
		mvc.perform(multipart("/projekter/" + samples.project + "/filer")
			.file(new MockMultipartFile("file", "lade\u0000tider\u0007.csv", "text/csv", csv))
			.param("title", "Lade\u0000tider")
			.with(csrf())
			.with(user(member()))).andExpect(status().is3xxRedirection());
		assertThat(catalogue.project(samples.project, samples.member, Locale.ROOT).files())
			.anySatisfy(f -> {
				assertThat(f.fileName()).isEqualTo("lade_tider_.csv");
				assertThat(f.title()).isEqualTo("Ladetider");
			});
	}

	@Test
	void filtersThatDoNotConvertAreBadRequestsWithADanishPage() throws Exception {
		for (var url : List.of("/projekter?stage=EVIL", "/projekter?theme=abc", "/projekter?need=EVIL",
				"/behov?theme=abc", "/behov?kind=EVIL", "/projekter?page=abc")) {
			mvc.perform(get(url).with(user(member()))).andExpect(status().isBadRequest());
			var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
				.header("Accept", "text/html")
				.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(400);
			assertThat(page.body()).contains("Forespørgslen kunne ikke forstås");
		}
		mvc.perform(get("/api/projects?stage=EVIL")).andExpect(status().isBadRequest());
		mvc.perform(get("/projekter/eksport?format=csv&stage=EVIL")).andExpect(status().isBadRequest());
		mvc.perform(get("/mit-overblik?page=abc&stage=EVIL").with(user(member()))).andExpect(status().isOk());
	}

	@Test
	void aProjectTheCallerMayNotSeeIsAsUnknownAsAMissingOne() throws Exception {
		long hidden = samples.otherParticipantsProject;
		for (var url : List.of("/projekter/" + hidden, "/projekter/" + hidden + "/rediger",
				"/projekter/" + hidden + "/fase", "/projekter/" + hidden + "/deltagere/ny",
				"/projekter/" + hidden + "/filer/" + samples.otherParticipantsFile, "/api/projects/" + hidden,
				"/projekter/999999999", "/api/projects/999999999")) {
			mvc.perform(get(url).with(user(member()))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/projekter/" + hidden + "/foelg").with(csrf()).with(user(member())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projekter/fra-gruppe/" + directory.days.group).with(user(partner())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/projekter/fra-gruppe/" + directory.days.group).with(user(member())))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aRefusedButtonLeadsBackToTheProjectWithTheReason() throws Exception {
		long id = samples.freshIdea(samples.organisation);
		var owner = catalogue.project(id, samples.secretariat, Locale.ROOT)
			.participants()
			.stream()
			.filter(p -> p.role() == ProjectRole.OWNER)
			.findFirst()
			.orElseThrow();
		var refused = mvc.perform(post("/projekter/" + id + "/deltagere/" + owner.id() + "/fjern").with(csrf())
			.with(user(member())))
			.andExpect(redirectedUrl("/projekter/" + id))
			.andExpect(flash().attribute("refused", "participant.error.ownerByForm"))
			.andReturn()
			.getResponse();
		// The reason travels in the session, which lives in the database: the next request brings its cookie.
		var session = refused.getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/projekter/" + id).cookie(session).with(user(member())))
			.andExpect(content().string(containsString("Projektejeren vælges på projektets formular")));
		assertThat(catalogue.project(id, samples.member, Locale.ROOT).participants())
			.anyMatch(p -> p.role() == ProjectRole.OWNER);

		long[] offer = samples.freshOffer(samples.project);
		var decide = "/projekter/" + samples.project + "/behov/" + offer[0] + "/tilbud/" + offer[1];
		mvc.perform(post(decide).param("accept", "false").with(csrf()).with(user(secretariat())))
			.andExpect(redirectedUrl("/projekter/" + samples.project + "?gemt#behov"));
		mvc.perform(post(decide).param("accept", "true").with(csrf()).with(user(secretariat())))
			.andExpect(redirectedUrl("/projekter/" + samples.project))
			.andExpect(flash().attribute("refused", "offer.error.decided"));
	}

	/**
	 * Odd input on every project route, for every role: unknown and foreign ids, values that do not convert,
	 * control characters and overlong text. Whatever the answer, it is not a server error.
	 */
	@Test
	void oddInputOnTheProjectRoutesIsNeverAServerError() throws Exception {
		String own = "/projekter/" + samples.project;
		var urls = List.of("/projekter", "/projekter/ny", own, own + "/rediger", own + "/fase", own + "/foelg",
				own + "/ejerskab", own + "/deltagere", own + "/deltagere/ny", own + "/deltagere/999999/fjern",
				own + "/behov", own + "/behov/ny", own + "/behov/999999/status", own + "/behov/999999/tilbud",
				own + "/behov/" + samples.need + "/tilbud", own + "/behov/" + samples.need + "/tilbud/999999",
				own + "/finansiering", own + "/finansiering/ny", own + "/finansiering/999999",
				own + "/finansiering/999999/rediger", own + "/finansiering/999999/slet", own + "/indikatorer",
				own + "/indikatorer/ny", own + "/indikatorer/999999", own + "/indikatorer/999999/slet",
				own + "/indikatorer/" + samples.indicator + "/maalinger", own + "/resultater", own + "/filer",
				own + "/filer/ny", own + "/filer/999999", own + "/filer/999999/slet", "/projekter/99999999999999999999",
				"/projekter/eksport", "/behov", "/mit-overblik", "/api/projects", "/api/projects/abc", "/api/needs");
		var failures = new ArrayList<String>();
		for (var login : List.of("", "medlem@spirekassen.dk", "partner@spirekassen.dk", "sekretariat@spirekassen.dk")) {
			for (var url : urls) {
				for (var method : List.of("GET", "POST")) {
					var request = odd("GET".equals(method) ? get(url) : post(url).with(csrf()));
					if (!login.isEmpty()) {
						request.with(user(accounts.loadUserByUsername(login)));
					}
					int status = mvc.perform(request).andReturn().getResponse().getStatus();
					if (status >= 500) {
						failures.add(method + " " + url + " as " + (login.isEmpty() ? "anonymous" : login) + ": " + status);
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private static MockHttpServletRequestBuilder odd(MockHttpServletRequestBuilder request) {
		var nul = "a\u0000b\u001b";
		return request.param("title", nul + "x".repeat(300))
			.param("summary", nul)
			.param("description", nul)
			.param("visibility", "EVIL")
			.param("ownerOrganisationId", "999999")
			.param("budget", "99999999999999999999")
			.param("themeIds", "abc", "999999")
			.param("municipalityCodes", "999999")
			.param("departmentIds", "-1")
			.param("stage", "EVIL")
			.param("theme", "abc")
			.param("region", "EVIL")
			.param("page", "-5")
			.param("size", "abc")
			.param("format", "EVIL")
			.param("comment", nul)
			.param("accept", "maybe")
			.param("follow", "maybe")
			.param("role", "OWNER")
			.param("accountId", "999999")
			.param("organisationId", "999999")
			.param("partnerId", "abc")
			.param("kind", "EVIL")
			.param("partnerKind", "EVIL")
			.param("amount", "-5")
			.param("status", "EVIL")
			.param("message", nul)
			.param("funderPartnerId", "999999")
			.param("funderName", nul)
			.param("appliedOn", "2025-13-45")
			.param("decidedOn", "yesterday")
			.param("bottomLine", "EVIL")
			.param("name", nul)
			.param("unit", nul)
			.param("baselineValue", "1e99999")
			.param("baselineDate", "0000-00-00")
			.param("targetValue", "NaN")
			.param("targetDate", "2025-02-30")
			.param("sdgs", "99", "abc")
			.param("measuredOn", "2999-01-01")
			.param("value", "1e99999")
			.param("note", nul)
			.param("resultsSummary", nul)
			.param("lessons", nul)
			.param("publicResult", "maybe");
	}

	private static ProjectDetails details(String title, Long owner) {
		return new ProjectDetails(title + " " + System.nanoTime(), "Resumé", null, Visibility.PUBLIC, owner, null,
				Set.of(), Set.of(), Set.of());
	}

	private UserDetails member() {
		return accounts.loadUserByUsername("medlem@spirekassen.dk");
	}

	private UserDetails partner() {
		return accounts.loadUserByUsername("partner@spirekassen.dk");
	}

	private UserDetails secretariat() {
		return accounts.loadUserByUsername("sekretariat@spirekassen.dk");
	}
}
