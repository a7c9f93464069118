package dk.spirekassen.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The limits count across nodes on PostgreSQL: two stores made from the same database, as two nodes make them, share
 * their buckets and counts, also when both take at the same moment. On the embedded database they stay in memory.
 */
@SpirekassenTest
class SharedLimitsIntegrationTests {

	@Autowired
	Buckets buckets;

	@Autowired
	Strikes strikes;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLimitsAreInTheDatabaseOnPostgresqlAndInMemoryOnTheEmbeddedDatabase() {
		assertThat(buckets).isInstanceOf(postgres() ? Buckets.InDatabase.class : Buckets.InMemory.class);
		assertThat(strikes).isInstanceOf(postgres() ? Strikes.InDatabase.class : Strikes.InMemory.class);
	}

	@Test
	void anAddressLimitCountsTheTriesMadeOnEveryNode() {
		assumeTrue(postgres(), "PostgreSQL only: the embedded database keeps the limits in memory");
		var nodeA = new AddressLimit(Buckets.inDatabase(dataSource), "test-form", 3);
		var nodeB = new AddressLimit(Buckets.inDatabase(dataSource), "test-form", 3);
		var address = "192.0.2." + Math.floorMod(UUID.randomUUID().hashCode(), 250);
		var other = UUID.randomUUID().toString();

		assertThat(nodeA.tryAcquire(address)).isTrue();
		assertThat(nodeB.tryAcquire(address)).isTrue();
		assertThat(nodeA.tryAcquire(address)).isTrue();
		assertThat(nodeB.tryAcquire(address)).as("the fourth try in a minute, on either node").isFalse();
		assertThat(nodeA.tryAcquire(address)).isFalse();
		assertThat(nodeB.tryAcquire(other)).as("another address has tries of its own").isTrue();
		assertThat(new AddressLimit(Buckets.inDatabase(dataSource), "another-form", 3).tryAcquire(address))
			.as("another form's limit counts apart")
			.isTrue();
	}

	@Test
	void triesOnTwoNodesAtTheSameMomentNeverPassTheLimit() throws Exception {
		assumeTrue(postgres(), "PostgreSQL only");
		var nodes = new Buckets[] { Buckets.inDatabase(dataSource), Buckets.inDatabase(dataSource) };
		var key = UUID.randomUUID().toString();
		var passed = new AtomicInteger();
		var start = new CountDownLatch(1);
		var tries = new ArrayList<Callable<Void>>();
		for (int i = 0; i < 40; i++) {
			var node = nodes[i % 2];
			tries.add(() -> {
				start.await();
				if (new AddressLimit(node, "test-burst", 10).tryAcquire(key)) {
					passed.incrementAndGet();
				}
				return null;
			});
		}
		var pool = Executors.newFixedThreadPool(8);
		try {
			var futures = tries.stream().map(pool::submit).toList();
			start.countDown();
			for (var future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(passed).hasValue(10);
	}

	@Test
	void failedSignInsOnOneNodeSlowDownTheNextTryOnTheOther() throws Exception {
		assumeTrue(postgres(), "PostgreSQL only");
		var nodeA = Strikes.inDatabase(jdbc);
		var nodeB = Strikes.inDatabase(jdbc);
		var key = UUID.randomUUID().toString();
		var at = Instant.parse("2026-12-02T10:00:00Z");

		nodeA.add("test-login", key, at);
		nodeB.add("test-login", key, at.plusSeconds(1));
		assertThat(nodeA.get("test-login", key)).isEqualTo(new Strikes.Count(2, at.plusSeconds(1)));

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		try {
			var futures = new ArrayList<java.util.concurrent.Future<?>>();
			for (int i = 0; i < 40; i++) {
				var node = i % 2 == 0 ? nodeA : nodeB;
				futures.add(pool.submit(() -> {
					start.await();
					node.add("test-login", key, at);
					return null;
				}));
			}
			start.countDown();
			for (var future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(nodeB.get("test-login", key).count()).as("every failure counted once").isEqualTo(42);
		assertThat(nodeB.get("test-login", key).last()).as("the last stays the latest").isEqualTo(at.plusSeconds(1));

		nodeB.clear("test-login", key);
		assertThat(nodeA.get("test-login", key)).isNull();
	}

	@Test
	void housekeepingForgetsOldCountsAndFullBuckets() {
		assumeTrue(postgres(), "PostgreSQL only");
		var store = Strikes.inDatabase(jdbc);
		var old = UUID.randomUUID().toString();
		var recent = UUID.randomUUID().toString();
		var now = Instant.now();
		store.add("test-old", old, now.minus(Duration.ofDays(2)));
		store.add("test-old", recent, now);

		assertThat(store.forgetBefore(now.minus(Strikes.KEPT))).isPositive();
		assertThat(store.get("test-old", old)).isNull();
		assertThat(store.get("test-old", recent)).isNotNull();

		long expired = LimitKeys.of("test-expired", UUID.randomUUID().toString());
		jdbc.sql("insert into rate_limit_bucket (id, state, expires_at, explicit_lock) values (?, ?, 0, ?)")
			.params(expired, new byte[] { 0 }, expired)
			.update();
		assertThat(Buckets.inDatabase(dataSource).removeExpired()).isPositive();
		assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = ?").param(expired).query(Long.class)
			.single()).isZero();
	}

	private static boolean postgres() {
		return System.getProperty("spring.profiles.active", "").contains("postgres");
	}
}
