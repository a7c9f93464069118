package dk.spirekassen.search;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.search.JudgedQueries.Found;
import dk.spirekassen.search.SearchResults.Hit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site search finds what a person expects for the judged queries of the demo data (see {@link JudgedQueries}).
 */
@SpirekassenTest
class SearchQualityIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(SearchQualityIntegrationTests.class);

	private static final int TOP = 10;

	@Autowired
	SiteSearch search;

	@Autowired
	AccountManagement accounts;

	@Autowired
	IndexBuilds builds;

	/** Other tests of the shared context may have asked for a rebuild (the authorisation matrix does). */
	@BeforeEach
	void indexBuilt() {
		builds.running().join();
	}

	@Test
	void findsWhatAPersonExpectsForTheJudgedQueries() {
		var queries = JudgedQueries.read();
		var secretariat = viewer("sekretariat@spirekassen.dk");
		var report = JudgedQueries.score(queries, words -> found(words, secretariat), TOP);
		log.info(report.summary());
		assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
		assertThat(report.recall()).withFailMessage(report::describe).isGreaterThanOrEqualTo(0.9);
		assertThat(report.meanReciprocalRank()).withFailMessage(report::describe).isGreaterThanOrEqualTo(0.7);
	}

	private List<Found> found(String words, Viewer viewer) {
		return search.search(SearchRequest.of(words), viewer, PageRequest.of(0, TOP))
			.hits()
			.getContent()
			.stream()
			.map(SearchQualityIntegrationTests::found)
			.toList();
	}

	private static Found found(Hit hit) {
		return new Found(hit.kind(), text(hit.titleHtml()), text(hit.passageHtml()));
	}

	private static String text(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}

	private Viewer viewer(String email) {
		var account = accounts.accounts().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}
}
