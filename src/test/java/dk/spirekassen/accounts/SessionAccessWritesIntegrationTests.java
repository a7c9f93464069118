package dk.spirekassen.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import java.time.Duration;
import java.time.Instant;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions in the database get their last access written at most once a minute, so that a signed-in request does
 * not end with an UPDATE each time; what else changes is written at once, and the sessions of a login are still found
 * by its name.
 */
@SpirekassenTest
class SessionAccessWritesIntegrationTests {

	@Autowired
	SessionRepository<? extends Session> repository;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLaterAccessIsWrittenOnlyOnceAMinuteHasPassed() {
		@SuppressWarnings("unchecked")
		var sessions = (SessionRepository<Session>) repository;
		var session = sessions.createSession();
		session.setAttribute("note", "first");
		sessions.save(session);
		long stored = lastAccess(session.getId());

		var again = sessions.findById(session.getId());
		again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(10));
		sessions.save(again);
		assertThat(lastAccess(session.getId())).as("10 s later is not written").isEqualTo(stored);

		var changed = sessions.findById(session.getId());
		changed.setAttribute("note", "second");
		changed.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(20));
		sessions.save(changed);
		assertThat((String) sessions.findById(session.getId()).getAttribute("note")).isEqualTo("second");
		assertThat(lastAccess(session.getId())).isEqualTo(stored);

		var later = sessions.findById(session.getId());
		var minuteOn = Instant.ofEpochMilli(stored).plus(SessionAccessWrites.GRANULARITY);
		later.setLastAccessedTime(minuteOn);
		sessions.save(later);
		assertThat(lastAccess(session.getId())).isEqualTo(minuteOn.toEpochMilli());
		assertThat(sessions.findById(session.getId()).getLastAccessedTime()).isEqualTo(minuteOn);

		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).isNull();
	}

	@Test
	void theSessionsOfALoginAreStillFoundAndEndedByName() {
		@SuppressWarnings("unchecked")
		var sessions = (FindByIndexNameSessionRepository<Session>) repository;
		var session = sessions.createSession();
		var name = "sessioner-" + System.nanoTime() + "@example.dk";
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		sessions.save(session);
		assertThat(sessions.findByPrincipalName(name)).containsOnlyKeys(session.getId());
	}

	private long lastAccess(String id) {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}
}
