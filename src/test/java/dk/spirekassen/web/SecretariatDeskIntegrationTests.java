package dk.spirekassen.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.spirekassen.JoiningSamples;
import dk.spirekassen.RouteTable;
import dk.spirekassen.RouteTable.Access;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ImportQueue;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.importing.ImportFixtures;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.DayQueues;
import dk.spirekassen.devdays.EvaluationManagement;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;
import dk.spirekassen.joining.Joining;
import dk.spirekassen.joining.StaffAccess;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectQueues;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's desk: each queue's count follows its cause, the page shows the counts with links to where the
 * work is done, and every page of the secretariat is reachable from it. The counts are shared by every test of the
 * database, so each test looks at how a count changes, not at what it is.
 */
@SpirekassenTest
class SecretariatDeskIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectQueues projectQueues;

	@Autowired
	ProjectManagement projects;

	@Autowired
	Joining joining;

	@Autowired
	StaffAccess staff;

	@Autowired
	DayQueues dayQueues;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk registrations;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	ImportQueue imports;

	@Autowired
	Mailer mailer;

	@Test
	void everySecretariatPageOfTheRouteTableIsLinkedFromTheDesk() throws Exception {
		var linked = desk().select("main a[href]")
			.stream()
			.map(a -> a.attr("href").replaceAll("[?#].*", ""))
			.collect(Collectors.toSet());
		var pages = RouteTable.routes()
			.stream()
			.filter(r -> r.access() == Access.SECRETARIAT && r.page() && "GET".equals(r.method()))
			.map(RouteTable.Route::pattern)
			.filter(pattern -> !pattern.contains("{") && !pattern.equals("/sekretariat"))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(pages).as("the secretariat's pages of the route table").contains("/sekretariat/udviklingsdage",
				"/sekretariat/ansoegninger", "/sekretariat/udbakke", "/sekretariat/nye-ideer");
		assertThat(pages.stream().filter(page -> !linked.contains(page)).toList())
			.as("secretariat pages of the route table not linked from /sekretariat")
			.isEmpty();
	}

	@Test
	void theDeskShowsEachQueueWithItsCountAndTheLinkToItsWork() throws Exception {
		new JoiningSamples(context).waiting();
		var page = desk();
		var number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("da"));
		assertQueue(page, "nye-ideer", "/sekretariat/nye-ideer", number.format(projectQueues.newIdeas()));
		assertQueue(page, "tilmeldinger", "/sekretariat/ansoegninger",
				number.format(joining.waiting() + staff.waitingCount()));
		assertQueue(page, "tilbud", "/sekretariat/ubesvarede-tilbud", number.format(projectQueues.unansweredOffers()));
		assertQueue(page, "udviklingsdage", "/sekretariat/udviklingsdage", number.format(dayQueues.needingAttention()));
		assertQueue(page, "indlaesninger", "/sekretariat/import", number.format(imports.runningOrFailed()));
		assertQueue(page, "emails", "/sekretariat/udbakke", number.format(mailer.failedLately()));
		assertThat(page.select("#koe-tilmeldinger").hasClass("queue-busy")).isTrue();
		assertThat(page.select("#koe-tilmeldinger p").text()).contains("Ansøgninger om at blive partner: "
				+ joining.waiting());
	}

	@Test
	void anIdeaWaitsUntilTheSecretariatHasLookedAtItOrItMovesOn() throws Exception {
		long before = projectQueues.newIdeas();
		long looked = idea("Idé, sekretariatet ser på");
		long moved = idea("Idé, der går videre");
		assertThat(projectQueues.newIdeas()).isEqualTo(before + 2);

		projects.move(moved, Stage.PROJECT_GROUP, null, secretariat());
		assertThat(projectQueues.newIdeas()).isEqualTo(before + 1);

		mvc.perform(post("/sekretariat/nye-ideer/set").param("id", String.valueOf(looked)).with(csrf())
			.with(as("sekretariat@spirekassen.dk"))).andExpect(redirectedUrl("/sekretariat/nye-ideer?set=1"));
		assertThat(projectQueues.newIdeas()).isEqualTo(before);
		// Marking it again, or a project that is no waiting idea, marks nothing.
		assertThat(projectQueues.markLookedAt(Set.of(looked, moved))).isZero();
	}

	@Test
	void theNewIdeasPageListsTheWaitingIdeasAndMarksAPageOfThemLookedAt() throws Exception {
		jdbc.sql("update project set secretariat_looked_at = current_timestamp where secretariat_looked_at is null")
			.update();
		long first = idea("Første nye idé");
		long second = idea("Anden nye idé");
		var page = Jsoup.parse(mvc.perform(get("/sekretariat/nye-ideer").with(as("sekretariat@spirekassen.dk")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("main h2 a").eachAttr("href")).containsExactly("/projekter/" + first,
				"/projekter/" + second);
		var markAll = page.select("form.actions").first();
		assertThat(markAll.select("input[name=id]").eachAttr("value")).containsExactly(String.valueOf(first),
				String.valueOf(second));

		mvc.perform(post("/sekretariat/nye-ideer/set").param("id", String.valueOf(first), String.valueOf(second))
			.with(csrf())
			.with(as("sekretariat@spirekassen.dk"))).andExpect(redirectedUrl("/sekretariat/nye-ideer?set=2"));
		assertThat(projectQueues.newIdeas()).isZero();
		var after = mvc.perform(get("/sekretariat/nye-ideer?set=2").with(as("sekretariat@spirekassen.dk")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("Markeret som set: 2.").contains("Der er ingen nye idéer.");
	}

	@Test
	void anOfferCountsOnceNobodyHasAnsweredItForFourteenDays() throws Exception {
		long before = projectQueues.unansweredOffers();
		long project = idea("Projekt med tilbud");
		long need = projects.addNeed(project, new NeedDetails(NeedKind.KNOWLEDGE, null, null, "Viden om haver"),
				secretariat());
		long fresh = projects.offer(project, need, "Vi kan hjælpe med det samme.", partner());
		long need2 = projects.addNeed(project, new NeedDetails(NeedKind.EXPERIENCE, null, null, "Erfaring med tage"),
				secretariat());
		long old = projects.offer(project, need2, "Vi kan også hjælpe.", partner());
		assertThat(projectQueues.unansweredOffers()).as("fresh offers").isEqualTo(before);

		offeredDaysAgo(old, 15);
		offeredDaysAgo(fresh, 13);
		assertThat(projectQueues.unansweredOffers()).isEqualTo(before + 1);
		// The list shows the longest waiting first: older than any other, it is on the first page.
		offeredDaysAgo(old, 20 * 365);
		var list = mvc.perform(get("/sekretariat/ubesvarede-tilbud").param("page", "0")
			.with(as("sekretariat@spirekassen.dk"))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(list.getContentAsString()).contains("/projekter/" + project + "#behov-" + need2)
			.doesNotContain("#behov-" + need + "\"");

		projects.decideOffer(project, need2, old, false, secretariat());
		assertThat(projectQueues.unansweredOffers()).as("once answered").isEqualTo(before);
	}

	@Test
	void waitingSignUpsCount() {
		long applications = joining.waiting();
		long requests = staff.waitingCount();
		var samples = new JoiningSamples(context);
		samples.applied(JoiningSamples.newEmail());
		assertThat(joining.waiting()).as("an application not yet confirmed").isEqualTo(applications);

		samples.waiting();
		samples.staffWaiting(member().organisationId());
		assertThat(joining.waiting()).isEqualTo(applications + 1);
		assertThat(staff.waitingCount()).isEqualTo(requests + 1);
	}

	@Test
	void aDayCountsWhenFullOrWithAWaitlistOrOverWithoutItsEvaluation() {
		long before = dayQueues.needingAttention();
		long day = day(1);
		assertThat(dayQueues.needingAttention()).as("a day with free seats").isEqualTo(before);

		register(day);
		assertThat(dayQueues.needingAttention()).as("full").isEqualTo(before + 1);
		register(day);
		assertThat(dayQueues.needingAttention()).as("full with a waitlist, still one day").isEqualTo(before + 1);

		long past = day(10);
		register(past);
		held(past, Duration.ofDays(3));
		assertThat(dayQueues.needingAttention()).as("over, evaluation not sent").isEqualTo(before + 2);
		evaluations.invite(past);
		assertThat(dayQueues.needingAttention()).as("evaluation sent").isEqualTo(before + 1);

		long longAgo = day(10);
		register(longAgo);
		held(longAgo, DayQueues.EVALUATION_WITHIN.plusDays(5));
		assertThat(dayQueues.needingAttention()).as("over too long ago to evaluate").isEqualTo(before + 1);
	}

	@Test
	void anImportCountsWhileRunningAndForAWeekAfterItFailed() {
		long before = imports.runningOrFailed();
		long job = ImportFixtures.checkedJob(context);
		assertThat(imports.runningOrFailed()).as("checked, waiting for the user").isEqualTo(before);

		jdbc.sql("update import_job set status = 'RUNNING', started_at = ? where id = ?")
			.params(Timestamp.from(Instant.now()), job)
			.update();
		assertThat(imports.runningOrFailed()).as("running").isEqualTo(before + 1);
		jdbc.sql("update import_job set status = 'FAILED', finished_at = ? where id = ?")
			.params(Timestamp.from(Instant.now()), job)
			.update();
		assertThat(imports.runningOrFailed()).as("failed now").isEqualTo(before + 1);
		jdbc.sql("update import_job set finished_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(ImportQueue.FAILED_SHOWN_FOR).minus(Duration.ofHours(1))), job)
			.update();
		assertThat(imports.runningOrFailed()).as("failed over a week ago").isEqualTo(before);
	}

	@Test
	void aFailedMailCountsForThirtyDays() {
		long before = mailer.failedLately();
		var recipient = "fejlet-" + System.nanoTime() + "@example.dk";
		mailer.send(recipient, "Kommer ikke frem", "Tekst");
		assertThat(mailer.failedLately()).as("waiting to be sent").isEqualTo(before);

		// As MailDelivery gives an email up (tested in MailDeliveryIntegrationTests).
		jdbc.sql("update outgoing_mail set status = 'FAILED', next_attempt_at = null where recipient = ?")
			.param(recipient)
			.update();
		assertThat(mailer.failedLately()).isEqualTo(before + 1);
		jdbc.sql("update outgoing_mail set created_at = ? where recipient = ?")
			.params(Timestamp.from(Instant.now().minus(Mailer.FAILED_SHOWN_FOR).minus(Duration.ofDays(1))), recipient)
			.update();
		assertThat(mailer.failedLately()).as("failed long ago").isEqualTo(before);
	}

	@Test
	void onlyTheSecretariatSeesTheDesk() throws Exception {
		mvc.perform(get("/sekretariat").with(as("medlem@spirekassen.dk"))).andExpect(status().isForbidden());
		mvc.perform(post("/sekretariat/nye-ideer/set").param("id", "1").with(csrf()).with(as("partner@spirekassen.dk")))
			.andExpect(status().isForbidden());
	}

	private Document desk() throws Exception {
		return Jsoup.parse(mvc.perform(get("/sekretariat").with(as("sekretariat@spirekassen.dk")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void assertQueue(Document page, String id, String href, String count) {
		var card = page.getElementById("koe-" + id);
		assertThat(card).as(id).isNotNull();
		assertThat(card.select("a").attr("href")).as(id).isEqualTo(href);
		assertThat(card.select(".queue-count").text()).as(id).isEqualTo(count);
	}

	private long idea(String title) {
		return projects.propose(new ProjectDetails(title + " " + System.nanoTime(), "En idé til skrivebordet.", null,
				Visibility.PUBLIC, member().organisationId(), null, Set.of(), Set.of(), Set.of()), secretariat());
	}

	private void offeredDaysAgo(long offer, int days) {
		jdbc.sql("update need_offer set created_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(days))), offer)
			.update();
	}

	/** A day in 20 days, registration open, with the given seats. */
	private long day(int capacity) {
		var starts = Instant.now().plus(Duration.ofDays(20));
		return days.create(new DayDetails("Skrivebordsdag " + System.nanoTime(), null, null, Region.NORDJYLLAND,
				"Aalborg Bibliotek", "Rendsburggade 2, 9000 Aalborg", starts, starts.plus(Duration.ofHours(6)), capacity,
				Instant.now().minus(Duration.ofDays(1)), starts.minus(Duration.ofDays(1)), null));
	}

	private void register(long day) {
		registrations.register(day, new RegistrationDetails("Skrivebordsdeltager",
				"skrivebord-" + System.nanoTime() + "@example.dk", null, null, ParticipantType.RESIDENT, null, null,
				true), null, null);
	}

	/** Moves the day back so that it ended {@code ago} ago. */
	private void held(long day, Duration ago) {
		var ends = Instant.now().minus(ago);
		jdbc.sql("update development_day set starts_at = ?, ends_at = ? where id = ?")
			.params(Timestamp.from(ends.minus(Duration.ofHours(6))), Timestamp.from(ends), day)
			.update();
	}

	private SignedInUser member() {
		return (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
	}

	private Viewer secretariat() {
		return viewer("sekretariat@spirekassen.dk");
	}

	private Viewer partner() {
		return viewer("partner@spirekassen.dk");
	}

	private Viewer viewer(String email) {
		var user = (SignedInUser) accounts.loadUserByUsername(email);
		return new Viewer(user.accountId(), user.displayName(), user.role(), user.organisationId(), user.partnerId());
	}

	private RequestPostProcessor as(String email) {
		return user(accounts.loadUserByUsername(email));
	}
}
