package dk.spirekassen.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * Token buckets by name and key, such as the tries of one client address at a public form. Kept in memory on one node
 * (the embedded default), or in the database so that every node counts against the same bucket: Bucket4j's
 * PostgreSQL proxy manager, one row per bucket in {@code rate_limit_bucket}, changed under a transaction-level
 * advisory lock on the row's numeric key ({@link LimitKeys}).
 */
public sealed interface Buckets permits Buckets.InMemory, Buckets.InDatabase {

	/**
	 * Takes tokens from the bucket of the key in the namespace, made with the configuration the first time; false
	 * (and takes none) when it holds fewer. Every bucket of a namespace must have the same configuration.
	 */
	boolean tryConsume(String namespace, String key, long tokens, Supplier<BucketConfiguration> configuration);

	/** Removes buckets that have refilled completely and not been used since; how many it removed. */
	int removeExpired();

	/** Buckets in this node's memory: at most 200,000, each forgotten two hours after its last use. */
	static Buckets inMemory() {
		return new InMemory();
	}

	/** Buckets in the database (PostgreSQL), shared by every node. */
	static Buckets inDatabase(DataSource dataSource) {
		return new InDatabase(dataSource);
	}

	final class InMemory implements Buckets {

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(200_000)
			.expireAfterAccess(Duration.ofHours(2))
			.build();

		private InMemory() {
		}

		@Override
		public boolean tryConsume(String namespace, String key, long tokens,
				Supplier<BucketConfiguration> configuration) {
			return buckets
				.get(namespace + '\n' + LimitKeys.nonNull(key), k -> local(configuration.get()))
				.tryConsume(tokens);
		}

		private static Bucket local(BucketConfiguration configuration) {
			var builder = Bucket.builder();
			for (var bandwidth : configuration.getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			return builder.build();
		}

		@Override
		public int removeExpired() {
			long before = buckets.estimatedSize();
			buckets.cleanUp();
			return (int) Math.max(0, before - buckets.estimatedSize());
		}
	}

	final class InDatabase implements Buckets {

		/** How many expired rows one delete removes at most. */
		private static final int BATCH = 1_000;

		private final PostgreSQLadvisoryLockBasedProxyManager<Long> proxies;

		private InDatabase(DataSource dataSource) {
			this.proxies = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
				.table("rate_limit_bucket")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.lockColumn("explicit_lock")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
						Duration.ofMinutes(1)))
				.build();
		}

		@Override
		public boolean tryConsume(String namespace, String key, long tokens,
				Supplier<BucketConfiguration> configuration) {
			return proxies.builder().build(LimitKeys.of(namespace, key), configuration).tryConsume(tokens);
		}

		@Override
		public int removeExpired() {
			int removed = 0;
			for (int batch = proxies.removeExpired(BATCH); batch > 0; batch = proxies.removeExpired(BATCH)) {
				removed += batch;
			}
			return removed;
		}
	}
}
