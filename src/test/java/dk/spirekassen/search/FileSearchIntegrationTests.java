package dk.spirekassen.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The site-wide search finds toolbox files by the text inside them, leads to their download, and shows a file only
 * to those who may download it.
 */
@SpirekassenTest
class FileSearchIntegrationTests {

	@Autowired
	SiteSearch search;

	@Autowired
	IndexBuilds builds;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	/** Other tests of the shared context may have asked for a rebuild (the authorisation matrix does). */
	@BeforeEach
	void indexBuilt() {
		builds.running().join();
	}

	@Test
	void findsADemoToolboxFileByAWordInItsTextAndLeadsToItsDownload() throws Exception {
		var hits = files("kravspecifikation", Viewer.ANONYMOUS);

		assertThat(hits).isNotEmpty();
		var hit = hits.get(0);
		assertThat(hit.url()).isEqualTo("/projekter/" + hit.projectId() + "/filer/" + hit.id());
		assertThat(hit.passageHtml()).containsIgnoringCase("<mark>kravspecifikation</mark>");
		mvc.perform(get(hit.url())).andExpect(status().isOk());
	}

	@Test
	void findsTheEvChargingProjectsToolboxByTheWordLadestandere() {
		var catalogue = files("kravspecifikation", Viewer.ANONYMOUS).get(0);

		var hits = files("ladestandere", Viewer.ANONYMOUS);

		assertThat(hits).extracting(Hit::projectId).contains(catalogue.projectId());
		assertThat(hits).extracting(Hit::passageHtml).anyMatch(passage -> passage.contains("<mark>"));
	}

	@Test
	void showsAFileOfAClosedProjectOnlyToThoseWhoMaySeeTheProjectUnlessItIsAPublicResult() {
		ProjectSamples samples = new Samples(context).projects;
		long closed = samples.otherParticipantsProject;
		long file = addCsv(closed, "zorbquilt", false, samples.secretariat);
		long publicFile = addCsv(closed, "vexmarlu", true, samples.secretariat);

		assertThat(files("zorbquilt", Viewer.ANONYMOUS)).extracting(Hit::id).doesNotContain(file);
		assertThat(files("zorbquilt", samples.member)).extracting(Hit::id).doesNotContain(file);
		assertThat(files("zorbquilt", samples.secretariat)).extracting(Hit::id).containsExactly(file);
		assertThat(files("vexmarlu", Viewer.ANONYMOUS)).extracting(Hit::id).containsExactly(publicFile);
	}

	private long addCsv(long projectId, String word, boolean publicResult, Viewer viewer) {
		var content = "emne;antal\n" + word + ";3\n";
		return projects.addFile(projectId, "Optælling", "optaelling.csv", content.getBytes(StandardCharsets.UTF_8),
				publicResult, viewer);
	}

	/** The file hits for the words, as the viewer finds them. */
	private List<Hit> files(String words, Viewer viewer) {
		var request = new SearchRequest(words, SearchKind.FILE, null, null, null, null, null, null, null);
		return search.search(request, viewer, PageRequest.of(0, 50)).hits().getContent();
	}
}
