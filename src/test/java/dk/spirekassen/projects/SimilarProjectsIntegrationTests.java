package dk.spirekassen.projects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.projects.ProjectViews.ProjectRow;
import dk.spirekassen.search.IndexBuilds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While someone writes a new idea, the projects and ideas like it are shown, among those they may see; a project's
 * page shows the projects like it, with who worked on them.
 */
@SpirekassenTest
class SimilarProjectsIntegrationTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	IndexBuilds builds;

	@Autowired
	MockMvc mvc;

	@Autowired
	dk.spirekassen.accounts.AccountManagement accounts;

	private ProjectSamples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context).projects;
		builds.running().join();
	}

	@Test
	void showsTheProjectsWhoseWordsTheNewIdeaShares() {
		var similar = titles(catalogue.similar("Ladestandere til små afdelinger",
				"Vi vil gå sammen med andre afdelinger om et udbud af ladestandere.", samples.partner, 5, DANISH));
		assertThat(similar).contains("Fælles ladeinfrastruktur i mindre byer");
		assertThat(titles(catalogue.similar("Ladestandere", null, samples.partner, 5, DANISH)))
			.contains("Fælles ladeinfrastruktur i mindre byer");
		assertThat(catalogue.similar("Fællesspisning", null, samples.partner, 5, DANISH)).extracting(ProjectRow::title)
			.doesNotContain("Fælles ladeinfrastruktur i mindre byer");
		assertThat(catalogue.similar("ab", null, samples.partner, 5, DANISH)).isEmpty();
	}

	@Test
	void showsOnlyProjectsTheWriterMaySee() {
		var words = "Prøveprojekt for medlemmer";
		assertThat(ids(catalogue.similar(words, null, samples.member, 5, DANISH))).contains(samples.membersProject);
		assertThat(ids(catalogue.similar(words, null, samples.partner, 5, DANISH)))
			.doesNotContain(samples.membersProject);
	}

	@Test
	void showsThemBesideTheFormForSignedInWriters() throws Exception {
		var html = mvc
			.perform(get("/projekter/lignende").param("title", "Ladestandere til små afdelinger")
				.with(user(accounts.loadUserByUsername("partner@spirekassen.dk"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(html).select("a").eachText()).contains("Fælles ladeinfrastruktur i mindre byer");
	}

	@Test
	void aProjectPageShowsSimilarProjectsAndWhoWorkedOnThem() throws Exception {
		var projects = context.getBean(ProjectManagement.class);
		var actors = context.getBean(dk.spirekassen.actors.ActorManagement.class);
		long partner = actors.createPartner(new dk.spirekassen.actors.PartnerDetails(
				dk.spirekassen.actors.PartnerKind.ADVISOR, "Kompostrådgiverne", "Kompost.", null, null, null, null, null,
				null, java.util.Set.of(), java.util.Set.of(), java.util.Set.of()));
		long earlier = projects.propose(new ProjectDetails("Kompostering af haveaffald i gårdene",
				"Beboerne komposterer haveaffald i fælles kompostbeholdere.", null, Visibility.PUBLIC,
				samples.organisation, null, java.util.Set.of(), java.util.Set.of(), java.util.Set.of()),
				samples.secretariat);
		projects.addParticipant(earlier, ProjectRole.ADVISOR, null, partner, null, samples.secretariat);
		long hidden = projects.propose(new ProjectDetails("Kompostering af haveaffald for deltagerne",
				"Beboerne komposterer haveaffald.", null, Visibility.PARTICIPANTS, samples.organisation, null,
				java.util.Set.of(), java.util.Set.of(), java.util.Set.of()), samples.secretariat);
		long shown = projects.propose(new ProjectDetails("Kompostering af haveaffald i Kompostbyen",
				"Haveaffald bliver til kompost.", null, Visibility.PUBLIC, samples.organisation, null,
				java.util.Set.of(), java.util.Set.of(), java.util.Set.of()), samples.secretariat);

		var page = org.jsoup.Jsoup.parse(mvc.perform(get("/projekter/" + shown))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var section = page.select("#lignende");
		assertThat(section.select("h3 a").eachAttr("href")).contains("/projekter/" + earlier)
			.doesNotContain("/projekter/" + hidden, "/projekter/" + shown);
		assertThat(section.select("h3 a").size()).isLessThanOrEqualTo(3);
		var item = section.select("li").stream()
			.filter(li -> li.select("h3 a").attr("href").equals("/projekter/" + earlier))
			.findFirst()
			.orElseThrow();
		assertThat(item.select(".people a").eachText()).contains("Kompostrådgiverne");
		assertThat(catalogue.similarTo(shown, samples.secretariat, 3, DANISH))
			.extracting(similar -> similar.row().id())
			.contains(hidden);
	}

	private static List<String> titles(List<ProjectRow> rows) {
		return rows.stream().map(ProjectRow::title).toList();
	}

	private static List<Long> ids(List<ProjectRow> rows) {
		return rows.stream().map(ProjectRow::id).toList();
	}
}
