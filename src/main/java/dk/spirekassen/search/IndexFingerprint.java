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

	/**
	 * Records that a rebuild runs until at most the given time (moved ahead while it works), and that the index is not
	 * whole meanwhile; for an index every node shares. Nothing for a node's own index.
	 */
	default void rebuilding(Instant until) throws IOException {
	}

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
			upsert(fingerprint, builtAt, null);
		}

		/**
		 * Empties the fingerprint (no whole index) and sets the lease; the first call of a rebuild. Later calls only
		 * move the lease ahead, and {@link #write} clears it.
		 */
		@Override
		public void rebuilding(Instant until) {
			transactions.executeWithoutResult(status -> {
				var moved = jdbc.sql("update search_index_state set rebuilding_until = ? where name = ? and fingerprint = ''"
						+ " and rebuilding_until is not null")
					.params(Timestamp.from(until), INDEX)
					.update();
				if (moved == 0) {
					upsert("", Instant.now(), until);
				}
			});
		}

		/** What the nodes know of the shared index: its fingerprint, and whether a rebuild is running now. */
		Shared shared() {
			return jdbc.sql("select fingerprint, rebuilding_until > current_timestamp from search_index_state"
					+ " where name = ?")
				.param(INDEX)
				.query((row, n) -> new Shared(row.getString(1), row.getBoolean(2)))
				.optional()
				.orElse(new Shared(null, false));
		}

		private void upsert(String fingerprint, Instant builtAt, Instant rebuildingUntil) {
			var built = Timestamp.from(builtAt);
			var until = rebuildingUntil == null ? null : Timestamp.from(rebuildingUntil);
			transactions.executeWithoutResult(status -> {
				var updated = jdbc
					.sql("update search_index_state set fingerprint = ?, built_at = ?, rebuilding_until = ?"
							+ " where name = ?")
					.params(fingerprint, built, until, INDEX)
					.update();
				if (updated == 0) {
					jdbc.sql("insert into search_index_state (name, fingerprint, built_at, rebuilding_until)"
							+ " values (?, ?, ?, ?)")
						.params(INDEX, fingerprint, built, until)
						.update();
				}
			});
		}

		/** The shared index's fingerprint (null: none kept, empty: being rebuilt), and whether a rebuild runs. */
		record Shared(String fingerprint, boolean rebuilding) {
		}
	}
}
