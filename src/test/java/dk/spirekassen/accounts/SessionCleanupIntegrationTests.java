package dk.spirekassen.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.UUID;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired sessions are deleted by one job that runs on one node at a time; Spring Session's own cleanup, which every
 * node would run, is off.
 */
@SpirekassenTest
class SessionCleanupIntegrationTests {

	@Autowired
	SessionCleanup cleanup;

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theJobDeletesExpiredSessionsAndKeepsLiveOnes() {
		long now = System.currentTimeMillis();
		var expired = session(now - 3_600_000, now - 1_000);
		var live = session(now, now + 1_800_000);

		// The job itself, past its lock: a scheduled run may hold the lock at this moment.
		SessionCleanup job = AopTestUtils.getUltimateTargetObject(cleanup);
		job.deleteExpired();

		assertThat(exists(expired)).as("the expired session").isFalse();
		assertThat(exists(live)).as("the live session").isTrue();
		jdbc.sql("delete from spring_session where primary_id = ?").param(live).update();
	}

	@Test
	void theJobRunsOnOneNodeAtATimeAndAtMostOnceInTenSeconds() {
		cleanup.deleteExpired();
		long now = System.currentTimeMillis();
		var expired = session(now - 3_600_000, now - 1_000);

		// Another node's scheduler firing a moment later finds the lock taken (by the run above or a scheduled one).
		cleanup.deleteExpired();

		assertThat(exists(expired)).as("deleted by a second run within the lock").isTrue();
		jdbc.sql("delete from spring_session where primary_id = ?").param(expired).update();
	}

	@Test
	void springSessionsOwnCleanupOnEveryNodeIsOff() {
		JdbcIndexedSessionRepository target = AopTestUtils.getUltimateTargetObject(repository);
		assertThat(ReflectionTestUtils.getField(target, "cleanupCron")).isEqualTo("-");
	}

	private String session(long lastAccess, long expiry) {
		var id = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				    max_inactive_interval, expiry_time) values (?, ?, ?, ?, 1800, ?)""")
			.params(id, UUID.randomUUID().toString(), lastAccess, lastAccess, expiry)
			.update();
		return id;
	}

	private boolean exists(String id) {
		return jdbc.sql("select count(*) from spring_session where primary_id = ?").param(id).query(Long.class)
			.single() > 0;
	}
}
