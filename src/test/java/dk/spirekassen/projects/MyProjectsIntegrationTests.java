package dk.spirekassen.projects;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.search.IndexBuilds;
import dk.spirekassen.shared.IndexState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine projekter": the projects someone takes part in (by login or partner), proposed or follows, that they may see;
 * the dashboard shows the most recently changed and says how many there are, and the project list keeps them all
 * with {@code ?mine=true}. A partner at national scale takes part in thousands, so the dashboard never lists them all.
 */
@SpirekassenTest
class MyProjectsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	ActorManagement actors;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	private ProjectSamples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context).projects;
		context.getBean(IndexBuilds.class).running().join();
	}

	@Test
	void theDashboardShowsTheMostRecentlyChangedOfOnesProjectsAndCountsThemAll() throws Exception {
		var viewer = partnerLogin("Travle Rådgivere", "Tina Travl");
		long partner = viewer.partnerId();
		var email = accounts.account(viewer.accountId()).email();

		var taking = new ArrayList<Long>();
		for (int i = 0; i < ProjectCatalogue.MY_PROJECTS_SHOWN + 2; i++) {
			long id = project("Travlt projekt " + i, Visibility.PUBLIC);
			projects.addParticipant(id, ProjectRole.ADVISOR, null, partner, null, samples.secretariat);
			taking.add(id);
		}
		long followed = project("Fulgt projekt", Visibility.PUBLIC);
		projects.follow(followed, true, viewer);
		long hidden = project("Skjult projekt", Visibility.PARTICIPANTS);
		projects.follow(hidden, true, samples.secretariat);
		long notMine = project("Andres projekt", Visibility.PUBLIC);
		// The first project changes last, so it comes first.
		projects.addParticipant(taking.get(0), ProjectRole.PARTICIPANT, null, null, samples.member.accountId(),
				samples.secretariat);

		var mine = catalogue.myProjects(viewer, Locale.ROOT);
		assertThat(mine.total()).as("all of them, the followed one too").isEqualTo(taking.size() + 1);
		assertThat(mine.shown()).hasSize(ProjectCatalogue.MY_PROJECTS_SHOWN);
		assertThat(mine.shown().get(0).id()).isEqualTo(taking.get(0));
		assertThat(mine.shown()).extracting(ProjectViews.ProjectRow::id).doesNotContain(hidden, notMine);

		var signedIn = user(accounts.loadUserByUsername(email));
		var dashboard = Jsoup.parse(mvc.perform(get("/mit-overblik").with(signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(dashboard.select("section[aria-labelledby=my-projects-heading] li h3")).hasSize(
				ProjectCatalogue.MY_PROJECTS_SHOWN);
		assertThat(dashboard.select("section[aria-labelledby=my-projects-heading] .hint").text())
			.contains(String.valueOf(taking.size() + 1));
		assertThat(dashboard.select("a[href=/projekter?mine=true]")).hasSize(1);

		var list = Jsoup.parse(mvc.perform(get("/projekter").param("mine", "true").param("q", "fulgt").with(signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("#results h2 a").eachText()).containsExactly("Fulgt projekt");
		var all = Jsoup.parse(mvc.perform(get("/projekter").param("mine", "true").with(signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(all.select("#results h2 a").eachText()).contains("Fulgt projekt", "Travlt projekt 0")
			.doesNotContain("Andres projekt", "Skjult projekt");

		var listed = catalogue.projects(new ProjectFilter(null, null, null, null, null, null, null, true), viewer,
				org.springframework.data.domain.PageRequest.of(0, 100), Locale.ROOT);
		assertThat(listed.getTotalElements()).isEqualTo(taking.size() + 1);
		projects.follow(notMine, true, viewer);
		assertThat(catalogue.myProjects(viewer, Locale.ROOT).total())
			.as("following is not indexed, yet it shows at once").isEqualTo(taking.size() + 2);
		assertThat(catalogue.projects(new ProjectFilter(null, null, null, null, null, null, null, true), viewer,
				org.springframework.data.domain.PageRequest.of(0, 100), Locale.ROOT).getTotalElements())
			.as("in the list as well").isEqualTo(taking.size() + 2);
		projects.follow(notMine, false, viewer);
		projects.addParticipant(notMine, ProjectRole.ADVISOR, null, partner, null, samples.secretariat);
		assertThat(catalogue.myProjects(viewer, Locale.ROOT).shown().get(0).id())
			.as("taking part shows at once, first as the latest change").isEqualTo(notMine);
		assertThat(list.select("input[name=mine][checked]")).hasSize(1);
	}

	@Test
	void theProjectListKeepsOnlyOnesOwnAndSomeoneNotSignedInHasNone() throws Exception {
		long mineByLogin = projects.propose(new ProjectDetails("Mit eget projekt " + UUID.randomUUID(),
				"Et projekt om travlhed.", null, Visibility.MEMBERS, samples.organisation, null, Set.of(), Set.of(),
				Set.of()), samples.member);
		var member = catalogue.projects(new ProjectFilter(null, null, null, null, null, null, null, true),
				samples.member, org.springframework.data.domain.PageRequest.of(0, 10_000), Locale.ROOT);
		assertThat(member.getContent()).extracting(ProjectViews.ProjectRow::id).contains(mineByLogin);
		var secretariat = catalogue.projects(new ProjectFilter(null, null, null, null, null, null, null, true),
				samples.secretariat, org.springframework.data.domain.PageRequest.of(0, 10_000), Locale.ROOT);
		assertThat(secretariat.getContent()).extracting(ProjectViews.ProjectRow::id)
			.as("the secretariat sees every project, but this one is not theirs").doesNotContain(mineByLogin);
		var anonymous = catalogue.projects(new ProjectFilter(null, null, null, null, null, null, null, true),
				Viewer.of(null), org.springframework.data.domain.PageRequest.of(0, 10), Locale.ROOT);
		assertThat(anonymous.getTotalElements()).isZero();
		assertThat(List.of(mvc.perform(get("/projekter").param("mine", "true")).andReturn().getResponse().getStatus()))
			.containsExactly(200);
	}

	@Test
	void whileTheIndexIsRebuiltTheDashboardReadsOnesProjectsFromTheDatabase() throws Exception {
		var viewer = partnerLogin("Flittige Rådgivere", "Frida Flittig");
		long partner = viewer.partnerId();
		var email = accounts.account(viewer.accountId()).email();
		var titles = new ArrayList<String>();
		for (int i = 0; i < 3; i++) {
			titles.add("Flittigt projekt " + i);
			long id = project(titles.get(i), Visibility.PUBLIC);
			projects.addParticipant(id, ProjectRole.ADVISOR, null, partner, null, samples.secretariat);
		}
		titles.add("Flittigt fulgt projekt");
		projects.follow(project(titles.get(3), Visibility.PUBLIC), true, viewer);
		var fromIndex = catalogue.myProjects(viewer, Locale.ROOT);
		assertThat(fromIndex.shown()).extracting(ProjectViews.ProjectRow::title).containsExactlyInAnyOrderElementsOf(titles);

		var state = context.getBean(IndexState.class);
		state.whole(false);
		try {
			var fromDatabase = catalogue.myProjects(viewer, Locale.ROOT);
			assertThat(fromDatabase.total()).isEqualTo(fromIndex.total());
			assertThat(fromDatabase.shown()).extracting(ProjectViews.ProjectRow::title)
				.containsExactlyInAnyOrderElementsOf(titles);
			var dashboard = Jsoup.parse(mvc.perform(get("/mit-overblik").with(user(accounts.loadUserByUsername(email))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(dashboard.select("section[aria-labelledby=my-projects-heading] li h3").eachText())
				.containsExactlyInAnyOrderElementsOf(titles);
		}
		finally {
			state.whole(true);
		}
	}

	@Test
	void anIdeaAPartnerProposedIsAmongItsProjectsFromTheIndexAndFromTheDatabase() throws Exception {
		var viewer = partnerLogin("Idérige Rådgivere", "Ida Idérig");
		var signedIn = user(accounts.loadUserByUsername(accounts.account(viewer.accountId()).email()));
		var title = "Idé om fælleshaver " + UUID.randomUUID();
		assertThat(myProjectTitles(signedIn)).as("read, and kept, before the idea").doesNotContain(title);

		// An idea has no participants yet: the partner proposed it, the organisation is only proposed as owner.
		long idea = projects.propose(new ProjectDetails(title, "Haver mellem blokkene.", null, Visibility.PARTICIPANTS,
				samples.organisation, null, Set.of(), Set.of(), Set.of()), viewer);
		assertThat(catalogue.myProjects(viewer, Locale.ROOT).shown()).extracting(ProjectViews.ProjectRow::id)
			.contains(idea);
		assertThat(myProjectTitles(signedIn)).contains(title);
		assertThat(listTitles(signedIn)).contains(title);
		assertThat(catalogue.myProjects(samples.member, Locale.ROOT).shown())
			.as("the staff of the organisation proposed as owner, who decide on it").extracting(ProjectViews.ProjectRow::id)
			.contains(idea);

		var state = context.getBean(IndexState.class);
		state.whole(false);
		try {
			assertThat(catalogue.myProjects(viewer, Locale.ROOT).shown()).extracting(ProjectViews.ProjectRow::id)
				.as("while the index is rebuilt").contains(idea);
			assertThat(myProjectTitles(signedIn)).contains(title);
			assertThat(listTitles(signedIn)).contains(title);
			assertThat(catalogue.myProjects(samples.member, Locale.ROOT).shown()).extracting(ProjectViews.ProjectRow::id)
				.contains(idea);
		}
		finally {
			state.whole(true);
		}
	}

	private List<String> myProjectTitles(org.springframework.test.web.servlet.request.RequestPostProcessor signedIn)
			throws Exception {
		return Jsoup.parse(mvc.perform(get("/mit-overblik").with(signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select("section[aria-labelledby=my-projects-heading] li h3").eachText();
	}

	private List<String> listTitles(org.springframework.test.web.servlet.request.RequestPostProcessor signedIn)
			throws Exception {
		return Jsoup.parse(mvc.perform(get("/projekter").param("mine", "true").with(signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#results h2 a").eachText();
	}

	/** A new partner offering knowledge, and a login of its own for a person of it. */
	private Viewer partnerLogin(String partnerName, String personName) {
		long partner = actors.createPartner(new PartnerDetails(PartnerKind.ADVISOR, partnerName + " " + UUID.randomUUID(),
				"Rådgiver om alt.", null, null, null, null, null, null, EnumSet.of(Offer.KNOWLEDGE), Set.of(), Set.of()));
		var email = "partner-" + UUID.randomUUID() + "@example.dk";
		long account = accounts.createAccount(email, personName, "hemmeligt-kodeord-1", Role.PARTNER, null, partner);
		return new Viewer(account, personName, Role.PARTNER, null, partner);
	}

	private long project(String title, Visibility visibility) {
		return projects.propose(new ProjectDetails(title, "Et projekt om travlhed.", null, visibility,
				samples.organisation, null, Set.of(), Set.of(), Set.of()), samples.secretariat);
	}
}
