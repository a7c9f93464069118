package dk.spirekassen.search;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.projects.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The index is rebuilt on start when it is missing or was made by another mapping, and not otherwise; the
 * secretariat rebuilds it from a page that shows how far it has come.
 */
@SpirekassenTest
class IndexBuildsIntegrationTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	IndexBuilds builds;

	@Autowired
	SiteSearch search;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void rebuildsOnStartOnlyAnIndexThatIsMissingOrMadeByAnotherMapping(@TempDir Path directory) throws Exception {
		var onDisk = new IndexBuilds(entityManagerFactory, directory, "local-filesystem", true, Clock.systemUTC());
		onDisk.rebuildIfStale();
		var fingerprint = directory.resolve("mapping.sha256");
		assertThat(fingerprint).as("written after the rebuild of a missing index").exists();
		var first = onDisk.progress();
		assertThat(first.startedAt()).isNotNull();
		assertThat(first.done()).isPositive().isEqualTo(first.total());
		assertThat(first.percent()).isEqualTo(100);

		var again = new IndexBuilds(entityManagerFactory, directory, "local-filesystem", true, Clock.systemUTC());
		again.rebuildIfStale();
		assertThat(again.progress().startedAt()).as("no rebuild of an index made by this mapping").isNull();

		Files.writeString(fingerprint, "made by an older mapping\n");
		var changed = new IndexBuilds(entityManagerFactory, directory, "local-filesystem", true, Clock.systemUTC());
		changed.rebuildIfStale();
		assertThat(changed.progress().startedAt()).as("a rebuild of an index made by another mapping").isNotNull();
		assertThat(Files.readString(fingerprint).strip()).isEqualTo(changed.fingerprint());
		assertSearchWorks();
	}

	@Test
	void theSecretariatRebuildsTheIndexAndSeesHowFarItCame() throws Exception {
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		mvc.perform(post("/sekretariat/soegeindeks").with(csrf()).with(user(secretariat)))
			.andExpect(status().is3xxRedirection());
		builds.running().join();
		var html = mvc.perform(get("/sekretariat/soegeindeks").with(user(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var progress = builds.progress();
		assertThat(progress.failed()).isFalse();
		assertThat(progress.done()).isPositive();
		assertThat(org.jsoup.Jsoup.parse(html).selectFirst("#index-status").text())
			.contains(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("da"))
				.format(progress.done()));
		assertSearchWorks();
	}

	private void assertSearchWorks() {
		assertThat(search.search(SearchRequest.of("ladestandere"), Viewer.ANONYMOUS,
				org.springframework.data.domain.PageRequest.of(0, 10)).hits().getTotalElements()).isPositive();
	}
}
