package dk.spirekassen.funding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** A grant's payouts: tranches tied to milestones, each with its due date and, once paid, the day it was paid. */
@Component
class Payouts {

	/** One tranche. */
	record Payout(long id, long applicationId, String milestone, long amount, LocalDate dueOn, LocalDate paidOn) {
	}

	private final JdbcClient jdbc;

	Payouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long plan(long applicationId, String milestone, long amount, LocalDate dueOn) {
		long id = jdbc.sql("select nextval('seed_payout_seq')").query(Long.class).single();
		jdbc.sql("insert into seed_payout (id, application_id, milestone, amount, due_on) values (?, ?, ?, ?, ?)")
			.params(id, applicationId, milestone, amount, Date.valueOf(dueOn))
			.update();
		return id;
	}

	boolean markPaid(long applicationId, long payoutId, LocalDate on) {
		return jdbc.sql("update seed_payout set paid_on = ? where id = ? and application_id = ? and paid_on is null")
			.params(Date.valueOf(on), payoutId, applicationId)
			.update() > 0;
	}

	List<Payout> of(long applicationId) {
		return jdbc.sql("""
				select id, application_id, milestone, amount, due_on, paid_on from seed_payout
				where application_id = ? order by due_on, id""")
			.param(applicationId)
			.query((rs, row) -> new Payout(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
			.list();
	}
}
