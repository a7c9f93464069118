package dk.spirekassen.search;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.IndexState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fingerprint of an index shared by every node (Elasticsearch, OpenSearch) is kept in the database, and a node
 * that finds another one there creates the index anew and rebuilds it.
 */
@SpirekassenTest
class IndexFingerprintIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	SearchBackend backend;

	@Autowired
	ChangesDuringRebuild changes;

	@Autowired
	IndexBuilds builds;

	@Autowired
	SiteSearch search;

	@Test
	void keepsTheFingerprintOfASharedIndexInTheDatabase() {
		var row = new IndexFingerprint.InDatabase(jdbc, new TransactionTemplate(transactionManager));
		var kept = row.read();
		try {
			row.write("a", Instant.parse("2026-11-29T10:00:00Z"));
			assertThat(row.read()).isEqualTo("a");
			row.write("b", Instant.parse("2026-11-29T11:00:00Z"));
			assertThat(row.read()).isEqualTo("b");
			assertThat(jdbc.sql("select count(*) from search_index_state").query(Long.class).single()).isEqualTo(1);
		}
		finally {
			putBack(row, kept);
		}
	}

	@Test
	void aNodeThatFindsAnotherMappingsFingerprintCreatesTheSharedIndexAnewAndRebuildsIt() {
		assumeTrue(backend.shared(), "only an index on Elasticsearch or OpenSearch is shared by the nodes");
		builds.running().join();
		var row = new IndexFingerprint.InDatabase(jdbc, new TransactionTemplate(transactionManager));
		row.write("made by an older mapping", Instant.now());

		var node = new IndexBuilds(entityManagerFactory, backend, Path.of("unused"), "local-filesystem", true,
				Clock.systemUTC(), changes, new IndexState(), jdbc, transactionManager);
		node.recreateIfStale();
		node.rebuildIfStale();

		assertThat(node.progress().failed()).isFalse();
		assertThat(node.progress().done()).isPositive().isEqualTo(node.entities());
		assertThat(row.read()).isEqualTo(node.fingerprint());
		assertThat(search.search(SearchRequest.of("ladestandere"), Viewer.ANONYMOUS, PageRequest.of(0, 10))
			.hits()
			.getTotalElements()).isPositive();

		var next = new IndexBuilds(entityManagerFactory, backend, Path.of("unused"), "local-filesystem", true,
				Clock.systemUTC(), changes, new IndexState(), jdbc, transactionManager);
		next.recreateIfStale();
		next.rebuildIfStale();
		assertThat(next.progress().startedAt()).as("no rebuild by a node that finds the index fits").isNull();
	}

	@Test
	void aRebuildOfTheSharedIndexIsKnownToEveryNodeByItsRow() {
		var row = new IndexFingerprint.InDatabase(jdbc, new TransactionTemplate(transactionManager));
		var kept = row.read();
		try {
			row.write("a", Instant.now());
			assertThat(row.shared()).isEqualTo(new IndexFingerprint.InDatabase.Shared("a", false));
			assertThat(IndexBuilds.wholeBy(row.shared(), "a")).isTrue();
			assertThat(IndexBuilds.wholeBy(row.shared(), "b")).as("built by another mapping").isFalse();

			row.rebuilding(Instant.now().plus(IndexBuilds.LEASE));
			assertThat(row.shared()).as("a rebuild empties the fingerprint and takes the lease")
				.isEqualTo(new IndexFingerprint.InDatabase.Shared("", true));
			assertThat(IndexBuilds.wholeBy(row.shared(), "a")).isFalse();
			row.rebuilding(Instant.now().plus(IndexBuilds.LEASE).plusSeconds(30));
			assertThat(row.shared().rebuilding()).as("the lease moved ahead").isTrue();

			row.write("a", Instant.now());
			assertThat(row.shared()).as("the rebuild done").isEqualTo(new IndexFingerprint.InDatabase.Shared("a", false));

			row.rebuilding(Instant.now().plus(IndexBuilds.LEASE));
			row.rebuilding(Instant.now().minusSeconds(1));
			assertThat(row.shared()).as("a failed rebuild leaves the index known to be half-built")
				.isEqualTo(new IndexFingerprint.InDatabase.Shared("", false));
			assertThat(IndexBuilds.wholeBy(row.shared(), "a")).isFalse();
		}
		finally {
			putBack(row, kept);
		}
	}

	@Test
	void whileOneNodeRebuildsTheSharedIndexAnotherReadsItsListsFromTheDatabase() {
		assumeTrue(backend.shared(), "only an index on Elasticsearch or OpenSearch is shared by the nodes");
		builds.running().join();
		var rebuilding = new IndexBuilds(entityManagerFactory, backend, Path.of("unused"), "local-filesystem", true,
				Clock.systemUTC(), changes, new IndexState(), jdbc, transactionManager);
		var otherState = new IndexState();
		var other = new IndexBuilds(entityManagerFactory, backend, Path.of("unused"), "local-filesystem", true,
				Clock.systemUTC(), changes, otherState, jdbc, transactionManager);
		other.rebuildIfStale();
		other.watchSharedIndex();
		assertThat(otherState.whole()).as("the index fits: no rebuild, whole").isTrue();

		var done = rebuilding.start();
		other.watchSharedIndex();
		assertThat(otherState.whole()).as("while the first node rebuilds").isFalse();
		assertThat(otherState.answers(null)).as("lists come from the database meanwhile").isFalse();

		var lateState = new IndexState();
		var late = new IndexBuilds(entityManagerFactory, backend, Path.of("unused"), "local-filesystem", true,
				Clock.systemUTC(), changes, lateState, jdbc, transactionManager);
		late.recreateIfStale();
		late.rebuildIfStale();
		assertThat(late.progress().startedAt()).as("a node started meanwhile leaves the rebuild to the first").isNull();

		done.join();
		other.watchSharedIndex();
		late.watchSharedIndex();
		assertThat(otherState.whole()).as("once the rebuild is done").isTrue();
		assertThat(lateState.whole()).isTrue();
		assertThat(rebuilding.progress().done()).isPositive().isEqualTo(rebuilding.entities());
	}

	/** Leaves the row as the test found it: the fingerprint kept before, or no row. */
	private void putBack(IndexFingerprint.InDatabase row, String kept) {
		if (kept != null) {
			row.write(kept, Instant.now());
		}
		else {
			jdbc.sql("delete from search_index_state").update();
		}
	}
}
