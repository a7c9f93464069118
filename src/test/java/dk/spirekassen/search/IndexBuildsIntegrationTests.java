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
import dk.spirekassen.shared.IndexState;

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
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	ChangesDuringRebuild changes;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	SiteSearch search;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	dk.spirekassen.projects.ProjectManagement projects;

	@Test
	void rebuildsOnStartOnlyAnIndexThatIsMissingOrMadeByAnotherMapping(@TempDir Path directory) throws Exception {
		var state = new IndexState();
		var onDisk = new IndexBuilds(entityManagerFactory, directory, "local-filesystem", true, Clock.systemUTC(),
				changes, state);
		onDisk.rebuildIfStale();
		assertThat(state.whole()).as("whole once rebuilt").isTrue();
		var fingerprint = directory.resolve("mapping.sha256");
		assertThat(fingerprint).as("written after the rebuild of a missing index").exists();
		var first = onDisk.progress();
		assertThat(first.startedAt()).isNotNull();
		assertThat(first.done()).isPositive().isEqualTo(first.total()).isEqualTo(onDisk.entities());
		assertThat(first.percent()).isEqualTo(100);

		var stateAgain = new IndexState();
		var again = new IndexBuilds(entityManagerFactory, directory, "local-filesystem", true, Clock.systemUTC(),
				changes, stateAgain);
		again.rebuildIfStale();
		assertThat(again.progress().startedAt()).as("no rebuild of an index made by this mapping").isNull();
		assertThat(stateAgain.whole()).as("an index made by this mapping is whole at once").isTrue();

		Files.writeString(fingerprint, "made by an older mapping\n");
		var changed = new IndexBuilds(entityManagerFactory, directory, "local-filesystem", true, Clock.systemUTC(),
				changes, new IndexState());
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

	@Test
	void aChangeMadeWhileTheIndexIsRebuiltIsFoundOnceWhenItIsDone() {
		var samples = new dk.spirekassen.RouteTable.Samples(context).projects;
		long id = 0;
		boolean overlapped = false;
		// A rebuild of the demo data takes a few hundred milliseconds: try again if it ended before the change.
		for (int attempt = 0; attempt < 10 && !overlapped; attempt++) {
			builds.running().join();
			var rebuild = builds.start();
			id = projects.propose(new dk.spirekassen.projects.ProjectDetails("Genbrugsværksted i kælder " + attempt,
					"Et værksted for genbrug.", null, dk.spirekassen.projects.Visibility.PUBLIC, samples.organisation,
					null, java.util.Set.of(), java.util.Set.of(), java.util.Set.of()), samples.secretariat);
			overlapped = !rebuild.isDone();
			rebuild.join();
		}
		assertThat(overlapped).as("a change made while a rebuild ran").isTrue();
		var project = id;
		var hits = search.search(SearchRequest.of("genbrugsværksted"), Viewer.ANONYMOUS,
				org.springframework.data.domain.PageRequest.of(0, 50)).hits().getContent();
		assertThat(hits.stream().filter(hit -> hit.id() == project && hit.kind() == dk.spirekassen.shared.SearchKind.PROJECT))
			.hasSize(1);
		var indexed = new org.springframework.transaction.support.TransactionTemplate(transactions)
			.execute(status -> org.hibernate.search.mapper.orm.Search.session(entityManager)
				.search(Object.class)
				.where(f -> f.matchAll())
				.fetchTotalHitCount());
		assertThat(indexed).as("one document per entity").isEqualTo(builds.entities());
	}

	@Test
	void rowsWrittenPastTheEntitiesHaveTheIndexRebuilt() {
		for (var event : java.util.List.of(new dk.spirekassen.shared.RowsWrittenInBulk("test rows", 1),
				new dk.spirekassen.actors.ImportFailed(-1))) {
			builds.running().join();
			var before = builds.progress().startedAt();
			context.publishEvent(event);
			builds.running().join();
			assertThat(builds.progress().startedAt()).as("a rebuild after %s", event).isNotNull().isNotEqualTo(before);
			assertThat(builds.progress().failed()).isFalse();
		}
		assertSearchWorks();
	}

	private void assertSearchWorks() {
		assertThat(search.search(SearchRequest.of("ladestandere"), Viewer.ANONYMOUS,
				org.springframework.data.domain.PageRequest.of(0, 10)).hits().getTotalElements()).isPositive();
	}
}
