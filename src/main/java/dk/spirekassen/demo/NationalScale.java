package dk.spirekassen.demo;

import java.util.Arrays;
import java.util.Random;

/**
 * How much national-scale data to make: the figures of issue 10 times a factor (1.0 is the whole country, 0.01 a
 * hundredth of it for a quick run), at least one of each.
 */
record NationalScale(int organisations, int departments, int partners, int people, int projects, int needs,
		int indicators, int files, int days, int registrations) {

	static NationalScale of(double factor) {
		if (!(factor > 0) || factor > 100) {
			throw new IllegalArgumentException("spirekassen.national-scale.factor must be above 0 and at most 100");
		}
		return new NationalScale(scale(600, factor), scale(8_000, factor), scale(20_000, factor),
				scale(50_000, factor), scale(10_000, factor), scale(30_000, factor), scale(40_000, factor),
				scale(3_000, factor), scale(300, factor), scale(60_000, factor));
	}

	private static int scale(int figure, double factor) {
		return (int) Math.max(1, Math.round(figure * factor));
	}

	/**
	 * Splits a total into shares by weight (largest remainders, so the shares add up to the total exactly), each at
	 * least {@code min} when the total allows it.
	 */
	static int[] spread(int total, double[] weights, int min) {
		var shares = new int[weights.length];
		if (weights.length == 0) {
			return shares;
		}
		int floor = (long) min * weights.length <= total ? min : 0;
		Arrays.fill(shares, floor);
		int left = total - floor * weights.length;
		double sum = Arrays.stream(weights).sum();
		if (sum <= 0) {
			weights = new double[weights.length];
			Arrays.fill(weights, 1);
			sum = weights.length;
		}
		var remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = left * weights[i] / sum;
			shares[i] += (int) exact;
			given += (int) exact;
			remainders[i] = exact - (int) exact;
		}
		var order = new Integer[weights.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
		for (int i = 0; given < left; i = (i + 1) % order.length) {
			shares[order[i]]++;
			given++;
		}
		return shares;
	}

	/** Weights with a random spread around each base weight, so shares are uneven but follow the base. */
	static double[] jitter(Random random, double[] base) {
		var weights = new double[base.length];
		for (int i = 0; i < base.length; i++) {
			weights[i] = base[i] * (0.4 + 1.2 * random.nextDouble());
		}
		return weights;
	}
}
