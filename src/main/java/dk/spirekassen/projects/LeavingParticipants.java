package dk.spirekassen.projects;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.spirekassen.accounts.AccountLeft;

/**
 * When someone deletes their login, projects forget what names or follows them: the name on the moves they made
 * becomes {@link AccountLeft#FORMER_PARTICIPANT}, and their notifications and follows go. What they contributed
 * (taking part, offers, proposals) stays, and is shown under that name. Runs in the transaction that deletes the
 * login.
 */
@Component
class LeavingParticipants {

	private final JdbcClient jdbc;

	LeavingParticipants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountLeft left) {
		jdbc.sql("update project_transition set actor_name = ? where account_id = ?")
			.params(AccountLeft.FORMER_PARTICIPANT, left.accountId())
			.update();
		jdbc.sql("delete from notification where account_id = ?").param(left.accountId()).update();
		jdbc.sql("delete from project_follower where account_id = ?").param(left.accountId()).update();
	}
}
