package dk.spirekassen.notifications;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.DayNotices;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.mail.OutgoingMail;
import dk.spirekassen.news.NewsDetails;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.news.NewsVisibility;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.shared.Times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notifications people control: each category on the channel its reader chose, the digests (grouped by project,
 * newest first, each note in exactly one digest however late a run comes, nothing sent when nothing is new),
 * one-click unsubscribing without a session, the reminder before a development day with its calendar file, what
 * follows a project brings, and the unread count in the header.
 */
@SpirekassenTest
class NotificationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Notifier notifier;

	@Autowired
	Notes notes;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	Digests digests;

	@Autowired
	DayNotices dayNotices;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ProjectManagement projects;

	@Autowired
	NewsManagement news;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private ProjectSamples samples;

	private long organisation;

	@BeforeEach
	void samples() {
		var all = new Samples(context);
		samples = all.projects;
		organisation = all.organisation;
	}

	@Test
	void eachCategoryReachesItsReaderOnTheChannelTheyChose() {
		var reader = freshMember("kanaler");
		var standard = preferences.of(freshLogin()).channels();
		assertThat(standard.get(Category.OFFERS)).as("addressed to one: at once").isEqualTo(Channel.INSTANT);
		assertThat(standard.get(Category.PROJECT_ACTIVITY)).as("what one follows: a digest").isEqualTo(Channel.DAILY);
		assertThat(standard.get(Category.NEWS)).isEqualTo(Channel.WEEKLY);
		assertThat(standard.get(Category.DAY_REMINDER)).isEqualTo(Channel.INSTANT);

		notifier.notify(List.of(reader.accountId()), offer("Tilbud med det samme"));
		assertThat(mailsTo(reader)).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Nyt tilbud på Tilbud med det samme");
			assertThat(mail.getBody()).contains("http://localhost:8080/projekter/" + samples.project + "#behov");
			assertThat(mail.getListUnsubscribe()).startsWith("http://localhost:8080/afmelding/").endsWith("/tilbud");
		});

		choose(reader, Category.OFFERS, Channel.SITE);
		notifier.notify(List.of(reader.accountId()), offer("Kun på siden"));
		choose(reader, Category.OFFERS, Channel.OFF);
		notifier.notify(List.of(reader.accountId()), offer("Slet ikke"));
		choose(reader, Category.OFFERS, Channel.WEEKLY);
		notifier.notify(List.of(reader.accountId()), offer("Til ugens oversigt"));

		assertThat(mailsTo(reader)).as("only the first came at once").hasSize(1);
		assertThat(notes.newest(reader.accountId())).extracting(Notes.Note::subject)
			.containsExactly("Til ugens oversigt", "Kun på siden", "Tilbud med det samme");
		assertThat(notes.unread(reader.accountId())).isEqualTo(3);
	}

	@Test
	void aDigestGroupsByProjectNewestFirstInTheReadersLanguageAndSendsNothingWhenNothingIsNew() {
		var reader = freshMember("oversigt");
		choose(reader, Category.NEWS, Channel.DAILY);
		tell(reader, need(samples.project, "Første behov i A"));
		tell(reader, newsNotice("En nyhed imellem"));
		tell(reader, need(samples.otherProject, "Behov i B"));
		tell(reader, need(samples.project, "Andet behov i A"));

		var now = middayAhead();
		digests.sendDue(now);

		var digest = mailsTo(reader);
		assertThat(digest).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Dagens nyt fra Spirekassen");
			assertThat(mail.getListUnsubscribe()).endsWith("/daglig-oversigt");
		});
		var body = digest.get(0).getBody();
		var projectA = "Projekt: " + title(samples.project);
		var projectB = "Projekt: " + title(samples.otherProject);
		assertThat(body).containsSubsequence(projectA, "Andet behov i A", "Første behov i A", projectB, "Behov i B",
				"Nyheder", "En nyhed imellem");
		assertThat(body).doesNotContain("siden din sidste oversigt");

		digests.sendDue(now.plusSeconds(60));
		assertThat(mailsTo(reader)).as("nothing new: nothing sent").hasSize(1);

		// Written after the first digest, in the same day: it waits for tomorrow's.
		tell(reader, need(samples.otherProject, "Behov efter oversigten"));
		digests.sendDue(now.plusSeconds(120));
		assertThat(mailsTo(reader)).as("one digest a day").hasSize(1);

		preferences.save(reader.accountId(), Map.of(), Locale.ENGLISH);
		// The next run comes a day and three hours late; the note is in it, and nothing of the first digest.
		digests.sendDue(now.plus(Duration.ofHours(27)));
		var mails = mailsTo(reader);
		assertThat(mails).hasSize(2);
		var second = mails.get(0);
		assertThat(second.getSubject()).isEqualTo("Today at Spirekassen");
		assertThat(second.getBody()).contains("Behov efter oversigten", "since your last digest")
			.doesNotContain("Første behov i A", "Andet behov i A", "En nyhed imellem", "Behov i B\n");

		digests.sendDue(now.plus(Duration.ofHours(60)));
		assertThat(mailsTo(reader)).as("nothing new after the second").hasSize(2);
		assertThat(jdbc.sql("select count(*) from digest where account_id = ?")
			.param(reader.accountId())
			.query(Long.class)
			.single()).as("the send log").isEqualTo(2);
	}

	@Test
	void twoNodesRunningDigestsAtOnceSendEachDigestOnce() throws Exception {
		var readers = new java.util.ArrayList<Viewer>();
		for (int i = 0; i < 20; i++) {
			var reader = freshMember("samtidig" + i);
			tell(reader, need(samples.project, "Samtidigt behov " + i));
			readers.add(reader);
		}
		var now = Instant.now();
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var runs = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
			for (int node = 0; node < 2; node++) {
				runs.add(pool.submit(() -> {
					start.await();
					return digests.sendDue(now);
				}));
			}
			start.countDown();
			int written = 0;
			for (var run : runs) {
				written += run.get(60, java.util.concurrent.TimeUnit.SECONDS);
			}
			assertThat(written).as("digests written by both runs together").isGreaterThanOrEqualTo(readers.size());
		}
		finally {
			pool.shutdownNow();
		}
		for (var reader : readers) {
			assertThat(mailsTo(reader)).as(reader.name()).hasSize(1);
		}
	}

	/**
	 * The next noon in Danish time: runs a few minutes apart then fall in one digest slot, whenever the suite runs
	 * (a run at 06:59 and one at 07:01 are rightly two daily digests).
	 */
	private static Instant middayAhead() {
		var now = ZonedDateTime.now(Times.DANISH_TIME);
		var noon = now.with(LocalTime.NOON);
		return (noon.isBefore(now) ? noon.plusDays(1) : noon).toInstant();
	}

	@Test
	void aWeeklyDigestGoesOutOncePerWeek() {
		var reader = freshMember("ugentlig");
		choose(reader, Category.NEWS, Channel.WEEKLY);
		tell(reader, newsNotice("Ugens første nyhed"));
		var now = middayAhead();
		digests.sendDue(now);
		assertThat(mailsTo(reader)).hasSize(1);
		tell(reader, newsNotice("Ugens anden nyhed"));
		digests.sendDue(now.plus(Duration.ofMinutes(5)));
		assertThat(mailsTo(reader)).as("one weekly digest a week").hasSize(1);
		digests.sendDue(now.plus(Duration.ofDays(8)));
		var mails = mailsTo(reader);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(0).getSubject()).isEqualTo("Ugens nyt fra Spirekassen");
		assertThat(mails.get(0).getBody()).contains("Ugens anden nyhed").doesNotContain("Ugens første nyhed");
	}

	@Test
	void onesNotesAreKeptUntilANoteIsWrittenOrRead() {
		var reader = freshMember("gemte");
		notifier.notify(List.of(reader.accountId()), offer("Første gemte note"));
		assertThat(notes.unread(reader.accountId())).isEqualTo(1);
		assertThat(notes.newest(reader.accountId())).hasSize(1);

		// Changed behind the notes' back: what was kept is served, not read again.
		jdbc.sql("update notification set read_at = ? where account_id = ?")
			.params(java.sql.Timestamp.from(Instant.now()), reader.accountId())
			.update();
		assertThat(notes.unread(reader.accountId())).as("kept").isEqualTo(1);
		assertThat(notes.newest(reader.accountId())).as("kept").allMatch(Notes.Note::unread);

		notifier.notify(List.of(reader.accountId()), offer("Anden gemte note"));
		assertThat(notes.unread(reader.accountId())).as("a note written: read again").isEqualTo(1);
		assertThat(notes.newest(reader.accountId())).extracting(Notes.Note::subject, Notes.Note::unread)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Anden gemte note", true),
					org.assertj.core.groups.Tuple.tuple("Første gemte note", false));

		notes.markRead(reader.accountId());
		assertThat(notes.unread(reader.accountId())).as("read: read again").isZero();
		assertThat(notes.newest(reader.accountId())).noneMatch(Notes.Note::unread);
	}

	@Test
	void oneClickUnsubscribesWithoutASessionAndAGetOnlyAsks() throws Exception {
		var reader = freshMember("afmeld");
		notifier.notify(List.of(reader.accountId()), offer("Før afmelding"));
		var link = URI.create(mailsTo(reader).get(0).getListUnsubscribe()).getPath();

		var page = mvc.perform(get(link)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(page.getContentAsString()).select("form[method=post] button").eachText())
			.contains("Ja, afmeld", "Stop alle mails fra Spirekassen");
		assertThat(preferences.of(reader.accountId()).channels().get(Category.OFFERS)).as("a GET changes nothing")
			.isEqualTo(Channel.INSTANT);

		// As a mail program does it (RFC 8058): no session, no CSRF token, the one-click body.
		assertThat(mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(preferences.of(reader.accountId()).channels().get(Category.OFFERS)).isEqualTo(Channel.SITE);
		notifier.notify(List.of(reader.accountId()), offer("Efter afmelding"));
		assertThat(mailsTo(reader)).as("no mail after unsubscribing").hasSize(1);
		assertThat(notes.newest(reader.accountId())).extracting(Notes.Note::subject).contains("Efter afmelding");

		var everything = link.substring(0, link.lastIndexOf('/')) + "/alt";
		mvc.perform(post(everything));
		assertThat(preferences.of(reader.accountId()).channels().values()).as("no mail of any kind")
			.doesNotContain(Channel.INSTANT, Channel.DAILY, Channel.WEEKLY)
			.contains(Channel.SITE);
		tell(reader, newsNotice("Efter stop"));
		notifier.notify(List.of(reader.accountId()), offer("Efter stop"));
		assertThat(mailsTo(reader)).hasSize(1);

		assertThat(mvc.perform(post("/afmelding/ukendt-token/tilbud")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(link.substring(0, link.lastIndexOf('/')) + "/ukendt")).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aRegistrantIsRemindedTwoDaysBeforeWithTheDayAsACalendarFileOnce() throws Exception {
		var now = Instant.now();
		long soon = day("Påmindelsesdag i Odense", now.plus(Duration.ofHours(30)));
		long later = day("Dag om en uge", now.plus(Duration.ofDays(7)));
		var email = "paamindet-" + System.nanoTime() + "@example.dk";
		desk.register(soon, registrant(email), null, null);
		desk.register(later, registrant(email), null, null);
		awaitMails(email, 2);

		dayNotices.remind(now);
		var reminders = mails(email).stream().filter(m -> m.getSubject().startsWith("Påmindelse")).toList();
		assertThat(reminders).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Påmindelse: Påmindelsesdag i Odense");
			assertThat(mail.getBody()).contains("Kære Anna Påmindet", "http://localhost:8080/udviklingsdage/" + soon,
					"Stop påmindelser: http://localhost:8080/afmelding/");
		});
		var withFile = mailer.find(reminders.get(0).getId()).orElseThrow();
		assertThat(withFile.getAttachments()).singleElement().satisfies(file -> {
			var calendar = new CalendarBuilder().build(new ByteArrayInputStream(file.getContent()));
			List<VEvent> events = calendar.getComponents(Component.VEVENT);
			assertThat(events).singleElement()
				.satisfies(event -> assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
					.isEqualTo("Påmindelsesdag i Odense"));
		});

		dayNotices.remind(now.plusSeconds(600));
		assertThat(mails(email).stream().filter(m -> m.getSubject().startsWith("Påmindelse"))).as("once").hasSize(1);

		var stop = URI.create(reminders.get(0).getListUnsubscribe()).getPath();
		mvc.perform(post(stop).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"));
		dayNotices.remind(now.plus(Duration.ofDays(6)));
		assertThat(mails(email).stream().filter(m -> m.getSubject().startsWith("Påmindelse")))
			.as("no reminder after stopping them").hasSize(1);
	}

	@Test
	void followingAProjectBringsItsNewsButNotWhatOneDidOneself() {
		var follower = freshMember("foelger");
		projects.follow(samples.project, true, follower);
		projects.addNeed(samples.project, new NeedDetails(NeedKind.KNOWLEDGE, null, null, "Viden om fællesskaber"),
				samples.secretariat);
		news.publishUpdate(samples.project, new NewsDetails("Nyt fra byggepladsen", "Vi er i gang.",
				NewsVisibility.PUBLIC, null, null, false), samples.secretariat);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notes.newest(follower.accountId()).stream().anyMatch(n -> n.kind() == NotificationKind.UPDATE_POSTED));
		assertThat(notes.newest(follower.accountId())).extracting(Notes.Note::kind)
			.contains(NotificationKind.NEED_ADDED, NotificationKind.UPDATE_POSTED);
		assertThat(notes.newest(follower.accountId())).allSatisfy(n -> assertThat(n.link()).startsWith("/"));
		assertThat(notes.newest(samples.secretariat.accountId()))
			.noneMatch(n -> n.kind() == NotificationKind.NEED_ADDED && "Viden om fællesskaber".equals(n.detail()));
	}

	@Test
	void aNewIdeaReachesThePartnersOfItsThemesAndRegistrationOpeningTheRegion() {
		var actors = context.getBean(ActorManagement.class);
		long theme = actors.createTheme("Bytte-caféer " + System.nanoTime(), "Swap cafés " + System.nanoTime());
		long ofTheTheme = freshPartner(actors, "tema", Set.of(), Set.of(theme));
		long ofTheRegion = freshPartner(actors, "region", Set.of(Region.NORDJYLLAND), Set.of());

		long idea = projects.propose(new ProjectDetails("Bytte-café i kælderen " + System.nanoTime(), "Et sted at bytte.",
				null, Visibility.PUBLIC, null, null, Set.of(theme), Set.of(), Set.of()), samples.member);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notes.newest(ofTheTheme).stream().anyMatch(n -> Long.valueOf(idea).equals(n.projectId())));
		assertThat(notes.newest(ofTheTheme)).filteredOn(n -> n.kind() == NotificationKind.IDEA_PROPOSED)
			.singleElement()
			.satisfies(n -> assertThat(n.link()).isEqualTo("/projekter/" + idea));
		assertThat(notes.newest(ofTheRegion)).as("another theme, and the idea names no place")
			.noneMatch(n -> Long.valueOf(idea).equals(n.projectId()));

		var now = Instant.now();
		long day = days.create(new DayDetails("Udviklingsdag i Aalborg " + System.nanoTime(), null, "En dag.",
				Region.NORDJYLLAND, "Aalborg Kongres", "Europa Plads 4, 9000 Aalborg", now.plus(Duration.ofDays(30)),
				now.plus(Duration.ofDays(30)).plus(Duration.ofHours(6)), 50, now.minusSeconds(60),
				now.plus(Duration.ofDays(29)), "Sekretariatet"));
		dayNotices.announceOpenings(now);
		dayNotices.announceOpenings(now.plusSeconds(60));
		// Other tests' open days in the region are announced too; this day once.
		assertThat(notes.newest(ofTheRegion)).filteredOn(n -> n.link().equals("/udviklingsdage/" + day))
			.singleElement()
			.satisfies(n -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.REGISTRATION_OPENED);
			assertThat(n.link()).isEqualTo("/udviklingsdage/" + day);
			assertThat(n.shownDetail(Locale.forLanguageTag("da"), key -> key)).as("the day's time, as Danish writes it")
				.contains(" kl. ");
			assertThat(n.shownDetail(Locale.ENGLISH, key -> key)).as("and as English writes it").doesNotContain("kl.");
		});
		assertThat(notes.newest(ofTheTheme)).as("a partner of no region").noneMatch(n -> n.kind() == NotificationKind.REGISTRATION_OPENED);
	}

	@Test
	void membersNewsReachesMembersAndNotPartners() {
		var member = freshMember("nyhed");
		choose(member, Category.NEWS, Channel.SITE);
		var partnerLogin = freshPartner(context.getBean(ActorManagement.class), "nyhed", Set.of(), Set.of());
		long post = news.publish(new NewsDetails("Kun for medlemmer " + System.nanoTime(), "Tekst.",
				NewsVisibility.MEMBERS, null, null, false), samples.secretariat);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notes.newest(member.accountId()).stream().anyMatch(n -> ("/nyheder/" + post).equals(n.link())));
		assertThat(notes.newest(partnerLogin)).noneMatch(n -> ("/nyheder/" + post).equals(n.link()));
	}

	/** A new partner with one login; gives the login's id. */
	private long freshPartner(ActorManagement actors, String what, Set<Region> regions, Set<Long> themes) {
		long partner = actors.createPartner(new PartnerDetails(PartnerKind.ADVISOR, "Rådgiver " + what + " " + System.nanoTime(),
				null, null, null, null, null, null, null, Set.of(), regions, themes));
		return accounts.createAccount(what + "-partner-" + System.nanoTime() + "@example.dk", "Partner " + what,
				"en-lang-adgangskode", Role.PARTNER, null, partner);
	}

	@Test
	void aFollowerHearsOfAStageChangeInTheirLanguageAndOfANewFile() {
		var follower = freshMember("fase");
		long idea = samples.freshIdea(organisation);
		projects.follow(idea, true, follower);
		projects.move(idea, Stage.PROJECT_GROUP, "Gruppen er dannet", samples.secretariat);
		samples.freshFile(idea, true);
		var told = notes.newest(follower.accountId());
		assertThat(told).extracting(Notes.Note::kind)
			.containsExactly(NotificationKind.FILE_ADDED, NotificationKind.STAGE_CHANGED);
		assertThat(told.get(1).detail()).isEqualTo("Stage.PROJECT_GROUP");
		var dashboard = Jsoup.parse(html("/mit-overblik", follower));
		assertThat(dashboard.select("ul.notifications").text()).contains("er nu i fasen Projektgruppe", "har en ny fil: Vejledning");
	}

	@Test
	void aSeatFromTheWaitlistIsANoteForARegistrantWithALogin() {
		var registrant = freshMember("venteliste");
		long day = day("Fuld dag " + System.nanoTime(), Instant.now().plus(Duration.ofDays(20)), 1);
		var first = desk.register(day, registrant("foerst-" + System.nanoTime() + "@example.dk"), null, null);
		var waiting = desk.register(day, registrant(registrant.name()), null, registrant.accountId());
		assertThat(waiting.status()).isEqualTo(dk.spirekassen.devdays.RegistrationStatus.WAITLISTED);
		desk.cancel(first.token());
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> notes.newest(registrant.accountId()).stream().anyMatch(n -> n.kind() == NotificationKind.SEAT_GIVEN));
		assertThat(notes.newest(registrant.accountId())).filteredOn(n -> n.kind() == NotificationKind.SEAT_GIVEN)
			.singleElement()
			.satisfies(n -> assertThat(n.link()).isEqualTo("/udviklingsdage/" + day));
		assertThat(mails(registrant.name())).as("the seat's own mail, not a second one")
			.filteredOn(m -> m.getSubject().contains("plads"))
			.hasSize(1);
	}

	private String html(String path, Viewer viewer) {
		try {
			return mvc.perform(get(path).with(user(accounts.loadUserByUsername(viewer.name()))))
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theSettingsPageKeepsWhatWasChosenAndNamesAFieldItRefuses() throws Exception {
		var reader = freshMember("indstillinger");
		var login = user(accounts.loadUserByUsername(reader.name()));
		var page = Jsoup.parse(mvc.perform(get("/indstillinger/notifikationer").with(login))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("input[name=OFFERS][checked]").attr("value")).isEqualTo("INSTANT");
		assertThat(page.select("input[name=DAY_REMINDER]").eachAttr("value")).doesNotContain("DAILY", "WEEKLY");

		var refused = post("/indstillinger/notifikationer").with(login).with(csrf());
		for (var category : Category.values()) {
			refused.param(category.name(), category == Category.NEWS ? "HVER_TIME" : "SITE");
		}
		refused.param("language", "da");
		var answer = Jsoup.parse(mvc.perform(refused).andReturn().getResponse().getContentAsString());
		assertThat(answer.select(".error-summary").text()).contains("Nyheder").contains("Vælg en af mulighederne.");
		assertThat(answer.select("input[name=OFFERS][checked]").attr("value")).as("what was typed is kept")
			.isEqualTo("SITE");
		assertThat(preferences.of(reader.accountId()).channels().get(Category.OFFERS)).as("nothing saved")
			.isEqualTo(Channel.INSTANT);

		var saved = post("/indstillinger/notifikationer").with(login).with(csrf());
		for (var category : Category.values()) {
			saved.param(category.name(), category == Category.NEWS ? "OFF" : "SITE");
		}
		saved.param("language", "en");
		assertThat(mvc.perform(saved).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/indstillinger/notifikationer?gemt");
		var choices = preferences.of(reader.accountId());
		assertThat(choices.channels().get(Category.NEWS)).isEqualTo(Channel.OFF);
		assertThat(choices.channels().get(Category.OFFERS)).isEqualTo(Channel.SITE);
		assertThat(choices.language()).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void theHeaderCountsUnreadNotesUntilTheyAreMarkedRead() throws Exception {
		var reader = freshMember("ulaest");
		var login = user(accounts.loadUserByUsername(reader.name()));
		assertThat(badge(login)).isEmpty();
		notifier.notify(List.of(reader.accountId()), offer("Ulæst et"));
		notifier.notify(List.of(reader.accountId()), offer("Ulæst to"));
		assertThat(badge(login)).isEqualTo("2 ulæste beskeder");
		mvc.perform(post("/mit-overblik/beskeder/laest").with(login).with(csrf()));
		assertThat(badge(login)).isEmpty();
	}

	private String badge(org.springframework.test.web.servlet.request.RequestPostProcessor login) throws Exception {
		return Jsoup.parse(mvc.perform(get("/projekter").with(login)).andReturn().getResponse().getContentAsString())
			.select("header .account .badge")
			.text();
	}

	// --- helpers

	/**
	 * A new member login; its {@code name} is its email address. What goes to every login (news, new ideas,
	 * registration opening) is turned off, so that other tests' posts cannot reach it; a test that needs one turns it
	 * on.
	 */
	private Viewer freshMember(String what) {
		var email = what + "-" + System.nanoTime() + "@example.dk";
		long id = accounts.createAccount(email, "Læser " + what, "en-lang-adgangskode", Role.MEMBER, organisation,
				null);
		var reader = new Viewer(id, email, Role.MEMBER, organisation, null);
		var channels = new EnumMap<>(preferences.of(id).channels());
		channels.put(Category.NEWS, Channel.OFF);
		channels.put(Category.NEW_IDEAS, Channel.OFF);
		channels.put(Category.DAY_OPENING, Channel.OFF);
		preferences.save(id, channels, Locale.forLanguageTag("da"));
		return reader;
	}

	/** A new login with nothing chosen. */
	private long freshLogin() {
		return accounts.createAccount("standard-" + System.nanoTime() + "@example.dk", "Ny læser", "en-lang-adgangskode",
				Role.MEMBER, organisation, null);
	}

	private void choose(Viewer reader, Category category, Channel channel) {
		var channels = new EnumMap<>(preferences.of(reader.accountId()).channels());
		channels.put(category, channel);
		preferences.save(reader.accountId(), channels, Locale.forLanguageTag("da"));
	}

	private void tell(Viewer reader, Notice notice) {
		notifier.notify(List.of(reader.accountId()), notice);
	}

	private Notice offer(String subject) {
		return new Notice(NotificationKind.OFFER_RECEIVED, samples.project, subject, "Rådgiverne",
				"/projekter/" + samples.project + "#behov");
	}

	private Notice need(long project, String need) {
		return new Notice(NotificationKind.NEED_ADDED, project, title(project), need, "/projekter/" + project + "#behov");
	}

	private static Notice newsNotice(String title) {
		return new Notice(NotificationKind.NEWS_POSTED, null, title, null, "/nyheder");
	}

	private String title(long project) {
		return jdbc.sql("select title from project where id = ?").param(project).query(String.class).single();
	}

	/** The mails written to the login, newest first. */
	private List<OutgoingMail> mailsTo(Viewer reader) {
		return mails(reader.name());
	}

	private List<OutgoingMail> mails(String email) {
		return jdbc.sql("select id from outgoing_mail where recipient = ? order by created_at desc, id desc")
			.param(email)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> mailer.find(id).orElseThrow())
			.toList();
	}

	private void awaitMails(String email, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mails(email).size() >= count);
	}

	private long day(String title, Instant startsAt) {
		return day(title, startsAt, 40);
	}

	private long day(String title, Instant startsAt, int seats) {
		return days.create(new DayDetails(title, null, "En dag.", Region.SYDDANMARK, "Odense Rådhus",
				"Flakhaven 2, 5000 Odense C", startsAt, startsAt.plus(Duration.ofHours(6)), seats,
				Instant.now().minus(Duration.ofDays(1)), startsAt.minus(Duration.ofHours(2)), "Sekretariatet"));
	}

	private static RegistrationDetails registrant(String email) {
		return new RegistrationDetails("Anna Påmindet", email, null, null, ParticipantType.RESIDENT, null, null, true);
	}
}
