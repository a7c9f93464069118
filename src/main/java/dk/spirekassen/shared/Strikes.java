package dk.spirekassen.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts of failures by name and key with the time of the last one, such as failed sign-ins per client address. Kept
 * in memory on one node (the embedded default), or in the database ({@code limit_count}, one row per numeric key,
 * {@link LimitKeys}) so that every node adds to the same count.
 */
public sealed interface Strikes permits Strikes.InMemory, Strikes.InDatabase {

	/** How long a count is kept after its last strike. */
	Duration KEPT = Duration.ofDays(1);

	/** How many so far and when the last was. */
	record Count(int count, Instant last) {
	}

	/** The count of the key in the namespace; null when there is none. */
	Count get(String namespace, String key);

	/** Adds one at the given time. */
	void add(String namespace, String key, Instant at);

	/** Forgets the count of the key. */
	void clear(String namespace, String key);

	/** Forgets every count whose last strike was before the cutoff; how many it forgot (where it can tell). */
	int forgetBefore(Instant cutoff);

	/** Counts in this node's memory: at most 200,000, each forgotten a day after its last strike. */
	static Strikes inMemory() {
		return new InMemory();
	}

	/** Counts in the database (PostgreSQL), shared by every node. */
	static Strikes inDatabase(JdbcClient jdbc) {
		return new InDatabase(jdbc);
	}

	final class InMemory implements Strikes {

		private final Cache<String, Count> counts = Caffeine.newBuilder()
			.maximumSize(200_000)
			.expireAfterWrite(KEPT)
			.build();

		private InMemory() {
		}

		@Override
		public Count get(String namespace, String key) {
			return counts.getIfPresent(key(namespace, key));
		}

		@Override
		public void add(String namespace, String key, Instant at) {
			counts.asMap().merge(key(namespace, key), new Count(1, at),
					(old, one) -> new Count(old.count() == Integer.MAX_VALUE ? old.count() : old.count() + 1, at));
		}

		@Override
		public void clear(String namespace, String key) {
			counts.invalidate(key(namespace, key));
		}

		@Override
		public int forgetBefore(Instant cutoff) {
			int[] forgotten = { 0 };
			counts.asMap().values().removeIf(count -> {
				boolean old = count.last().isBefore(cutoff);
				forgotten[0] += old ? 1 : 0;
				return old;
			});
			return forgotten[0];
		}

		private static String key(String namespace, String key) {
			return namespace + '\n' + LimitKeys.nonNull(key);
		}
	}

	final class InDatabase implements Strikes {

		private final JdbcClient jdbc;

		private InDatabase(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public Count get(String namespace, String key) {
			return jdbc.sql("select hits, last_at from limit_count where id = ?")
				.param(LimitKeys.of(namespace, key))
				.query((rs, row) -> new Count(rs.getInt("hits"), rs.getTimestamp("last_at").toInstant()))
				.optional()
				.orElse(null);
		}

		/** One statement, so two nodes adding at the same moment both count (PostgreSQL's upsert). */
		@Override
		public void add(String namespace, String key, Instant at) {
			jdbc.sql("""
					insert into limit_count (id, hits, last_at) values (?, 1, ?)
					on conflict (id) do update set hits = least(limit_count.hits, 2147483646) + 1,
					    last_at = greatest(limit_count.last_at, excluded.last_at)""")
				.params(LimitKeys.of(namespace, key), Timestamp.from(at))
				.update();
		}

		@Override
		public void clear(String namespace, String key) {
			jdbc.sql("delete from limit_count where id = ?").param(LimitKeys.of(namespace, key)).update();
		}

		@Override
		public int forgetBefore(Instant cutoff) {
			return jdbc.sql("delete from limit_count where last_at < ?").param(Timestamp.from(cutoff)).update();
		}
	}
}
