package dk.spirekassen.funding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The reviewers assigned to applications, the conflicts they declared and the scores they gave. */
@Component
class Reviews {

	/** A reviewer assigned to an application. */
	record Assignment(long applicationId, long reviewerId, String reviewerName, Instant assignedAt) {
	}

	/** A conflict of interest a reviewer declared. */
	record Declared(long applicationId, long reviewerId, String reason, Instant declaredAt) {
	}

	/** A score with its note. */
	record Scored(long applicationId, long reviewerId, long criterionId, int score, String note) {
	}

	private final JdbcClient jdbc;

	Reviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void assign(long applicationId, long reviewerId, String reviewerName, Instant now) {
		jdbc.sql("""
				insert into seed_assignment (application_id, reviewer_account_id, reviewer_name, assigned_at)
				values (?, ?, ?, ?)""")
			.params(applicationId, reviewerId, reviewerName, Timestamp.from(now))
			.update();
	}

	boolean unassign(long applicationId, long reviewerId) {
		return jdbc.sql("delete from seed_assignment where application_id = ? and reviewer_account_id = ?")
			.params(applicationId, reviewerId)
			.update() > 0;
	}

	List<Assignment> assignments(long applicationId) {
		return jdbc.sql("""
				select application_id, reviewer_account_id, reviewer_name, assigned_at from seed_assignment
				where application_id = ? order by assigned_at, reviewer_name""")
			.param(applicationId)
			.query((rs, row) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** The assignments of every application of a call. */
	List<Assignment> assignmentsOfCall(long callId) {
		return jdbc.sql("""
				select s.application_id, s.reviewer_account_id, s.reviewer_name, s.assigned_at from seed_assignment s
				join seed_application a on a.id = s.application_id where a.call_id = ?""")
			.param(callId)
			.query((rs, row) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** The applications a reviewer is assigned to. */
	List<Long> assignedTo(long reviewerId) {
		return jdbc.sql("select application_id from seed_assignment where reviewer_account_id = ?")
			.param(reviewerId)
			.query(Long.class)
			.list();
	}

	void declare(long applicationId, long reviewerId, String reason, Instant now) {
		jdbc.sql("delete from seed_conflict where application_id = ? and reviewer_account_id = ?")
			.params(applicationId, reviewerId)
			.update();
		jdbc.sql("""
				insert into seed_conflict (application_id, reviewer_account_id, reason, declared_at)
				values (?, ?, ?, ?)""")
			.params(applicationId, reviewerId, reason, Timestamp.from(now))
			.update();
		jdbc.sql("delete from seed_score where application_id = ? and reviewer_account_id = ?")
			.params(applicationId, reviewerId)
			.update();
	}

	List<Declared> declared(long applicationId) {
		return jdbc.sql("""
				select application_id, reviewer_account_id, reason, declared_at from seed_conflict
				where application_id = ?""")
			.param(applicationId)
			.query((rs, row) -> new Declared(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** A reviewer's scores of an application, replacing what they gave before. */
	void score(long applicationId, long reviewerId, Map<Long, Integer> scores, Map<Long, String> notes, Instant now) {
		jdbc.sql("delete from seed_score where application_id = ? and reviewer_account_id = ?")
			.params(applicationId, reviewerId)
			.update();
		scores.forEach((criterion, score) -> jdbc.sql("""
				insert into seed_score (application_id, reviewer_account_id, criterion_id, score, note, scored_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(applicationId, reviewerId, criterion, score, notes.get(criterion), Timestamp.from(now))
			.update());
	}

	/** Every score of every application of a call. */
	List<Scored> scoresOfCall(long callId) {
		return jdbc.sql("""
				select s.application_id, s.reviewer_account_id, s.criterion_id, s.score, s.note from seed_score s
				join seed_application a on a.id = s.application_id where a.call_id = ?""")
			.param(callId)
			.query((rs, row) -> new Scored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
					rs.getString(5)))
			.list();
	}
}
