package dk.spirekassen.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Where {@link IndexBuilds} keeps the fingerprint of the mapping an index was built by: with the index, so that
 * whoever finds the index finds its fingerprint too, and a missing fingerprint means a missing index.
 */
interface IndexFingerprint {

	/** The fingerprint the index was built by, or null when none is kept (no index yet). */
	String read() throws IOException;

	/** Records that the index was just built, at the given time, by the mapping of this fingerprint. */
	void write(String fingerprint, Instant builtAt) throws IOException;

	/** In a file in the directory of an embedded Lucene index: one index, and one file, per node. */
	record BesideIndex(Path directory) implements IndexFingerprint {

		private static final String NAME = "mapping.sha256";

		@Override
		public String read() throws IOException {
			var file = directory.resolve(NAME);
			return Files.exists(file) ? Files.readString(file).strip() : null;
		}

		@Override
		public void write(String fingerprint, Instant builtAt) throws IOException {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve(NAME), fingerprint + "\n");
		}
	}

	/**
	 * In a row of the database ({@code search_index_state}), for an index on Elasticsearch or OpenSearch: the index
	 * is shared by every node, so its fingerprint must be too. A node that finds another fingerprint rebuilds the
	 * index and writes its own; the nodes started after it find it fits.
	 */
	record InDatabase(JdbcClient jdbc, TransactionTemplate transactions) implements IndexFingerprint {

		private static final String INDEX = "site-search";

		@Override
		public String read() {
			return jdbc.sql("select fingerprint from search_index_state where name = ?")
				.param(INDEX)
				.query(String.class)
				.optional()
				.orElse(null);
		}

		@Override
		public void write(String fingerprint, Instant builtAt) {
			var now = Timestamp.from(builtAt);
			transactions.executeWithoutResult(status -> {
				var updated = jdbc.sql("update search_index_state set fingerprint = ?, built_at = ? where name = ?")
					.params(fingerprint, now, INDEX)
					.update();
				if (updated == 0) {
					jdbc.sql("insert into search_index_state (name, fingerprint, built_at) values (?, ?, ?)")
						.params(INDEX, fingerprint, now)
						.update();
				}
			});
		}
	}
}
