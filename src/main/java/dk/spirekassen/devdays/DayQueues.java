package dk.spirekassen.devdays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * The development days that need the secretariat, for its desk: a day not yet over that is full or has a waitlist
 * (make room, move people up, or tell them), and a day that ended within {@link #EVALUATION_WITHIN} with confirmed
 * participants but without its evaluation survey sent. Counted by one statement that reads only the days not over
 * or lately ended (by their end) and, for each, the registrations index ({@code registration_day_status_idx}).
 */
@Service
public class DayQueues {

	/** How long after a day its evaluation is still worth sending; days ended longer ago are left alone. */
	public static final Duration EVALUATION_WITHIN = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	DayQueues(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How many days need attention: full or with a waitlist while not over, or lately over without evaluation. */
	public long needingAttention() {
		var now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				select count(*) from development_day d
				where d.ends_at > :since and (
				  (d.ends_at > :now and (
				    exists (select 1 from registration r where r.day_id = d.id and r.status = 'WAITLISTED')
				    or (select count(*) from registration r where r.day_id = d.id and r.status = 'CONFIRMED')
				      >= d.capacity))
				  or (d.ends_at <= :now
				    and exists (select 1 from registration r where r.day_id = d.id and r.status = 'CONFIRMED')
				    and not exists (select 1 from evaluation_invite i where i.day_id = d.id)))""")
			.param("now", now)
			.param("since", Timestamp.from(clock.instant().minus(EVALUATION_WITHIN)))
			.query(Long.class)
			.single();
	}
}
