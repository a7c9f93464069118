package dk.spirekassen.funding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Every step of the seed fund, in the order taken: who did what to which call or application, and when. */
@Component
class AuditLog {

	/** One step. */
	record Entry(long id, long callId, Long applicationId, String actorName, AuditAction action, String detail,
			Instant at) {
	}

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long callId, Long applicationId, String actorName, AuditAction action, String detail, Instant at) {
		jdbc.sql("""
				insert into seed_audit (id, call_id, application_id, actor_name, action, detail, at)
				values (nextval('seed_audit_seq'), ?, ?, ?, ?, ?, ?)""")
			.params(callId, applicationId, actorName, action.name(), detail, Timestamp.from(at))
			.update();
	}

	List<Entry> ofApplication(long applicationId) {
		return jdbc.sql(SELECT + " where application_id = ? order by at, id")
			.param(applicationId)
			.query((rs, row) -> entry(rs))
			.list();
	}

	List<Entry> ofCall(long callId) {
		return jdbc.sql(SELECT + " where call_id = ? order by at, id")
			.param(callId)
			.query((rs, row) -> entry(rs))
			.list();
	}

	private static final String SELECT = "select id, call_id, application_id, actor_name, action, detail, at"
			+ " from seed_audit";

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Entry(rs.getLong("id"), rs.getLong("call_id"), rs.getObject("application_id", Long.class),
				rs.getString("actor_name"), AuditAction.valueOf(rs.getString("action")), rs.getString("detail"),
				rs.getTimestamp("at").toInstant());
	}
}
