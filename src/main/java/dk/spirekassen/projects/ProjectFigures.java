package dk.spirekassen.projects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.actors.Region;

/**
 * The figures of many projects at once, for the portfolio: every indicator with its latest measurement, and every
 * funding line, of the projects an audience may see within a cut (theme, region, stage, year begun). Plain rows in
 * two statements each, however many projects there are; what they add up to is the portfolio's business.
 */
@Service
public class ProjectFigures {

	/**
	 * Whom the figures are for: everyone (public projects), or the members (public and members' projects). Projects
	 * only their participants see are counted in neither.
	 */
	public enum Audience {
		PUBLIC, MEMBERS;

		public static Audience of(Viewer viewer) {
			return viewer.member() || viewer.secretariat() ? MEMBERS : PUBLIC;
		}

		List<String> visibilities() {
			return this == PUBLIC ? List.of(Visibility.PUBLIC.name())
					: List.of(Visibility.PUBLIC.name(), Visibility.MEMBERS.name());
		}
	}

	/** Which projects: on a theme, in a region, in a stage, begun (created) in a year; {@code null} for any. */
	public record Cut(Long themeId, Region region, Stage stage, Integer year) {

		public static final Cut ALL = new Cut(null, null, null, null);
	}

	/** A project as the cuts see it. */
	public record ProjectFigure(long id, Stage stage, LocalDate begun) {
	}

	/**
	 * An indicator of a project: its catalogue definition (null for the project's own), unit, baseline and target,
	 * and its latest measurement (null values when it has none).
	 */
	public record IndicatorFigure(long indicatorId, long projectId, BottomLine bottomLine, String definitionCode, String unit,
			BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, BigDecimal latest,
			LocalDate latestOn) {

		public boolean measured() {
			return latest != null;
		}

		/** The change measured so far, from the baseline towards the target (negative when it moved away). */
		public BigDecimal achieved() {
			return latest == null ? BigDecimal.ZERO
					: target.compareTo(baseline) >= 0 ? latest.subtract(baseline) : baseline.subtract(latest);
		}

		/** The change the target asks for. */
		public BigDecimal targeted() {
			return target.subtract(baseline).abs();
		}

		/**
		 * Whether it is on track: measured, and at least as far from baseline towards target as the time passed
		 * between the baseline and the target date says it should be by its latest measurement (or there already).
		 */
		public boolean onTrack() {
			if (latest == null) {
				return false;
			}
			var targeted = targeted();
			if (targeted.signum() == 0) {
				return achieved().signum() >= 0;
			}
			double progress = achieved().doubleValue() / targeted.doubleValue();
			if (progress >= 1) {
				return true;
			}
			long span = targetDate.toEpochDay() - baselineDate.toEpochDay();
			double due = span <= 0 ? 1
					: Math.min(1, Math.max(0, (latestOn.toEpochDay() - baselineDate.toEpochDay()) / (double) span));
			return progress >= due;
		}

		/**
		 * The indicator as it stood at the end of {@code day}: its latest measurement of those taken by then, or
		 * none. {@code history}: its measurements, oldest first.
		 */
		public IndicatorFigure asOf(LocalDate day, List<Measured> history) {
			Measured last = null;
			for (var measured : history) {
				if (measured.on().isAfter(day)) {
					break;
				}
				last = measured;
			}
			return new IndicatorFigure(indicatorId, projectId, bottomLine, definitionCode, unit, baseline,
					baselineDate, target, targetDate, last == null ? null : last.value(), last == null ? null
							: last.on());
		}

		/**
		 * The change the target asks for by the end of {@code day}, if the indicator moves evenly from its baseline
		 * to its target over the time between their dates: all of it from the target date on.
		 */
		public BigDecimal dueBy(LocalDate day) {
			long span = targetDate.toEpochDay() - baselineDate.toEpochDay();
			double share = span <= 0 ? 1
					: Math.min(1, Math.max(0, (day.toEpochDay() - baselineDate.toEpochDay()) / (double) span));
			return targeted().multiply(BigDecimal.valueOf(share)).setScale(1, java.math.RoundingMode.HALF_UP);
		}
	}

	/** A measurement of an indicator: the day it was taken and the value. */
	public record Measured(LocalDate on, BigDecimal value) {
	}

	/**
	 * Money for a project from a funder: a foundation in the directory ({@code funderPartnerId}) or one named, and
	 * the kind of funder it is.
	 */
	public record FundingFigure(long projectId, Long funderPartnerId, String funderName, FunderKind funderKind,
			FundingStatus status, long amount) {
	}

	private final JdbcClient jdbc;

	ProjectFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The projects of the cut the audience may see. */
	public List<ProjectFigure> projects(Audience audience, Cut cut) {
		var where = where(audience, cut);
		return jdbc.sql("select p.id, p.stage, p.created_at from project p where " + where.sql())
			.params(where.params())
			.query((rs, row) -> new ProjectFigure(rs.getLong("id"), Stage.valueOf(rs.getString("stage")),
					rs.getTimestamp("created_at").toInstant().atZone(dk.spirekassen.shared.Times.DANISH_TIME)
						.toLocalDate()))
			.list();
	}

	/** Every indicator of the projects of the cut the audience may see, with its latest measurement. */
	public List<IndicatorFigure> indicators(Audience audience, Cut cut) {
		var where = where(audience, cut);
		return jdbc.sql("""
				select i.id, i.project_id, i.bottom_line, i.definition_code, i.unit, i.baseline_value, i.baseline_date,
				    i.target_value, i.target_date, m.measured, m.measured_on
				from indicator i join project p on p.id = i.project_id
				left join measurement m on m.id = (select m2.id from measurement m2 where m2.indicator_id = i.id
				    order by m2.measured_on desc, m2.id desc fetch first 1 rows only)
				where\s""" + where.sql())
			.params(where.params())
			.query((rs, row) -> new IndicatorFigure(rs.getLong("id"), rs.getLong("project_id"),
					BottomLine.valueOf(rs.getString("bottom_line")), rs.getString("definition_code"),
					rs.getString("unit"), rs.getBigDecimal("baseline_value"), date(rs.getDate("baseline_date")),
					rs.getBigDecimal("target_value"), date(rs.getDate("target_date")), rs.getBigDecimal("measured"),
					date(rs.getDate("measured_on"))))
			.list();
	}

	/**
	 * Every measurement of the indicators of the projects of the cut the audience may see, by indicator, oldest
	 * first: the history the portfolio's trend is drawn from.
	 */
	public Map<Long, List<Measured>> measurements(Audience audience, Cut cut) {
		var where = where(audience, cut);
		var history = new HashMap<Long, List<Measured>>();
		jdbc.sql("""
				select m.indicator_id, m.measured_on, m.measured
				from measurement m join indicator i on i.id = m.indicator_id join project p on p.id = i.project_id
				where\s""" + where.sql() + " order by m.indicator_id, m.measured_on, m.id")
			.params(where.params())
			.query(rs -> {
				history.computeIfAbsent(rs.getLong("indicator_id"), id -> new ArrayList<>())
					.add(new Measured(rs.getDate("measured_on").toLocalDate(), rs.getBigDecimal("measured")));
			});
		return history;
	}

	/** Every funding line of the projects of the cut the audience may see. */
	public List<FundingFigure> funding(Audience audience, Cut cut) {
		var where = where(audience, cut);
		return jdbc.sql("""
				select f.project_id, f.funder_partner_id, f.funder_name, f.funder_kind, f.status, f.amount
				from funding_line f join project p on p.id = f.project_id
				where\s""" + where.sql())
			.params(where.params())
			.query((rs, row) -> {
				var partnerId = rs.getObject("funder_partner_id", Long.class);
				var name = rs.getString("funder_name");
				var kind = rs.getString("funder_kind");
				return new FundingFigure(rs.getLong("project_id"), partnerId, name,
						kind == null ? FunderKind.guess(partnerId, name) : FunderKind.valueOf(kind),
						FundingStatus.valueOf(rs.getString("status")), rs.getLong("amount"));
			})
			.list();
	}

	/**
	 * How many projects the project groups of the given development days became, by the stage they are in now; of
	 * those the audience may see.
	 */
	public Map<Stage, Long> fromDays(Audience audience, List<Long> dayIds) {
		var counts = new EnumMap<Stage, Long>(Stage.class);
		for (int from = 0; from < dayIds.size(); from += CHUNK) {
			var chunk = dayIds.subList(from, Math.min(dayIds.size(), from + CHUNK));
			jdbc.sql("""
					select stage, count(*) projects from project
					where origin_group_id is not null and origin_day_id in (:days) and visibility in (:visibilities)
					group by stage""")
				.param("days", chunk)
				.param("visibilities", audience.visibilities())
				.query(rs -> {
					counts.merge(Stage.valueOf(rs.getString("stage")), rs.getLong("projects"), Long::sum);
				});
		}
		return counts;
	}

	/**
	 * A public project as the open data names it: title, summary, owner organisation (null if none yet), the regions
	 * of its municipalities, and the day it was begun.
	 */
	public record PublicProject(long id, String title, String summary, Long ownerOrganisationId, Set<Region> regions,
			LocalDate begun) {
	}

	/** The public ones of the given projects, by id; the others are left out. */
	public Map<Long, PublicProject> publicProjects(Collection<Long> ids) {
		var found = new LinkedHashMap<Long, PublicProject>();
		var list = List.copyOf(ids);
		for (int from = 0; from < list.size(); from += CHUNK) {
			var chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
			jdbc.sql("""
					select p.id, p.title, p.summary, p.owner_organisation_id, p.created_at from project p
					where p.visibility = 'PUBLIC' and p.id in (:ids)""")
				.param("ids", chunk)
				.query(rs -> {
					long id = rs.getLong("id");
					found.put(id, new PublicProject(id, rs.getString("title"), rs.getString("summary"),
							rs.getObject("owner_organisation_id", Long.class), new TreeSet<>(),
							rs.getTimestamp("created_at").toInstant().atZone(dk.spirekassen.shared.Times.DANISH_TIME)
								.toLocalDate()));
				});
			if (!chunk.isEmpty()) {
				jdbc.sql("""
						select distinct pm.project_id, mu.region from project_municipality pm
						join municipality mu on mu.code = pm.municipality_code where pm.project_id in (:ids)""")
					.param("ids", chunk)
					.query(rs -> {
						var project = found.get(rs.getLong("project_id"));
						if (project != null && rs.getString("region") != null) {
							project.regions().add(Region.valueOf(rs.getString("region")));
						}
					});
			}
		}
		return found;
	}

	/**
	 * An indicator of a public project in one period (a calendar year), for the open data: the project, the
	 * indicator's name, bottom line, catalogue definition (null for the project's own), unit, baseline and target, and
	 * the actual value, the last measurement taken in the period. An indicator never measured has one row without a
	 * period.
	 */
	public record PublicResult(long projectId, String projectTitle, long indicatorId, String name,
			BottomLine bottomLine, String definitionCode, String unit, BigDecimal baseline, LocalDate baselineDate,
			BigDecimal target, LocalDate targetDate, Integer period, BigDecimal actual, LocalDate actualOn) {
	}

	/** Every indicator of every public project per period it was measured in, by project, indicator and period. */
	public List<PublicResult> publicResults() {
		var results = new ArrayList<PublicResult>();
		jdbc.sql("""
				select p.id project_id, p.title, i.id indicator_id, i.name, i.bottom_line, i.definition_code, i.unit,
				    i.baseline_value, i.baseline_date, i.target_value, i.target_date, m.measured, m.measured_on
				from indicator i join project p on p.id = i.project_id
				left join measurement m on m.indicator_id = i.id
				where p.visibility = 'PUBLIC' order by p.id, i.id, m.measured_on, m.id""")
			.query(rs -> {
				var on = date(rs.getDate("measured_on"));
				var result = new PublicResult(rs.getLong("project_id"), rs.getString("title"),
						rs.getLong("indicator_id"), rs.getString("name"),
						BottomLine.valueOf(rs.getString("bottom_line")), rs.getString("definition_code"),
						rs.getString("unit"), rs.getBigDecimal("baseline_value"), date(rs.getDate("baseline_date")),
						rs.getBigDecimal("target_value"), date(rs.getDate("target_date")),
						on == null ? null : on.getYear(), rs.getBigDecimal("measured"), on);
				var last = results.isEmpty() ? null : results.get(results.size() - 1);
				// A later measurement of the same period replaces the earlier one.
				if (last != null && last.indicatorId() == result.indicatorId()
						&& java.util.Objects.equals(last.period(), result.period())) {
					results.set(results.size() - 1, result);
				}
				else {
					results.add(result);
				}
			});
		return results;
	}

	/**
	 * A granted funding line of a public project from a funder other than the seed fund (whose grants the fund
	 * publishes itself), decided on a known day: the funder in the directory ({@code funderPartnerId}) or named.
	 */
	public record PublicGrantLine(long id, long projectId, Long funderPartnerId, String funderName, long amount,
			LocalDate decidedOn) {
	}

	/** Every granted funding line of a public project with a decision date, not from the seed fund, oldest first. */
	public List<PublicGrantLine> publicGrantLines() {
		return jdbc.sql("""
				select f.id, f.project_id, f.funder_partner_id, f.funder_name, f.amount, f.decided_on
				from funding_line f join project p on p.id = f.project_id
				where p.visibility = 'PUBLIC' and f.status = 'GRANTED' and f.seed_application_id is null
				    and f.decided_on is not null
				order by f.decided_on, f.id""")
			.query((rs, row) -> new PublicGrantLine(rs.getLong("id"), rs.getLong("project_id"),
					rs.getObject("funder_partner_id", Long.class), rs.getString("funder_name"), rs.getLong("amount"),
					date(rs.getDate("decided_on"))))
			.list();
	}

	/** Ids in one statement at most. */
	private static final int CHUNK = 1_000;

	private record Where(String sql, List<Object> params) {
	}

	private static Where where(Audience audience, Cut cut) {
		var sql = new StringBuilder("p.visibility in (");
		var params = new ArrayList<Object>();
		var visibilities = audience.visibilities();
		for (int i = 0; i < visibilities.size(); i++) {
			sql.append(i == 0 ? "?" : ", ?");
			params.add(visibilities.get(i));
		}
		sql.append(")");
		if (cut.themeId() != null) {
			sql.append(" and exists (select 1 from project_theme pt where pt.project_id = p.id and pt.theme_id = ?)");
			params.add(cut.themeId());
		}
		if (cut.region() != null) {
			sql.append(" and exists (select 1 from project_municipality pm join municipality mu"
					+ " on mu.code = pm.municipality_code where pm.project_id = p.id and mu.region = ?)");
			params.add(cut.region().name());
		}
		if (cut.stage() != null) {
			sql.append(" and p.stage = ?");
			params.add(cut.stage().name());
		}
		if (cut.year() != null) {
			var first = LocalDate.of(cut.year(), 1, 1).atStartOfDay(dk.spirekassen.shared.Times.DANISH_TIME);
			sql.append(" and p.created_at >= ? and p.created_at < ?");
			params.add(java.sql.Timestamp.from(first.toInstant()));
			params.add(java.sql.Timestamp.from(first.plusYears(1).toInstant()));
		}
		return new Where(sql.toString(), params);
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
