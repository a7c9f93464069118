package dk.spirekassen.impact;

import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.actors.Directory;
import dk.spirekassen.devdays.DayFigures;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.FunderKind;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.IndicatorDefinitions;
import dk.spirekassen.projects.IndicatorDefinitions.Definition;
import dk.spirekassen.projects.ProjectFigures;
import dk.spirekassen.projects.ProjectFigures.Audience;
import dk.spirekassen.projects.ProjectFigures.Cut;
import dk.spirekassen.projects.ProjectFigures.FundingFigure;
import dk.spirekassen.projects.ProjectFigures.IndicatorFigure;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;

/**
 * What all projects achieve together: per bottom line how many projects and indicators and the share of measured
 * indicators on track to their target; the sums of the catalogue's indicators whose units agree, always with how many
 * projects they come from (figures about people below 5 are not shown); the estimated social value where the
 * catalogue gives a value per unit; the money applied for, pledged and granted by funder and by kind of funder, the
 * share of funded projects with more than one funder and the kroner others put in per krone of the association's
 * own; the development-day funnel; and the bottom lines and sums year by year against what the targets ask for by
 * then. For an audience (members' projects count only in the members' view) and a cut; kept as the lists are.
 */
@Service
public class Portfolio {

	private final ProjectFigures figures;

	private final IndicatorDefinitions definitions;

	private final Directory directory;

	private final RecentReads recent;

	private final DayFigures days;

	private final Clock clock;

	Portfolio(ProjectFigures figures, IndicatorDefinitions definitions, Directory directory, RecentReads recent,
			DayFigures days, Clock clock) {
		this.days = days;
		this.clock = clock;
		this.figures = figures;
		this.definitions = definitions;
		this.directory = directory;
		this.recent = recent;
	}

	/** The figures of one bottom line. */
	public record LineFigures(BottomLine bottomLine, int projects, int indicators, int measured, int onTrack) {

		/** The share of the measured indicators on track (0 when none is measured). */
		public double onTrackShare() {
			return measured == 0 ? 0 : onTrack / (double) measured;
		}
	}

	/**
	 * The sum of one of the catalogue's indicators over the projects that measure it: the change achieved so far and
	 * the change their targets ask for, from how many projects. {@code suppressed}: a figure about people below 5,
	 * not shown. {@code estimatedValue}: the achieved change at the catalogue's value per unit, or null.
	 */
	public record Sum(Definition definition, BigDecimal achieved, BigDecimal targeted, int projects, int indicators,
			boolean suppressed, BigDecimal estimatedValue) {
	}

	/** Money from one funder: applied for (not yet decided), pledged and granted, in kroner. */
	public record FunderMoney(String funder, boolean inDirectory, long applied, long pledged, long granted) {
	}

	/** Money from one kind of funder: applied for (not yet decided), pledged and granted, in kroner. */
	public record KindMoney(FunderKind kind, long applied, long pledged, long granted) {
	}

	/**
	 * How the association's own money draws in others'. {@code funded}: projects with money committed (pledged or
	 * granted); {@code coFinanced}: those of them with committed money from two funders or more. {@code own}: the
	 * association's committed money; {@code others}: the money others committed to the same projects.
	 */
	public record Leverage(int funded, int coFinanced, long own, long others) {

		/** The share of funded projects with more than one funder, or null without any. */
		public Double coFinancedShare() {
			return funded == 0 ? null : coFinanced / (double) funded;
		}

		/** Kroner from others per krone of the association's own money, to one decimal, or null without any. */
		public BigDecimal ratio() {
			return own == 0 ? null : BigDecimal.valueOf(others).divide(BigDecimal.valueOf(own), 1, RoundingMode.HALF_UP);
		}
	}

	/**
	 * The development-day funnel: the days held, their participants (confirmed registrations), the ideas captured
	 * and project groups formed there, the projects the groups became, how many of those reached running, and how
	 * many were completed or anchored.
	 */
	public record Funnel(int days, long participants, long ideas, long groups, long projects, long running,
			long completed) {

		/** Participants are people: a count from 1 to 4 is not shown. */
		public boolean participantsSuppressed() {
			return participants > 0 && participants < IndicatorDefinitions.SUPPRESSED_BELOW;
		}
	}

	/**
	 * The bottom lines as they stood at the end of a year (or today, for this year): the indicators begun by then,
	 * each with its latest measurement of those taken by then.
	 */
	public record YearFigures(int year, List<LineFigures> lines) {

		public int measured() {
			return lines.stream().mapToInt(LineFigures::measured).sum();
		}

		public int onTrack() {
			return lines.stream().mapToInt(LineFigures::onTrack).sum();
		}

		/** The share of all measured indicators on track, or null when none was measured. */
		public Double onTrackShare() {
			return measured() == 0 ? null : onTrack() / (double) measured();
		}

		public LineFigures line(BottomLine line) {
			return lines.stream().filter(l -> l.bottomLine() == line).findFirst().orElseThrow();
		}
	}

	/**
	 * A catalogue indicator's sum at the end of a year: the change achieved by then, the change the targets ask for
	 * by then if each indicator moves evenly from its baseline to its target ({@code due}), and all the targets ask
	 * for; from the projects whose indicators had begun. {@code suppressed}: a figure about people below 5.
	 */
	public record SumTrend(Definition definition, int year, BigDecimal achieved, BigDecimal due,
			BigDecimal targeted, int projects, boolean suppressed) {

		/** Whether the achieved change keeps up with the plan. */
		public boolean onPlan() {
			return achieved.compareTo(due) >= 0;
		}
	}

	/** The years a trend shows at most, the last ones. */
	static final int TREND_YEARS = 10;

	/** The whole portfolio of a cut as an audience sees it. */
	public record View(Audience audience, Cut cut, int projects, List<LineFigures> lines, List<Sum> sums,
			BigDecimal estimatedValue, List<FunderMoney> funders, List<KindMoney> kinds, Leverage leverage,
			long applied, long pledged, long granted, Funnel funnel, List<YearFigures> trend,
			List<SumTrend> sumTrend) {

		/** The funders the page lists one by one, the largest; the export lists them all. */
		public static final int FUNDERS_SHOWN = 15;

		/** The largest funders by all their money, at most {@link #FUNDERS_SHOWN}. */
		public List<FunderMoney> topFunders() {
			return funders.subList(0, Math.min(FUNDERS_SHOWN, funders.size()));
		}

		/** The funders past the largest, added up; null when the page lists them all. */
		public FunderMoney otherFunders() {
			if (funders.size() <= FUNDERS_SHOWN) {
				return null;
			}
			var rest = funders.subList(FUNDERS_SHOWN, funders.size());
			return new FunderMoney(Integer.toString(rest.size()), false,
					rest.stream().mapToLong(FunderMoney::applied).sum(),
					rest.stream().mapToLong(FunderMoney::pledged).sum(),
					rest.stream().mapToLong(FunderMoney::granted).sum());
		}
	}

	public View view(Audience audience, Cut cut) {
		return recent.get(new ListPage("portfolio", cut, audience, null, null), () -> read(audience, cut));
	}

	private View read(Audience audience, Cut cut) {
		var projects = figures.projects(audience, cut);
		var indicators = figures.indicators(audience, cut);
		var catalogue = new LinkedHashMap<String, Definition>();
		definitions.all().forEach(d -> catalogue.put(d.code(), d));

		var lines = lines(indicators);

		var sums = new ArrayList<Sum>();
		var estimated = BigDecimal.ZERO;
		boolean anyValued = false;
		var byDefinition = byDefinition(indicators, catalogue);
		for (var definition : catalogue.values()) {
			var of = byDefinition.get(definition.code());
			if (of == null) {
				continue;
			}
			var achieved = of.stream().map(IndicatorFigure::achieved).reduce(BigDecimal.ZERO, BigDecimal::add);
			var targeted = of.stream().map(IndicatorFigure::targeted).reduce(BigDecimal.ZERO, BigDecimal::add);
			int fromProjects = (int) of.stream().mapToLong(IndicatorFigure::projectId).distinct().count();
			boolean suppressed = suppressed(definition, achieved);
			BigDecimal value = null;
			if (definition.valued() && !suppressed) {
				value = achieved.max(BigDecimal.ZERO).multiply(definition.valuePerUnit()).setScale(0, RoundingMode.HALF_UP);
				estimated = estimated.add(value);
				anyValued = true;
			}
			sums.add(new Sum(definition, achieved, targeted, fromProjects, of.size(), suppressed, value));
		}

		var today = LocalDate.now(clock);
		var byYear = byYear(indicators, figures.measurements(audience, cut), today);
		var trend = new ArrayList<YearFigures>();
		byYear.forEach((year, then) -> trend.add(new YearFigures(year, lines(then))));
		var sumTrend = sumTrend(byYear, catalogue, today);

		var funding = figures.funding(audience, cut)
			.stream()
			.filter(f -> f.status() != FundingStatus.REJECTED)
			.toList();
		var money = money(funding);
		long applied = money.stream().mapToLong(FunderMoney::applied).sum();
		long pledged = money.stream().mapToLong(FunderMoney::pledged).sum();
		long granted = money.stream().mapToLong(FunderMoney::granted).sum();
		return new View(audience, cut, projects.size(), lines, sums, anyValued ? estimated : null, money,
				kinds(funding), leverage(funding), applied, pledged, granted, funnel(audience, cut), trend,
				sumTrend);
	}

	/**
	 * The indicators as they stood at the end of each year of the trend, by year: from the year of the first
	 * baseline (at most {@link #TREND_YEARS} years back) to this year, which ends today.
	 */
	private Map<Integer, List<IndicatorFigure>> byYear(List<IndicatorFigure> indicators,
			Map<Long, List<ProjectFigures.Measured>> history, LocalDate today) {
		var byYear = new LinkedHashMap<Integer, List<IndicatorFigure>>();
		if (indicators.isEmpty()) {
			return byYear;
		}
		int first = indicators.stream().mapToInt(i -> i.baselineDate().getYear()).min().orElseThrow();
		first = Math.min(today.getYear(), Math.max(first, today.getYear() - TREND_YEARS + 1));
		for (int year = first; year <= today.getYear(); year++) {
			var end = end(year, today);
			byYear.put(year, indicators.stream()
				.filter(i -> !i.baselineDate().isAfter(end))
				.map(i -> i.asOf(end, history.getOrDefault(i.indicatorId(), List.of())))
				.toList());
		}
		return byYear;
	}

	/** The last day of a year of the trend: today for this year. */
	private static LocalDate end(int year, LocalDate today) {
		return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
	}

	/** Each catalogue indicator's sum year by year, the catalogue's order first. */
	private static List<SumTrend> sumTrend(Map<Integer, List<IndicatorFigure>> byYear,
			Map<String, Definition> catalogue, LocalDate today) {
		var perYear = new LinkedHashMap<Integer, Map<String, List<IndicatorFigure>>>();
		byYear.forEach((year, then) -> perYear.put(year, byDefinition(then, catalogue)));
		var trend = new ArrayList<SumTrend>();
		for (var definition : catalogue.values()) {
			perYear.forEach((year, byDefinition) -> {
				var of = byDefinition.get(definition.code());
				if (of == null) {
					return;
				}
				var end = end(year, today);
				var achieved = of.stream().map(IndicatorFigure::achieved).reduce(BigDecimal.ZERO, BigDecimal::add);
				var due = of.stream().map(i -> i.dueBy(end)).reduce(BigDecimal.ZERO, BigDecimal::add);
				var targeted = of.stream().map(IndicatorFigure::targeted).reduce(BigDecimal.ZERO, BigDecimal::add);
				trend.add(new SumTrend(definition, year, achieved, due, targeted,
						(int) of.stream().mapToLong(IndicatorFigure::projectId).distinct().count(),
						suppressed(definition, achieved)));
			});
		}
		return trend;
	}

	/** A figure about people below 5 is not shown. */
	private static boolean suppressed(Definition definition, BigDecimal achieved) {
		return definition.countsPeople()
				&& achieved.compareTo(BigDecimal.valueOf(IndicatorDefinitions.SUPPRESSED_BELOW)) < 0;
	}

	private static List<LineFigures> lines(List<IndicatorFigure> indicators) {
		var lines = new ArrayList<LineFigures>();
		for (var line : BottomLine.values()) {
			var on = indicators.stream().filter(i -> i.bottomLine() == line).toList();
			lines.add(new LineFigures(line, (int) on.stream().mapToLong(IndicatorFigure::projectId).distinct().count(),
					on.size(), (int) on.stream().filter(IndicatorFigure::measured).count(),
					(int) on.stream().filter(IndicatorFigure::onTrack).count()));
		}
		return lines;
	}

	/** The indicators that add up, by catalogue definition: only what is measured in the catalogue's unit. */
	private static Map<String, List<IndicatorFigure>> byDefinition(List<IndicatorFigure> indicators,
			Map<String, Definition> catalogue) {
		Map<String, List<IndicatorFigure>> byDefinition = new HashMap<>();
		for (var indicator : indicators) {
			var definition = indicator.definitionCode() == null ? null : catalogue.get(indicator.definitionCode());
			if (definition != null && definition.additive() && definition.unit().equals(indicator.unit())) {
				byDefinition.computeIfAbsent(definition.code(), code -> new ArrayList<>()).add(indicator);
			}
		}
		return byDefinition;
	}

	/** The funnel of the days on the cut's theme, in its region and year (a stage does not cut the days). */
	private Funnel funnel(Audience audience, Cut cut) {
		var held = days.held(cut.themeId(), cut.region(), cut.year());
		var became = figures.fromDays(audience, held.dayIds());
		long projects = became.values().stream().mapToLong(Long::longValue).sum();
		long completed = became.getOrDefault(Stage.COMPLETED, 0L) + became.getOrDefault(Stage.ANCHORED, 0L);
		long running = became.getOrDefault(Stage.RUNNING, 0L) + completed;
		return new Funnel(held.days(), held.participants(), held.ideas(), held.groups(), projects, running,
				completed);
	}

	private static List<KindMoney> kinds(List<FundingFigure> lines) {
		var totals = new EnumMap<FunderKind, long[]>(FunderKind.class);
		for (var line : lines) {
			totals.computeIfAbsent(line.funderKind(), k -> new long[3])[slot(line.status())] += line.amount();
		}
		var kinds = new ArrayList<KindMoney>();
		totals.forEach((kind, sums) -> kinds.add(new KindMoney(kind, sums[0], sums[1], sums[2])));
		return kinds;
	}

	/** Committed money per project: the association's own, the others', and how many funders put it in. */
	private static Leverage leverage(List<FundingFigure> lines) {
		record Project(long[] money, Set<Object> funders) {
		}
		var byProject = new HashMap<Long, Project>();
		for (var line : lines) {
			if (line.status() == FundingStatus.APPLIED) {
				continue;
			}
			var project = byProject.computeIfAbsent(line.projectId(), id -> new Project(new long[2], new HashSet<>()));
			project.money()[line.funderKind() == FunderKind.ASSOCIATION ? 0 : 1] += line.amount();
			project.funders().add(line.funderPartnerId() != null ? line.funderPartnerId()
					: line.funderName().strip().toLowerCase(java.util.Locale.ROOT));
		}
		int coFinanced = 0;
		long own = 0;
		long others = 0;
		for (var project : byProject.values()) {
			if (project.funders().size() > 1) {
				coFinanced++;
			}
			if (project.money()[0] > 0) {
				own += project.money()[0];
				others += project.money()[1];
			}
		}
		return new Leverage(byProject.size(), coFinanced, own, others);
	}

	private static int slot(FundingStatus status) {
		return status == FundingStatus.APPLIED ? 0 : status == FundingStatus.PLEDGED ? 1 : 2;
	}

	private List<FunderMoney> money(List<FundingFigure> lines) {
		Set<Long> partnerIds = new HashSet<>();
		lines.stream().filter(f -> f.funderPartnerId() != null).forEach(f -> partnerIds.add(f.funderPartnerId()));
		var names = directory.partnerNames(partnerIds);
		record Key(String funder, boolean inDirectory) {
		}
		var totals = new LinkedHashMap<Key, long[]>();
		for (var line : lines) {
			var key = line.funderPartnerId() != null
					? new Key(names.getOrDefault(line.funderPartnerId(), "?"), true)
					: new Key(line.funderName(), false);
			totals.computeIfAbsent(key, k -> new long[3])[slot(line.status())] += line.amount();
		}
		var money = new ArrayList<FunderMoney>();
		totals.forEach((key, sums) -> money.add(new FunderMoney(key.funder(), key.inDirectory(), sums[0], sums[1],
				sums[2])));
		money.sort(Comparator.comparingLong((FunderMoney m) -> m.granted() + m.pledged() + m.applied()).reversed()
			.thenComparing(FunderMoney::funder));
		return money;
	}
}
