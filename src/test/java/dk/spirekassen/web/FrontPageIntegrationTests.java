package dk.spirekassen.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.NewsSamples;
import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.news.NewsVisibility;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.Matchmaking;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The front page shows what happens: the coming days with their seats, the newest ideas, news the reader may
 * read, the projects on each bottom line and the ways to take part; signed in, one's projects, unread notes and
 * the needs that fit.
 */
@SpirekassenTest
class FrontPageIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	Matchmaking matchmaking;

	private Samples samples;

	private ProjectSamples projectSamples;

	private NewsSamples news;

	@BeforeEach
	void samples() {
		samples = new Samples(context);
		projectSamples = samples.projects;
		news = samples.news;
	}

	@Test
	void showsTheComingDaysTheNewestIdeaAndThePublicNewsToEveryone() throws Exception {
		// Sooner than any other test's day (those begin days ahead): it comes first.
		var now = java.time.Instant.now();
		long day = context.getBean(dk.spirekassen.devdays.DayManagement.class)
			.create(new dk.spirekassen.devdays.DayDetails("Dag om en time", null, "En dag.",
					dk.spirekassen.actors.Region.SYDDANMARK, "Odense Rådhus", "Flakhaven 2, 5000 Odense C",
					now.plus(java.time.Duration.ofHours(1)), now.plus(java.time.Duration.ofHours(7)), 30,
					now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofMinutes(30)), "Sekretariatet"));
		long idea = projects.propose(new ProjectDetails("Forsideidé om fælleshaver " + System.nanoTime(),
				"En ny idé.", null, Visibility.PUBLIC, null, null, Set.of(), Set.of(), Set.of()),
				projectSamples.secretariat);
		long publicNews = news.freshNews(NewsVisibility.PUBLIC);
		long membersNews = news.freshNews(NewsVisibility.MEMBERS);

		var page = home(null);
		assertThat(section(page, "days-heading").select("a").eachAttr("href")).first()
			.isEqualTo("/udviklingsdage/" + day);
		assertThat(section(page, "ideas-heading").select("a").eachAttr("href")).first()
			.isEqualTo("/projekter/" + idea);
		var newsLinks = section(page, "news-heading").select("a").eachAttr("href");
		assertThat(newsLinks).first().isEqualTo("/nyheder/" + publicNews);
		assertThat(newsLinks).doesNotContain("/nyheder/" + membersNews);
		assertThat(page.select(".invitations a").eachAttr("href")).containsExactly("/bliv-partner", "/projekter/ny",
				"/udviklingsdage");
		assertThat(page.select("#mine-heading")).isEmpty();

		assertThat(section(home("medlem@spirekassen.dk"), "news-heading").select("a").eachAttr("href"))
			.first().isEqualTo("/nyheder/" + membersNews);
	}

	@Test
	void countsTheProjectsOnEachBottomLineAsTheProjectListDoes() throws Exception {
		var page = home(null);
		for (var line : BottomLine.values()) {
			long expected = catalogue.projects(new ProjectFilter(null, null, null, null, null, line, null),
					dk.spirekassen.projects.Viewer.ANONYMOUS, PageRequest.of(0, 1), Locale.ROOT).getTotalElements();
			var link = page.selectFirst("a[href=/projekter?bottomLine=" + line.name() + "]");
			assertThat(link).isNotNull();
			assertThat(link.text().replaceAll("\\D", "")).isEqualTo(expected == 0 ? "" : String.valueOf(expected));
		}
	}

	@Test
	void keepsTheMembershipCoverageUntilTheDirectoryChanges() {
		var actors = context.getBean(dk.spirekassen.actors.ActorManagement.class);
		var before = actors.coverage();
		dk.spirekassen.SqlStatements.record();
		try {
			assertThat(actors.coverage()).isEqualTo(before);
			assertThat(dk.spirekassen.SqlStatements.recorded()).as("read again without a statement")
				.noneMatch(sql -> sql.contains("sum(") && sql.contains("member_since"));
		}
		finally {
			dk.spirekassen.SqlStatements.stop();
		}
		long member = new Samples(context).organisation;
		actors.createDepartment(member, new dk.spirekassen.actors.DepartmentDetails("K-" + System.nanoTime(),
				"Kendt afdeling", null, 101, 120, null));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> actors.coverage().memberHomes() == before.memberHomes() + 120);
	}

	@Test
	void countsTheSeatsOfTheDaysItShowsOnly() throws Exception {
		var days = context.getBean(dk.spirekassen.devdays.DayManagement.class);
		var now = java.time.Instant.now();
		for (int i = 0; i < HomeController.SHOWN + 2; i++) {
			var starts = now.plus(java.time.Duration.ofDays(40 + i));
			days.create(new dk.spirekassen.devdays.DayDetails("Kommende dag " + i, null, "En dag.",
					dk.spirekassen.actors.Region.MIDTJYLLAND, "Aarhus Rådhus", "Rådhuspladsen 2, 8000 Aarhus C", starts,
					starts.plus(java.time.Duration.ofHours(6)), 30, now.minus(java.time.Duration.ofDays(1)),
					starts.minus(java.time.Duration.ofDays(1)), "Sekretariatet"));
		}
		dk.spirekassen.SqlStatements.record();
		try {
			home(null);
			assertThat(dk.spirekassen.SqlStatements.recorded())
				.filteredOn(sql -> sql.contains("from registration") && sql.contains("group by"))
				.singleElement()
				.satisfies(sql -> assertThat(sql.chars().filter(c -> c == '?').count()).as(sql)
					.isLessThanOrEqualTo(HomeController.SHOWN));
		}
		finally {
			dk.spirekassen.SqlStatements.stop();
		}
	}

	@Test
	void keepsTheComingDaysUntilASeatChangesOrTheFirstDayEnds() {
		var days = context.getBean(dk.spirekassen.devdays.DayManagement.class);
		var desk = context.getBean(dk.spirekassen.devdays.RegistrationDesk.class);
		samples.day();
		var before = days.upcoming(Locale.ROOT, HomeController.SHOWN);
		dk.spirekassen.SqlStatements.record();
		try {
			assertThat(days.upcoming(Locale.ROOT, HomeController.SHOWN)).isEqualTo(before);
			assertThat(dk.spirekassen.SqlStatements.recorded()).as("read again without a statement")
				.noneMatch(sql -> sql.contains("development_day") || sql.contains("from registration"));
		}
		finally {
			dk.spirekassen.SqlStatements.stop();
		}

		var first = before.stream()
			.filter(row -> row.window() == dk.spirekassen.devdays.RegistrationWindow.OPEN)
			.findFirst()
			.orElseThrow();
		desk.register(first.id(), new dk.spirekassen.devdays.RegistrationDetails("Forsidens gæst",
				"forside-" + System.nanoTime() + "@example.dk", null, null,
				dk.spirekassen.devdays.ParticipantType.RESIDENT, null, null, true), null, null);
		var after = days.upcoming(Locale.ROOT, HomeController.SHOWN)
			.stream()
			.filter(row -> row.id() == first.id())
			.findFirst()
			.orElseThrow();
		assertThat(after.confirmed() + after.waitlisted()).as("a registration is counted at once")
			.isEqualTo(first.confirmed() + first.waitlisted() + 1);

		// A day that began an hour ago and ends in two seconds comes first, and is gone once it has ended.
		var now = java.time.Instant.now();
		long ending = days.create(new dk.spirekassen.devdays.DayDetails("Dag der snart slutter", null, "En dag.",
				dk.spirekassen.actors.Region.HOVEDSTADEN, "Remisen", "Remisevej 1, 2650 Hvidovre",
				now.minus(java.time.Duration.ofHours(1)), now.plus(java.time.Duration.ofSeconds(2)), 30,
				now.minus(java.time.Duration.ofDays(2)), now.minus(java.time.Duration.ofHours(2)), "Sekretariatet"));
		assertThat(days.upcoming(Locale.ROOT, HomeController.SHOWN).get(0).id()).isEqualTo(ending);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> days.upcoming(Locale.ROOT, HomeController.SHOWN)
				.stream()
				.noneMatch(row -> row.id() == ending));
	}

	@Test
	void keepsTheNewestNewsUntilAPostIsWritten() {
		var newsManagement = context.getBean(dk.spirekassen.news.NewsManagement.class);
		var anyone = dk.spirekassen.projects.Viewer.ANONYMOUS;
		var before = newsManagement.newest(anyone, HomeController.SHOWN);
		dk.spirekassen.SqlStatements.record();
		try {
			assertThat(newsManagement.newest(anyone, HomeController.SHOWN)).isEqualTo(before);
			assertThat(dk.spirekassen.SqlStatements.recorded()).as("read again without a statement")
				.noneMatch(sql -> sql.contains("news_post"));
		}
		finally {
			dk.spirekassen.SqlStatements.stop();
		}
		long fresh = news.freshNews(NewsVisibility.PUBLIC);
		assertThat(newsManagement.newest(anyone, HomeController.SHOWN).get(0).id()).isEqualTo(fresh);
	}

	@Test
	void showsASignedInMemberTheirProjectsAndUnreadNotes() throws Exception {
		var before = home("medlem@spirekassen.dk");
		assertThat(section(before, "mine-heading").select("a").eachAttr("href")).contains("/mit-overblik");
		assertThat(before.select(".invitations a").eachAttr("href")).doesNotContain("/bliv-partner");
		int unread = number(section(before, "mine-heading").selectFirst("a[href=/mit-overblik]").text());

		projectSamples.freshOffer(projectSamples.project);
		int after = number(section(home("medlem@spirekassen.dk"), "mine-heading")
			.selectFirst("a[href=/mit-overblik]").text());
		// The offer, and the need it was made on (the member leads the project), are both new notes.
		assertThat(after).isGreaterThan(unread)
			.isEqualTo(context.getBean(dk.spirekassen.notifications.Notes.class)
				.unread(projectSamples.member.accountId()));
	}

	@Test
	void showsAPartnerTheNeedsThatFitItBestFirst() throws Exception {
		var expected = matchmaking.needsFor(projectSamples.partner, Locale.ROOT)
			.stream()
			.limit(HomeController.SHOWN)
			.map(n -> "/projekter/" + n.projectId() + "#behov")
			.toList();
		var shown = section(home("partner@spirekassen.dk"), "mine-heading").select("h3 + ul a").eachAttr("href");
		assertThat(shown).isEqualTo(expected);
	}

	private Document home(String email) throws Exception {
		var request = get("/");
		var response = mvc.perform(email == null ? request : request.with(user(accounts.loadUserByUsername(email))))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static org.jsoup.nodes.Element section(Document page, String headingId) {
		var heading = page.getElementById(headingId);
		assertThat(heading).as(headingId).isNotNull();
		return heading.parent();
	}

	private static int number(String text) {
		var digits = text.replaceAll("\\D", "");
		return digits.isEmpty() ? 0 : Integer.parseInt(digits);
	}
}
