package dk.spirekassen.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.shared.DanishChain;

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
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

	/** The kinds of backend. */
	enum Kind {
		/** An embedded Lucene index per node, under {@code spirekassen.search.directory}. */
		LUCENE,
		/** Elasticsearch or OpenSearch, shared by every node. */
		ELASTICSEARCH
	}

	private static final String BACKEND = "hibernate.search.backend.";

	private final Kind kind;

	private final String directory;

	private final String uris;

	private final String version;

	private final String username;

	private final String password;

	SearchBackend(@Value("${spirekassen.search.backend:lucene}") String kind,
			@Value("${spirekassen.search.directory:./data/index}") String directory,
			@Value("${spirekassen.search.uris:http://127.0.0.1:9200}") String uris,
			@Value("${spirekassen.search.version:}") String version,
			@Value("${spirekassen.search.username:}") String username,
			@Value("${spirekassen.search.password:}") String password) {
		this.kind = Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
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
	 * The word lists that go into the index when it is made, and so take a rebuild when they change. Lucene reads the
	 * query's lists (synonyms) when the node starts; Elasticsearch keeps every list in the index settings.
	 */
	List<String> wordListsInTheIndex() {
		return switch (kind) {
			case LUCENE -> List.of(DanishChain.COMPOUNDS);
			case ELASTICSEARCH -> List.of(DanishChain.COMPOUNDS, DanishChain.SYNONYMS, DanishChain.ACCENTS);
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
	}
}
