package dk.spirekassen.funding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reviewers' scores made comparable. Each reviewer's score of an application is the weighted mean of their scores
 * per criterion (0 to 5), counted only when they scored every criterion. Some reviewers score high and some low, so
 * each score is also given as a z-score against the same reviewer's scores in the call: how many of their own standard
 * deviations it lies above or below their own mean (0 when the reviewer scored fewer than two applications or gave
 * them all the same). An application's normalised score is the mean of its reviewers' z-scores; reviewers whose
 * scores lie {@value #DISAGREEMENT} points or more apart disagree, which is flagged for the board.
 */
public final class Normalisation {

	/** The spread of reviewers' scores of one application (on the 0 to 5 scale) that is flagged. */
	public static final double DISAGREEMENT = 1.5;

	private Normalisation() {
	}

	/** One score of one criterion. */
	record Score(long applicationId, long reviewerId, long criterionId, int score) {
	}

	/** A reviewer's whole score of an application: the weighted mean on the 0 to 5 scale and its z-score. */
	public record Review(long reviewerId, double raw, double z) {
	}

	/** An application's complete reviews, their mean raw and normalised scores, and whether they disagree. */
	public record Result(long applicationId, List<Review> reviews, double meanRaw, double meanZ,
			boolean disagreement) {

		public static Result none(long applicationId) {
			return new Result(applicationId, List.of(), 0, 0, false);
		}
	}

	/** The results of the applications scored, by application id; {@code weights} by criterion id. */
	static Map<Long, Result> of(Collection<Score> scores, Map<Long, Integer> weights) {
		record Pair(long applicationId, long reviewerId) {
		}
		var byPair = new LinkedHashMap<Pair, List<Score>>();
		for (var score : scores) {
			byPair.computeIfAbsent(new Pair(score.applicationId(), score.reviewerId()), p -> new ArrayList<>())
				.add(score);
		}
		int totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
		var raw = new LinkedHashMap<Pair, Double>();
		byPair.forEach((pair, of) -> {
			var scored = of.stream().filter(s -> weights.containsKey(s.criterionId())).toList();
			if (scored.stream().map(Score::criterionId).distinct().count() == weights.size() && totalWeight > 0) {
				double sum = scored.stream().mapToDouble(s -> s.score() * (double) weights.get(s.criterionId())).sum();
				raw.put(pair, sum / totalWeight);
			}
		});
		var byReviewer = new HashMap<Long, List<Double>>();
		raw.forEach((pair, value) -> byReviewer.computeIfAbsent(pair.reviewerId(), r -> new ArrayList<>()).add(value));
		var mean = new HashMap<Long, Double>();
		var deviation = new HashMap<Long, Double>();
		byReviewer.forEach((reviewer, values) -> {
			double m = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			double variance = values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / values.size();
			mean.put(reviewer, m);
			deviation.put(reviewer, Math.sqrt(variance));
		});
		var reviews = new LinkedHashMap<Long, List<Review>>();
		raw.forEach((pair, value) -> {
			double sd = deviation.get(pair.reviewerId());
			double z = byReviewer.get(pair.reviewerId()).size() < 2 || sd < 1e-9 ? 0
					: (value - mean.get(pair.reviewerId())) / sd;
			reviews.computeIfAbsent(pair.applicationId(), a -> new ArrayList<>())
				.add(new Review(pair.reviewerId(), value, z));
		});
		var results = new LinkedHashMap<Long, Result>();
		reviews.forEach((application, of) -> {
			of.sort(Comparator.comparingLong(Review::reviewerId));
			double meanRaw = of.stream().mapToDouble(Review::raw).average().orElse(0);
			double meanZ = of.stream().mapToDouble(Review::z).average().orElse(0);
			double spread = of.stream().mapToDouble(Review::raw).max().orElse(0)
					- of.stream().mapToDouble(Review::raw).min().orElse(0);
			results.put(application, new Result(application, List.copyOf(of), meanRaw, meanZ,
					of.size() > 1 && spread >= DISAGREEMENT - 1e-9));
		});
		return results;
	}
}
