package dk.spirekassen.impact.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The coordinates of a horizontal bar chart, drawn as SVG on the server by the template: one bar per row with its label
 * to the left and its value written at its end, and a value axis below with ticks at 0, half and the top. The table
 * beside it and a summary in words are its accessible alternative; the chart itself is one image.
 */
public record BarChart(int width, int height, int left, int right, List<Bar> bars, List<Tick> ticks) {

	static final int WIDTH = 360;

	/** Room for the labels left of the bars, the values right of them, and the axis below. */
	private static final int LEFT = 130;

	private static final int RIGHT = 60;

	private static final int ROW = 24;

	private static final int BAR = 16;

	private static final int AXIS = 24;

	/** One bar: its label, where it is, and the value written at its end ({@code shown}, as the table writes it). */
	public record Bar(String label, double y, double width, String shown) {

		public double textY() {
			return y + BAR / 2.0 + 4;
		}

		public double height() {
			return BAR;
		}
	}

	/** A value on the axis below the bars, at {@code x}. */
	public record Tick(double x, String label) {
	}

	/** A row of the chart: its label, its value, and how the table writes the value. */
	record Row(String label, double value, String shown) {
	}

	/** Bars from 0 to {@code top} (at least the largest value); the ticks are labelled by {@code tickLabel}. */
	static BarChart of(List<Row> rows, double top, java.util.function.DoubleFunction<String> tickLabel) {
		double max = Math.max(top, rows.stream().mapToDouble(Row::value).max().orElse(0));
		int span = WIDTH - LEFT - RIGHT;
		var bars = new ArrayList<Bar>();
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			double width = max <= 0 ? 0 : Math.max(0, row.value()) / max * span;
			bars.add(new Bar(row.label(), i * ROW + (ROW - BAR) / 2.0, width, row.shown()));
		}
		var ticks = new ArrayList<Tick>();
		for (double share : new double[] { 0, 0.5, 1 }) {
			ticks.add(new Tick(LEFT + share * span, tickLabel.apply(share * max)));
		}
		return new BarChart(WIDTH, rows.size() * ROW + AXIS, LEFT, WIDTH - RIGHT, bars, ticks);
	}

	/** Where the bars stand on the axis, the axis line's height. */
	public int axisY() {
		return height - AXIS;
	}
}
