package dk.spirekassen.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site-wide search finds the demo data's knowledge by Danish words, whatever their form.
 */
@SpirekassenTest
class SiteSearchIntegrationTests {

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
	void findsTheEvChargingProjectByAPartOfACompoundWord() {
		var hits = hits("ladestandere", Viewer.ANONYMOUS);
		assertThat(hits).extracting(Hit::kind).contains(SearchKind.PROJECT);
		assertThat(hits).extracting(Hit::titleHtml).anyMatch(title -> title.toLowerCase().contains("lade"));
	}

	@Test
	void findsANeedByAWordOnlyItsTextContains() {
		var hits = hits("LCA", viewer("sekretariat@spirekassen.dk"));
		assertThat(hits).extracting(Hit::kind).contains(SearchKind.NEED);
		assertThat(hits).extracting(Hit::passageHtml).anyMatch(p -> p.contains("<mark>LCA</mark>"));
	}

	private List<Hit> hits(String words, Viewer viewer) {
		return search.search(SearchRequest.of(words), viewer, PageRequest.of(0, 50)).hits().getContent();
	}

	private Viewer viewer(String email) {
		var account = accounts.accounts().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}
}
