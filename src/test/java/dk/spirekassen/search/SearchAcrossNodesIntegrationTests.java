package dk.spirekassen.search;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenApplication;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes on one database and one Elasticsearch/OpenSearch cluster, indexing through the outbox
 * ({@code spirekassen.search.coordination=outbox-polling}, the default there): what one node changes is found by search
 * on the other within 2 seconds, both ways, and the outbox is empty once it is indexed. Two whole applications in
 * this JVM, as two nodes are, each with its own agents; with mvn -Popensearch (ops/opensearch.sh) only, as the outbox
 * needs an index that the nodes share.
 */
class SearchAcrossNodesIntegrationTests {

	/** The bound: a change made on one node is searchable on another within this. */
	private static final Duration WITHIN = Duration.ofSeconds(2);

	@Test
	void aChangeOnOneNodeIsFoundOnTheOtherWithinTwoSeconds() {
		assumeTrue("elasticsearch".equals(System.getProperty("spirekassen.search.backend")),
				"Only on a shared index: mvn -Popensearch, with OpenSearch started by ops/opensearch.sh");
		try (var a = node(); var b = node()) {
			assertThat(a.getBean(SearchBackend.class).coordinatedThroughOutbox()).isTrue();
			a.getBean(IndexBuilds.class).running().join();
			b.getBean(IndexBuilds.class).running().join();
			ProjectSamples samples = new Samples(a).projects;

			var id = a.getBean(ProjectManagement.class)
				.propose(new ProjectDetails("Fuglekasser på gavlene", "Mursejlere og stære på blok 4.", null,
						Visibility.PUBLIC, samples.organisation, null, Set.of(), Set.of(), Set.of()),
						samples.secretariat);
			await().atMost(WITHIN).pollInterval(Duration.ofMillis(50))
				.until(() -> ids(b, "fuglekasser").contains(id));
			// Both nodes take part: each agent has a share of the events.
			assertThat(a.getBean(JdbcClient.class)
				.sql("select assigned_shard_index from hsearch_agent"
						+ " where state = 'RUNNING' and expiration > current_timestamp")
				.query(Integer.class)
				.list()).containsExactlyInAnyOrder(0, 1);

			b.getBean(ProjectManagement.class)
				.update(id, new ProjectDetails("Insekthoteller på gavlene", "Vilde bier på blok 4.", null,
						Visibility.PUBLIC, samples.organisation, null, Set.of(), Set.of(), Set.of()),
						samples.secretariat);
			await().atMost(WITHIN).pollInterval(Duration.ofMillis(50))
				.until(() -> ids(a, "insekthoteller").contains(id) && !ids(a, "fuglekasser").contains(id));

			var jdbc = a.getBean(JdbcClient.class);
			await().atMost(WITHIN).until(() -> jdbc.sql("select count(*) from hsearch_outbox_event")
				.query(Long.class)
				.single() == 0);
		}
	}

	/** A node of its own: the test's profiles and database, any free port, indexing through the outbox. */
	private static ConfigurableApplicationContext node() {
		// As arguments, which come before the system properties the test run sets (coordination none for the others).
		return new SpringApplicationBuilder(SpirekassenApplication.class)
			.run("--server.port=0", "--spring.jmx.enabled=false", "--spirekassen.search.coordination=outbox-polling");
	}

	private static List<Long> ids(ConfigurableApplicationContext node, String words) {
		return node.getBean(SiteSearch.class)
			.search(new SearchRequest(words, SearchKind.PROJECT, null, null, null, null, null, null, null),
					Viewer.ANONYMOUS, PageRequest.of(0, 50))
			.hits()
			.stream()
			.map(Hit::id)
			.toList();
	}
}
