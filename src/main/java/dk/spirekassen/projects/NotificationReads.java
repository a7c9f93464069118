package dk.spirekassen.projects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

import dk.spirekassen.projects.ProjectViews.NotificationView;

/**
 * A person's newest notifications as the dashboard shows them, read on every visit: one statement, the values only,
 * without a transaction or the entities.
 */
@Repository
class NotificationReads {

	/** How many notifications the dashboard shows. */
	static final int SHOWN = 20;

	private final JdbcClient jdbc;

	NotificationReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<NotificationView> newest(long accountId) {
		return jdbc.sql("""
				select kind, project_id, subject, created_at, read_at from notification
				where account_id = ? order by created_at desc, id desc fetch first ? rows only""")
			.params(accountId, SHOWN)
			.query((rs, row) -> new NotificationView(NotificationKind.valueOf(rs.getString("kind")),
					rs.getObject("project_id", Long.class), rs.getString("subject"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") == null))
			.list();
	}
}
