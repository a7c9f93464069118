package dk.spirekassen.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coordinates of a small line chart of an indicator, drawn as SVG on the server by the template: the baseline and
 * the measurements in time, the target as a dashed line across at its value with a mark on its day, a value axis with round values and a time axis with
 * years (or the first and last month, when the chart spans less than two new years). The indicator's table and a
 * summary in words ({@link #first()}, {@link #latest()}, the target) are its accessible alternative.
 */
public record IndicatorChart(int width, int height, Area area, List<Point> measured, Point baseline, Point target,
		String measuredPath, String targetPath, List<ValueTick> valueTicks, List<TimeTick> timeTicks) {

	static final int WIDTH = 320;

	static final int HEIGHT = 190;

	/** Room for the dates below and half a point's marker on the other sides; the values' room is as they need. */
	private static final int RIGHT = 14;

	private static final int TOP = 10;

	private static final int BOTTOM = 30;

	/** At most this many values and years along the axes, so that their labels never run into each other. */
	private static final int MAX_TICKS = 5;

	/** The area the lines are drawn in: from {@code left} to {@code right}, {@code top} to {@code bottom}. */
	public record Area(int left, int right, int top, int bottom) {
	}

	/** A point on the chart with the value it shows. */
	public record Point(double x, double y, BigDecimal value, LocalDate date) {
	}

	/** A round value on the value axis, at height {@code y}. */
	public record ValueTick(double y, BigDecimal value) {
	}

	/** A date on the time axis, at {@code x}: a new year (labelled by its year) or a first or last month. */
	public record TimeTick(double x, LocalDate date, boolean year, String anchor) {

		public String label(Locale locale) {
			return year ? String.valueOf(date.getYear()) : month(date, locale);
		}
	}

	/** The first point (the baseline, or a measurement taken before it). */
	public Point first() {
		var points = new ArrayList<Point>(measured);
		points.add(baseline);
		return points.stream().min(java.util.Comparator.comparing(Point::date)).orElse(baseline);
	}

	/** The latest measurement, or null before anything was measured. */
	public Point latest() {
		return measured.isEmpty() ? null : measured.get(measured.size() - 1);
	}

	/** A month as the summary and the time axis write it: "jan. 2023", "Jan 2023". */
	public static String month(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(date);
	}

	static IndicatorChart of(Indicator indicator) {
		var start = indicator.getBaselineDate();
		var end = indicator.getTargetDate();
		var min = indicator.getBaselineValue().min(indicator.getTargetValue());
		var max = indicator.getBaselineValue().max(indicator.getTargetValue());
		for (var m : indicator.getMeasurements()) {
			if (m.getMeasuredOn().isAfter(end)) {
				end = m.getMeasuredOn();
			}
			if (m.getMeasuredOn().isBefore(start)) {
				start = m.getMeasuredOn();
			}
			min = min.min(m.getMeasured());
			max = max.max(m.getMeasured());
		}
		var values = values(min, max);
		var area = new Area(valueRoom(values), WIDTH - RIGHT, TOP, HEIGHT - BOTTOM);
		long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
		var scale = new Scale(area, start, days, values.get(0), values.get(values.size() - 1));
		var baseline = scale.point(indicator.getBaselineDate(), indicator.getBaselineValue());
		var target = scale.point(indicator.getTargetDate(), indicator.getTargetValue());
		var measured = new ArrayList<Point>();
		for (var m : indicator.getMeasurements()) {
			measured.add(scale.point(m.getMeasuredOn(), m.getMeasured()));
		}
		var inTime = new ArrayList<Point>(measured);
		inTime.add(baseline);
		inTime.sort(java.util.Comparator.comparing(Point::date));
		var path = new StringBuilder();
		inTime.forEach(p -> path.append(path.isEmpty() ? "" : " ").append(coordinates(p)));
		var across = coordinates(new Point(area.left(), target.y(), target.value(), start)) + " "
				+ coordinates(new Point(area.right(), target.y(), target.value(), end));
		return new IndicatorChart(WIDTH, HEIGHT, area, List.copyOf(measured), baseline, target, path.toString(), across,
				values.stream().map(v -> new ValueTick(scale.y(v), v)).toList(), times(scale, start, end));
	}

	/**
	 * Round values from at most {@code min} to at least {@code max}, evenly apart by 1, 2, 2.5 or 5 times a power of
	 * ten, at most {@link #MAX_TICKS} of them.
	 */
	static List<BigDecimal> values(BigDecimal min, BigDecimal max) {
		if (min.compareTo(max) == 0) {
			var half = min.signum() == 0 ? BigDecimal.ONE : min.abs().divide(BigDecimal.valueOf(2));
			min = min.subtract(half);
			max = max.add(half);
		}
		var rough = max.subtract(min).doubleValue() / (MAX_TICKS - 1);
		int power = (int) Math.floor(Math.log10(rough));
		BigDecimal step = null;
		List<BigDecimal> ticks = List.of();
		for (int p = power; step == null || ticks.size() > MAX_TICKS; p++) {
			for (var multiple : List.of("1", "2", "2.5", "5")) {
				step = new BigDecimal(multiple).scaleByPowerOfTen(p);
				ticks = ticks(min, max, step);
				if (ticks.size() <= MAX_TICKS) {
					break;
				}
			}
		}
		return ticks;
	}

	/** Room on the left for the longest value as written (with a thousands separator), at about 7 units a sign. */
	private static int valueRoom(List<BigDecimal> values) {
		int longest = 1;
		for (var value : values) {
			var plain = value.abs().toPlainString();
			int whole = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
			longest = Math.max(longest, plain.length() + (whole - 1) / 3 + (value.signum() < 0 ? 1 : 0));
		}
		return 14 + 7 * longest;
	}

	private static List<BigDecimal> ticks(BigDecimal min, BigDecimal max, BigDecimal step) {
		var low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
		var high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
		var ticks = new ArrayList<BigDecimal>();
		for (var v = low; v.compareTo(high) <= 0 && ticks.size() <= MAX_TICKS; v = v.add(step)) {
			ticks.add(v.stripTrailingZeros());
		}
		return ticks;
	}

	/** New years between the first and last date, every so many years; or the first and last month. */
	private static List<TimeTick> times(Scale scale, LocalDate start, LocalDate end) {
		var years = new ArrayList<LocalDate>();
		for (var year = start.getDayOfYear() == 1 ? start : start.withDayOfYear(1).plusYears(1); !year.isAfter(end);
				year = year.plusYears(1)) {
			years.add(year);
		}
		if (years.size() < 2) {
			return List.of(new TimeTick(scale.x(start), start, false, "start"),
					new TimeTick(scale.x(end), end, false, "end"));
		}
		int every = (years.size() + MAX_TICKS - 1) / MAX_TICKS;
		var ticks = new ArrayList<TimeTick>();
		for (int i = 0; i < years.size(); i += every) {
			ticks.add(new TimeTick(scale.x(years.get(i)), years.get(i), true, "middle"));
		}
		return ticks;
	}

	private static String coordinates(Point point) {
		return String.format(Locale.ROOT, "%.1f,%.1f", point.x(), point.y());
	}

	private record Scale(Area area, LocalDate start, long days, BigDecimal low, BigDecimal high) {

		Point point(LocalDate date, BigDecimal value) {
			return new Point(x(date), y(value), value, date);
		}

		double x(LocalDate date) {
			return area.left() + (area.right() - area.left()) * ChronoUnit.DAYS.between(start, date) / (double) days;
		}

		double y(BigDecimal value) {
			double span = high.subtract(low).doubleValue();
			return area.bottom() - (area.bottom() - area.top()) * value.subtract(low).doubleValue() / span;
		}
	}
}
