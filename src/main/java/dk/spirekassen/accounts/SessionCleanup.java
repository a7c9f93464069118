package dk.spirekassen.accounts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions once a minute, on one node at a time. Spring Session JDBC's own cleanup would run on every
 * node each minute, all deleting the same rows; it is switched off ({@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Component
class SessionCleanup {

	static final String JOB = "session-cleanup";

	private final JdbcIndexedSessionRepository sessions;

	SessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${spirekassen.sessions.cleanup-cron:0 * * * * *}")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
	void deleteExpired() {
		sessions.cleanUpExpiredSessions();
	}
}
