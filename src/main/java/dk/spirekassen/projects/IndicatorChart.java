package dk.spirekassen.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coordinates of a small line chart of an indicator: the baseline, the measurements in time, and a dashed line
 * on to the target. Drawn as SVG by the template, with the indicator's table as the accessible alternative.
 */
public record IndicatorChart(int width, int height, List<Point> measured, Point baseline, Point target,
		String measuredPath, String targetPath) {

	static final int WIDTH = 320;

	static final int HEIGHT = 140;

	private static final int PAD = 14;

	/** A point on the chart with the value it shows. */
	public record Point(double x, double y, BigDecimal value, LocalDate date) {
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
		long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
		double low = min.doubleValue();
		double span = max.doubleValue() - low;
		if (span == 0) {
			span = Math.max(1, Math.abs(low));
			low = low - span / 2;
		}
		var scale = new Scale(start, days, low, span);
		var baseline = scale.point(indicator.getBaselineDate(), indicator.getBaselineValue());
		var target = scale.point(indicator.getTargetDate(), indicator.getTargetValue());
		var measured = new ArrayList<Point>();
		for (var m : indicator.getMeasurements()) {
			measured.add(scale.point(m.getMeasuredOn(), m.getMeasured()));
		}
		var path = new StringBuilder(coordinates(baseline));
		measured.forEach(p -> path.append(' ').append(coordinates(p)));
		var last = measured.isEmpty() ? baseline : measured.get(measured.size() - 1);
		return new IndicatorChart(WIDTH, HEIGHT, List.copyOf(measured), baseline, target, path.toString(),
				coordinates(last) + " " + coordinates(target));
	}

	private static String coordinates(Point point) {
		return String.format(Locale.ROOT, "%.1f,%.1f", point.x(), point.y());
	}

	private record Scale(LocalDate start, long days, double low, double span) {

		Point point(LocalDate date, BigDecimal value) {
			double x = PAD + (WIDTH - 2 * PAD) * ChronoUnit.DAYS.between(start, date) / (double) days;
			double y = HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value.doubleValue() - low) / span;
			return new Point(x, y, value, date);
		}
	}
}
