package dk.spirekassen.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.shared.DanishChain;
import dk.spirekassen.shared.SyncThenNewGeneration;

/**
 * Chooses where the search index lives, by one setting, {@code spirekassen.search.backend}: {@code lucene} (the
 * default), an embedded Lucene index on this node's disk; or {@code elasticsearch}, an index on an Elasticsearch or
 * OpenSearch cluster that every node shares (at {@code spirekassen.search.uris}). The mapping, the queries and the
 * Danish analysis are the same on both; this sets the Hibernate Search properties that differ, so that nothing in
 * {@code application.yml} has to be switched by hand.
 * <p>
 * Both backends are on the class path, so the backend type is always set explicitly (Hibernate Search refuses to
 * guess between two). On Elasticsearch, indexes that are missing are created on start and existing ones are left as
 * they are ({@code create}): the default, {@code create-or-validate}, would stop a node from starting when the
 * mapping changed, whereas here {@link IndexBuilds} notices the change by its fingerprint and recreates the indexes
 * with the new mapping while the node serves.
 * <p>
 * How the nodes share the indexing, {@code spirekassen.search.coordination}: on Elasticsearch, by default, through the
 * database ({@code outbox-polling}, Hibernate Search's outbox): a transaction writes what it changed to an outbox table
 * as it commits, and agents on every node take the events from it and index them, each node a share, so a change made
 * on one node is searchable from all of them within about a second, and none is lost when a node dies before it was
 * indexed. A rebuild pauses the agents of every node, and the events wait in the outbox meanwhile. {@code none} indexes
 * a change in the request that made it, searchable when it answers: the only choice for Lucene, whose index is the
 * node's own, and the one for tests that search what they just wrote.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchBackend implements HibernatePropertiesCustomizer {

	/** The kinds of backend. */
	enum Kind {
		/** An embedded Lucene index per node, under {@code spirekassen.search.directory}. */
		LUCENE,
		/** Elasticsearch or OpenSearch, shared by every node. */
		ELASTICSEARCH
	}

	/** How the nodes share the indexing. */
	enum Coordination {
		/** Each node indexes its own changes as their transaction commits. */
		NONE,
		/** Through an outbox table in the database, which agents on every node index from. */
		OUTBOX_POLLING
	}

	private static final String BACKEND = "hibernate.search.backend.";

	/**
	 * The settings of every index on Elasticsearch besides the analysis: a refresh each half second, so that what the
	 * agents index is searchable from every node within a second (the default, 1 s, and the half second another node
	 * may keep a result, {@code shared.RecentReads}, came to over 2 s).
	 */
	static final String ELASTICSEARCH_SETTINGS = "search/elasticsearch-settings.json";

	private final Kind kind;

	private final String directory;

	private final String uris;

	private final String version;

	private final String username;

	private final String password;

	private final Coordination coordination;

	SearchBackend(@Value("${spirekassen.search.backend:lucene}") String kind,
			@Value("${spirekassen.search.directory:./data/index}") String directory,
			@Value("${spirekassen.search.uris:http://127.0.0.1:9200}") String uris,
			@Value("${spirekassen.search.version:}") String version,
			@Value("${spirekassen.search.username:}") String username,
			@Value("${spirekassen.search.password:}") String password,
			@Value("${spirekassen.search.coordination:}") String coordination) {
		this.kind = Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		this.coordination = coordination.isBlank()
				? (this.kind == Kind.ELASTICSEARCH ? Coordination.OUTBOX_POLLING : Coordination.NONE)
				: Coordination.valueOf(coordination.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		if (this.kind == Kind.LUCENE && this.coordination == Coordination.OUTBOX_POLLING) {
			throw new IllegalStateException("spirekassen.search.coordination=outbox-polling needs a shared index "
					+ "(spirekassen.search.backend=elasticsearch): with Lucene each node has an index of its own, and "
					+ "an event taken from the outbox by one node would be missing from the others' indexes");
		}
		this.directory = directory;
		this.uris = uris;
		this.version = version;
		this.username = username;
		this.password = password;
	}

	/**
	 * Whether the index is shared by every node, so what describes it (the fingerprint of its mapping) must be kept
	 * where every node sees it.
	 */
	boolean shared() {
		return kind == Kind.ELASTICSEARCH;
	}

	/**
	 * Whether the nodes index through the outbox in the database: a change is searchable shortly after its
	 * transaction commits, on every node, and a rebuild pauses the indexing of every node while the outbox keeps what
	 * changes meanwhile.
	 */
	boolean coordinatedThroughOutbox() {
		return coordination == Coordination.OUTBOX_POLLING;
	}

	/**
	 * The word lists that go into the index when it is made, and so take a rebuild when they change. Lucene reads the
	 * query's lists (synonyms) when the node starts; Elasticsearch keeps every list in the index settings, beside the
	 * other settings of {@link #ELASTICSEARCH_SETTINGS}, which also take new indexes when they change.
	 */
	List<String> wordListsInTheIndex() {
		return switch (kind) {
			case LUCENE -> List.of(DanishChain.COMPOUNDS);
			case ELASTICSEARCH -> List.of(DanishChain.COMPOUNDS, DanishChain.SYNONYMS, DanishChain.ACCENTS,
					ELASTICSEARCH_SETTINGS);
		};
	}

	/**
	 * Whether the HTML encoder of highlighted passages is an option of the whole request, which every highlighter
	 * follows, rather than of each highlighter. So it is on Elasticsearch: OpenSearch (and Elasticsearch before 8.14)
	 * refuses it on a field's own highlighter, and applies the request's to every field. On Lucene each highlighter
	 * has its own, and a highlighter without one would leave the text unescaped.
	 */
	boolean encodesHighlightsPerRequest() {
		return kind == Kind.ELASTICSEARCH;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		switch (kind) {
			case LUCENE -> {
				properties.put(BACKEND + "type", "lucene");
				properties.put(BACKEND + "analysis.configurer", "class:" + DanishAnalysis.class.getName());
				properties.put(BACKEND + "lucene_version", "LUCENE_9_12_3");
				properties.put(BACKEND + "directory.root", directory);
			}
			case ELASTICSEARCH -> {
				// application.yml names the embedded default's own settings, for what starts without this (a module's
				// own tests); Elasticsearch has no use for them.
				properties.remove(BACKEND + "lucene_version");
				properties.remove(BACKEND + "directory.root");
				properties.put(BACKEND + "type", "elasticsearch");
				properties.put(BACKEND + "analysis.configurer", "class:" + DanishElasticsearchAnalysis.class.getName());
				properties.put(BACKEND + "uris", uris);
				properties.put(BACKEND + "schema_management.settings_file", ELASTICSEARCH_SETTINGS);
				if (!version.isBlank()) {
					// Hibernate Search then takes the version as given instead of asking the cluster on start.
					properties.put(BACKEND + "version", version);
					properties.put(BACKEND + "version_check.enabled", "false");
				}
				if (!username.isBlank()) {
					properties.put(BACKEND + "username", username);
					properties.put(BACKEND + "password", password);
				}
				properties.put("hibernate.search.schema_management.strategy", "create");
			}
		}
		if (coordination == Coordination.OUTBOX_POLLING) {
			// The tables are Flyway's (V31__search_outbox.sql). The agents index after the commit, so no request waits
			// for the index, and shared.SyncThenNewGeneration, which comes after this, sets no strategy for requests.
			properties.put(SyncThenNewGeneration.COORDINATION, "outbox-polling");
		}
	}
}
