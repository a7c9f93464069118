package dk.spirekassen.projects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Who follows (or, for an idea, supports) which project: the {@code project_follower} table, a pair of ids and a
 * time, kept behind this one repository.
 */
@Repository
class Followers {

	private final JdbcClient jdbc;

	Followers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts following; following twice is following once. */
	void follow(long projectId, long accountId, Instant at) {
		unfollow(projectId, accountId);
		jdbc.sql("insert into project_follower (project_id, account_id, followed_at) values (?, ?, ?)")
			.params(projectId, accountId, Timestamp.from(at))
			.update();
	}

	void unfollow(long projectId, long accountId) {
		jdbc.sql("delete from project_follower where project_id = ? and account_id = ?")
			.params(projectId, accountId)
			.update();
	}

	long count(long projectId) {
		return jdbc.sql("select count(*) from project_follower where project_id = ?")
			.param(projectId)
			.query(Long.class)
			.single();
	}

	boolean follows(long projectId, long accountId) {
		return jdbc.sql("select count(*) from project_follower where project_id = ? and account_id = ?")
			.params(projectId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	List<Long> projectsFollowedBy(long accountId) {
		return jdbc.sql("select project_id from project_follower where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.list();
	}

	List<Long> followersOf(long projectId) {
		return jdbc.sql("select account_id from project_follower where project_id = ?")
			.param(projectId)
			.query(Long.class)
			.list();
	}
}
