package dk.spirekassen.projects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.notifications.Notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The incubator with the whole application: lifecycle rules and who may move a project, visibility in lists, pages,
 * the API and exports, offers with their notifications, funding rules and Danish amounts.
 */
@SpirekassenTest
class ProjectIntegrationTests {

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
	Mailer mailer;

	@Autowired
	MockMvc mvc;

	private ProjectSamples samples;

	private Samples directory;

	@BeforeEach
	void samples() {
		directory = new Samples(context);
		samples = directory.projects;
	}

	private long idea(Visibility visibility, Long owner) {
		return projects.propose(new ProjectDetails("Fælleshaver i " + System.nanoTime(), "Haver for alle",
				null, visibility, owner, 500_000L, Set.of(), Set.of(), Set.of()), samples.partner);
	}

	@Test
	void movesFromIdeaToAnchoredOnlyWhenEachStageRuleHolds() {
		long id = idea(Visibility.PUBLIC, null);
		var secretariat = samples.secretariat;
		projects.move(id, Stage.PROJECT_GROUP, "Dannet på udviklingsdagen", secretariat);
		assertThatThrownBy(() -> projects.move(id, Stage.RUNNING, null, secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stage.error.ownerAndLead"));
		var details = catalogue.details(id, secretariat);
		projects.update(id, withOwner(details, directory.organisation), secretariat);
		assertThatThrownBy(() -> projects.move(id, Stage.RUNNING, null, secretariat))
			.isInstanceOf(ProjectRuleException.class);
		projects.addParticipant(id, ProjectRole.LEAD, null, null, samples.member.accountId(), secretariat);
		projects.move(id, Stage.RUNNING, null, secretariat);
		assertThatThrownBy(() -> projects.move(id, Stage.ANCHORED, null, secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stage.error.notAllowed"));
		assertThatThrownBy(() -> projects.move(id, Stage.COMPLETED, null, secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stage.error.results"));
		projects.recordResults(id, "Tre haver anlagt", null, samples.member);
		projects.move(id, Stage.COMPLETED, null, samples.member);
		assertThatThrownBy(() -> projects.move(id, Stage.ANCHORED, null, secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stage.error.lessons"));
		projects.recordResults(id, "Tre haver anlagt", "Start med beboerne", secretariat);
		projects.move(id, Stage.ANCHORED, "Driften har overtaget", secretariat);

		var page = catalogue.project(id, secretariat, Locale.ROOT);
		assertThat(page.row().stage()).isEqualTo(Stage.ANCHORED);
		assertThat(page.history()).extracting(h -> h.to())
			.containsExactly(Stage.IDEA, Stage.PROJECT_GROUP, Stage.RUNNING, Stage.COMPLETED, Stage.ANCHORED);
		assertThat(page.history().get(1).comment()).isEqualTo("Dannet på udviklingsdagen");
		assertThat(page.history().get(3).actor()).isEqualTo(samples.member.name());
		assertThat(page.nextStages()).isEmpty();
	}

	@Test
	void pausingNeedsAReasonAndResumesWherePaused() {
		long id = idea(Visibility.PUBLIC, null);
		projects.move(id, Stage.PROJECT_GROUP, null, samples.secretariat);
		assertThatThrownBy(() -> projects.move(id, Stage.PAUSED, " ", samples.secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class, ex -> assertThat(ex.field()).isEqualTo("comment"));
		projects.move(id, Stage.PAUSED, "Venter på fondssvar", samples.secretariat);
		var paused = catalogue.project(id, samples.secretariat, Locale.ROOT);
		assertThat(paused.nextStages()).containsExactlyInAnyOrder(Stage.PROJECT_GROUP, Stage.STOPPED);
		projects.move(id, Stage.PROJECT_GROUP, null, samples.secretariat);
		assertThat(catalogue.project(id, samples.secretariat, Locale.ROOT).row().stage())
			.isEqualTo(Stage.PROJECT_GROUP);
	}

	@Test
	void onlyTheSecretariatOrTheOwnersStaffTakeAnIdeaFurtherAndAfterThatTheLeadToo() {
		long id = idea(Visibility.PUBLIC, directory.organisation);
		assertThatThrownBy(() -> projects.move(id, Stage.PROJECT_GROUP, null, samples.member))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> projects.move(id, Stage.PROJECT_GROUP, null, samples.partner))
			.isInstanceOf(AccessDeniedException.class);
		projects.addParticipant(id, ProjectRole.LEAD, null, null, samples.member.accountId(), samples.secretariat);
		assertThatThrownBy(() -> projects.move(id, Stage.PROJECT_GROUP, null, samples.member))
			.as("a lead alone does not take an idea further")
			.isInstanceOf(AccessDeniedException.class);
		projects.decideOwnership(id, true, samples.member);
		projects.move(id, Stage.PROJECT_GROUP, null, samples.member);
		assertThat(catalogue.project(id, samples.member, Locale.ROOT).row().stage()).isEqualTo(Stage.PROJECT_GROUP);
		assertThatThrownBy(() -> projects.move(id, Stage.PAUSED, "Pause", samples.partner))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anyoneSignedInMayProposeButNotAnonymousVisitors() throws Exception {
		assertThatThrownBy(() -> projects.propose(new ProjectDetails("X", "Y", null, Visibility.PUBLIC, null, null,
				Set.of(), Set.of(), Set.of()), Viewer.ANONYMOUS)).isInstanceOf(AccessDeniedException.class);
		var partner = accounts.loadUserByUsername("partner@spirekassen.dk");
		var result = mvc.perform(post("/projekter").with(csrf()).with(user(partner))
			.param("title", "Cykelværksted i kælderen")
			.param("summary", "Beboere reparerer cykler sammen")
			.param("visibility", "PUBLIC")).andExpect(status().is3xxRedirection()).andReturn();
		var location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/projekter/\\d+\\?gemt");
		mvc.perform(get(location.replace("?gemt", ""))).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Cykelværksted i kælderen")));
	}

	@Test
	void aRefusedFormNamesTheFieldInDanishAndKeepsWhatWasTyped() throws Exception {
		var member = accounts.loadUserByUsername("medlem@spirekassen.dk");
		mvc.perform(post("/projekter").with(csrf()).with(user(member))
			.param("title", "")
			.param("summary", "Et resumé, der ikke må gå tabt")
			.param("budget", "mange penge")
			.param("visibility", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Titel: skal udfyldes")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Budget (kr.): skal være et helt tal")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Et resumé, der ikke må gå tabt")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("mange penge")));
	}

	@Test
	void visibilityAppliesToListsPagesTheApiAndExports() throws Exception {
		var unique = "Synlighedsprøve " + System.nanoTime();
		long members = projects.propose(new ProjectDetails(unique + " medlemmer", "Kun medlemmer", null,
				Visibility.MEMBERS, null, null, Set.of(), Set.of(), Set.of()), samples.secretariat);
		long closed = projects.propose(new ProjectDetails(unique + " deltagere", "Kun deltagere", null,
				Visibility.PARTICIPANTS, null, null, Set.of(), Set.of(), Set.of()), samples.secretariat);
		var filter = new ProjectFilter(unique, null, null, null, null, null, null);
		assertThat(titles(filter, Viewer.ANONYMOUS)).isEmpty();
		assertThat(titles(filter, samples.partner)).isEmpty();
		assertThat(titles(filter, samples.member)).containsExactly(unique + " medlemmer");
		assertThat(titles(filter, samples.secretariat)).hasSize(2);
		projects.addParticipant(closed, ProjectRole.ADVISOR, null, samples.partner.partnerId(), null,
				samples.secretariat);
		assertThat(titles(filter, samples.partner)).containsExactly(unique + " deltagere");

		mvc.perform(get("/projekter/" + members)).andExpect(status().isNotFound());
		mvc.perform(get("/projekter/" + closed).with(user(accounts.loadUserByUsername("medlem@spirekassen.dk"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/projects/" + members)).andExpect(status().is4xxClientError());
		mvc.perform(get("/api/projects").param("q", unique))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(unique))));
		mvc.perform(get("/projekter/eksport").param("format", "csv").param("q", unique))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(unique))));
		mvc.perform(get("/projekter/eksport").param("format", "csv").param("q", unique)
			.with(user(accounts.loadUserByUsername("medlem@spirekassen.dk"))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(unique + " medlemmer")));
	}

	private java.util.List<String> titles(ProjectFilter filter, Viewer viewer) {
		return catalogue.projects(filter, viewer, PageRequest.of(0, 10), Locale.ROOT).map(r -> r.title()).toList();
	}

	@Test
	void anAcceptedOfferMakesThePartnerAParticipantAndTellsBothSides() {
		long id = idea(Visibility.PUBLIC, directory.organisation);
		projects.addParticipant(id, ProjectRole.LEAD, null, null, samples.member.accountId(), samples.secretariat);
		long need = projects.addNeed(id, new NeedDetails(NeedKind.PARTNER, dk.spirekassen.actors.PartnerKind.ADVISOR,
				null, "Energirådgiver til varmeplan"), samples.member);
		long before = mailer.outbox(Pageable.ofSize(1)).getTotalElements();
		long offer = projects.offer(id, need, "Vi har lavet 20 varmeplaner", samples.partner);
		assertThat(notes.newest(samples.member.accountId())).anySatisfy(n -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.OFFER_RECEIVED);
			assertThat(n.projectId()).isEqualTo(id);
		});
		assertThatThrownBy(() -> projects.decideOffer(id, need, offer, true, samples.partner))
			.isInstanceOf(AccessDeniedException.class);
		projects.decideOffer(id, need, offer, true, samples.member);

		var page = catalogue.project(id, samples.secretariat, Locale.ROOT);
		assertThat(page.participants()).anySatisfy(p -> {
			assertThat(p.kind()).isEqualTo(ParticipantKind.PARTNER);
			assertThat(p.link()).isEqualTo("/partnere/" + samples.partner.partnerId());
		});
		assertThat(page.needs()).singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(NeedStatus.MET));
		assertThat(notes.newest(samples.partner.accountId())).anySatisfy(
				n -> assertThat(n.kind()).isEqualTo(NotificationKind.OFFER_ACCEPTED));
		assertThat(notes.newest(samples.member.accountId())).anySatisfy(
				n -> assertThat(n.kind()).isEqualTo(NotificationKind.OFFER_ACCEPTED));
		var mails = mailer.outbox(PageRequest.of(0, 10)).getContent();
		assertThat(mailer.outbox(Pageable.ofSize(1)).getTotalElements()).isEqualTo(before + 4);
		assertThat(mails).anySatisfy(m -> {
			assertThat(m.getRecipient()).isEqualTo("partner@spirekassen.dk");
			assertThat(m.getSubject()).startsWith("Tilbud accepteret");
		});
		assertThat(catalogue.myProjects(samples.partner, Locale.ROOT).shown()).anySatisfy(p -> assertThat(p.id()).isEqualTo(id));
	}

	@Test
	void notificationsStayNewUntilTheirReaderMarksThemRead() throws Exception {
		long id = idea(Visibility.PUBLIC, directory.organisation);
		projects.addParticipant(id, ProjectRole.LEAD, null, null, samples.member.accountId(), samples.secretariat);
		long need = projects.addNeed(id, new NeedDetails(NeedKind.KNOWLEDGE, null, null, "Viden om regnvand"),
				samples.member);
		projects.offer(id, need, "Vi har anlagt regnbede i tre afdelinger", samples.partner);
		var member = user(accounts.loadUserByUsername("medlem@spirekassen.dk"));
		assertThat(notes.newest(samples.member.accountId())).first()
			.satisfies(n -> assertThat(n.unread()).isTrue());
		mvc.perform(get("/mit-overblik").with(member))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Markér alle som læst")));

		mvc.perform(post("/mit-overblik/beskeder/laest").with(member).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(notes.newest(samples.member.accountId())).isNotEmpty().noneMatch(n -> n.unread());
		assertThat(notes.newest(samples.partner.accountId())).anySatisfy(n -> assertThat(n.unread()).isTrue());
		mvc.perform(get("/mit-overblik").with(member))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("Markér alle som læst"))));
	}

	@Test
	void fundingMayNotExceedTheBudgetAndIsShownInDanishKroner() throws Exception {
		long id = idea(Visibility.PUBLIC, null);
		projects.setBudget(id, 1_234_567L, samples.secretariat);
		projects.addFunding(id, new FundingDetails(null, "Landsbyggefonden", FundingStatus.GRANTED, 1_000_000,
				LocalDate.of(2025, 1, 10), LocalDate.of(2025, 4, 1)), samples.secretariat);
		assertThatThrownBy(() -> projects.addFunding(id, new FundingDetails(null, "Kommunen", FundingStatus.PLEDGED,
				300_000, null, null), samples.secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
		projects.addFunding(id, new FundingDetails(null, "Kommunen", FundingStatus.APPLIED, 300_000, null, null),
				samples.secretariat);
		assertThatThrownBy(() -> projects.setBudget(id, 900_000L, samples.secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class, ex -> assertThat(ex.field()).isEqualTo("budget"));

		var funding = catalogue.project(id, samples.secretariat, Locale.ROOT).funding();
		assertThat(funding.committed()).isEqualTo(1_000_000);
		assertThat(funding.applied()).isEqualTo(300_000);
		assertThat(funding.share()).isCloseTo(1_000_000 / 1_234_567.0, org.assertj.core.data.Offset.offset(1e-9));
		mvc.perform(get("/projekter/" + id))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("1.234.567 kr.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"co-financing\">81")));

		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		mvc.perform(post("/projekter/" + id + "/finansiering").with(csrf()).with(user(secretariat))
			.param("funderName", "Velux Fonden")
			.param("status", "GRANTED")
			.param("amount", "-5")
			.param("appliedOn", "2025-05-01")
			.param("decidedOn", "2025-04-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Beløb (kr.): må ikke være mindre end 0")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Afgjort den: kan ikke ligge før ansøgningsdatoen")));
		mvc.perform(post("/projekter/" + id + "/finansiering").with(csrf()).with(user(secretariat))
			.param("funderName", "Velux Fonden")
			.param("status", "PLEDGED")
			.param("amount", "500000"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("der er højst 234.567 kr. tilbage")));
	}

	@Test
	void anIndicatorWithAMeasurementIsDrawnAndTabled() throws Exception {
		long id = idea(Visibility.PUBLIC, directory.organisation);
		projects.decideOwnership(id, true, samples.member);
		var member = accounts.loadUserByUsername("medlem@spirekassen.dk");
		mvc.perform(post("/projekter/" + id + "/indikatorer").with(csrf()).with(user(member))
			.param("bottomLine", "SOCIAL")
			.param("name", "Ensomhed blandt beboere")
			.param("unit", "% ensomme (UCLA-3)")
			.param("baselineValue", "24,5")
			.param("baselineDate", "2024-01-01")
			.param("targetValue", "15")
			.param("targetDate", "2027-01-01")
			.param("sdgs", "3", "11")).andExpect(status().is3xxRedirection());
		long indicator = catalogue.project(id, samples.member, Locale.ROOT).indicators().get(0).id();
		mvc.perform(post("/projekter/" + id + "/indikatorer/" + indicator + "/maalinger").with(csrf())
			.with(user(member))
			.param("measuredOn", "2025-06-01")
			.param("value", "19,75")).andExpect(status().is3xxRedirection());
		var view = catalogue.project(id, samples.member, Locale.ROOT);
		assertThat(view.indicators().get(0).measurements()).singleElement()
			.satisfies(m -> assertThat(m.value()).isEqualByComparingTo(new BigDecimal("19.75")));
		assertThat(view.indicators().get(0).progress()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(view.bottomLines()).anySatisfy(b -> {
			assertThat(b.bottomLine()).isEqualTo(BottomLine.SOCIAL);
			assertThat(b.indicators()).isEqualTo(1);
		});
		mvc.perform(get("/projekter/" + id))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"measured-point\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-value=\"19.75\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("19,75")));
		mvc.perform(post("/projekter/" + id + "/indikatorer/" + indicator + "/maalinger").with(csrf())
			.with(user(member))
			.param("measuredOn", "2025-06-01")
			.param("value", "nitten"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Værdi: skal være et tal, fx 12,5")));

		mvc.perform(get("/projekter/" + id + "/indikatorer/" + indicator + "/rediger").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"24,5\"")));
		mvc.perform(post("/projekter/" + id + "/indikatorer/" + indicator).with(csrf()).with(user(member))
			.param("bottomLine", "SOCIAL")
			.param("name", "Ensomhed (UCLA-3-skala)")
			.param("unit", "_other")
			.param("customUnit", "point")
			.param("baselineValue", "24,5")
			.param("baselineDate", "2024-01-01")
			.param("targetValue", "14")
			.param("targetDate", "2027-01-01")).andExpect(status().is3xxRedirection());
		var edited = catalogue.indicatorDetails(id, indicator, samples.member);
		assertThat(edited.name()).isEqualTo("Ensomhed (UCLA-3-skala)");
		assertThat(edited.unit()).isEqualTo("point");
		assertThat(edited.targetValue()).isEqualByComparingTo("14");
		assertThat(edited.sdgs()).isEmpty();
	}

	@Test
	void theReadApiIsDescribedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"/api/projects/{id}\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"/api/needs\"")));
		mvc.perform(get("/api/projects/" + samples.project))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"title\":\"Prøveprojekt med eget ejerskab\"")));
	}

	@Test
	void theProjectPagesSpeakEnglishWhenAskedTo() throws Exception {
		mvc.perform(get("/projekter/" + samples.project).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h2 id=\"participants-heading\">Participants</h2>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Idea")));
		mvc.perform(get("/projekter").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"en\"")));
	}

	private static ProjectDetails withOwner(ProjectDetails d, long owner) {
		return new ProjectDetails(d.title(), d.summary(), d.description(), d.visibility(), owner, d.budget(),
				d.themeIds(), d.municipalityCodes(), d.departmentIds());
	}
}
