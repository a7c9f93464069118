package dk.spirekassen.devdays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.actors.Region;
import dk.spirekassen.shared.Times;

/**
 * The development days held, as the portfolio's funnel begins: how many days, participants (confirmed registrations),
 * ideas captured and project groups formed, on a theme, in a region and in a year (of the day), in one statement.
 */
@Service
public class DayFigures {

	/** What the days held in a cut gave: {@code dayIds} for the projects their groups became. */
	public record Held(int days, long participants, long ideas, long groups, List<Long> dayIds) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	DayFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A day held, for the open data: its title, theme (null if none), region and date, and its confirmed
	 * participants, of them {@code sector} from the housing sector (see {@link ParticipantType#sector()}).
	 */
	public record HeldDay(long id, String title, Long themeId, Region region, LocalDate date, long participants,
			long sector) {

		public long external() {
			return participants - sector;
		}
	}

	/** Every day over by now, oldest first, with its participants counted, in one statement. */
	public List<HeldDay> heldDays() {
		var sectorTypes = java.util.Arrays.stream(ParticipantType.values()).filter(ParticipantType::sector)
			.map(Enum::name).toList();
		return jdbc.sql("""
				select d.id, d.title, d.theme_id, d.region, d.starts_at,
				    (select count(*) from registration r where r.day_id = d.id and r.status = 'CONFIRMED') participants,
				    (select count(*) from registration r where r.day_id = d.id and r.status = 'CONFIRMED'
				        and r.participant_type in (:sector)) sector
				from development_day d where d.ends_at <= :now order by d.starts_at, d.id""")
			.param("sector", sectorTypes)
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new HeldDay(rs.getLong("id"), rs.getString("title"),
					rs.getObject("theme_id", Long.class), Region.valueOf(rs.getString("region")),
					rs.getTimestamp("starts_at").toInstant().atZone(Times.DANISH_TIME).toLocalDate(),
					rs.getLong("participants"), rs.getLong("sector")))
			.list();
	}

	/** The days over by now on the theme, in the region and the year ({@code null} for any). */
	public Held held(Long themeId, Region region, Integer year) {
		var sql = new StringBuilder("""
				select d.id,
				    (select count(*) from registration r where r.day_id = d.id and r.status = 'CONFIRMED') participants,
				    (select count(*) from day_idea i where i.day_id = d.id) ideas,
				    (select count(*) from day_group g where g.day_id = d.id) groups_formed
				from development_day d where d.ends_at <= ?""");
		var params = new ArrayList<Object>();
		params.add(Timestamp.from(clock.instant()));
		if (themeId != null) {
			sql.append(" and d.theme_id = ?");
			params.add(themeId);
		}
		if (region != null) {
			sql.append(" and d.region = ?");
			params.add(region.name());
		}
		if (year != null) {
			var first = LocalDate.of(year, 1, 1).atStartOfDay(Times.DANISH_TIME);
			sql.append(" and d.starts_at >= ? and d.starts_at < ?");
			params.add(Timestamp.from(first.toInstant()));
			params.add(Timestamp.from(first.plusYears(1).toInstant()));
		}
		var ids = new ArrayList<Long>();
		long[] sums = new long[3];
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			ids.add(rs.getLong("id"));
			sums[0] += rs.getLong("participants");
			sums[1] += rs.getLong("ideas");
			sums[2] += rs.getLong("groups_formed");
		});
		return new Held(ids.size(), sums[0], sums[1], sums[2], List.copyOf(ids));
	}
}
