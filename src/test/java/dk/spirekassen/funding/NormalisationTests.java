package dk.spirekassen.funding;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import dk.spirekassen.funding.Normalisation.Score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NormalisationTests {

	private static final long FIRST = 1;

	private static final long SECOND = 2;

	/** Criterion 10 weighs 2, criterion 11 weighs 1. */
	private static final Map<Long, Integer> WEIGHTS = Map.of(10L, 2, 11L, 1);

	private static List<Score> scores(long application, long reviewer, int first, int second) {
		return List.of(new Score(application, reviewer, 10, first), new Score(application, reviewer, 11, second));
	}

	@Test
	void weighsEachCriterionAndNormalisesPerReviewer() {
		var scores = new java.util.ArrayList<Score>();
		// Reviewer 100 scores generously: 4.0 and 2.0; reviewer 200 strictly: 3.0 and 2.0.
		scores.addAll(scores(FIRST, 100, 5, 2));
		scores.addAll(scores(SECOND, 100, 2, 2));
		scores.addAll(scores(FIRST, 200, 3, 3));
		scores.addAll(scores(SECOND, 200, 1, 4));
		// Reviewer 300 scored one application only: no spread of their own to normalise against.
		scores.addAll(scores(FIRST, 300, 0, 0));
		// Reviewer 400 left a criterion out: not a complete review.
		scores.add(new Score(SECOND, 400, 10, 5));

		var results = Normalisation.of(scores, WEIGHTS);

		var first = results.get(FIRST);
		assertThat(first.reviews()).extracting(Normalisation.Review::reviewerId).containsExactly(100L, 200L, 300L);
		assertThat(first.reviews().get(0).raw()).isCloseTo(4.0, within(1e-9));
		assertThat(first.reviews().get(0).z()).isCloseTo(1.0, within(1e-9));
		assertThat(first.reviews().get(1).raw()).isCloseTo(3.0, within(1e-9));
		assertThat(first.reviews().get(1).z()).isCloseTo(1.0, within(1e-9));
		assertThat(first.reviews().get(2).z()).isZero();
		assertThat(first.meanRaw()).isCloseTo(7.0 / 3, within(1e-9));
		assertThat(first.meanZ()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(first.disagreement()).as("4.0 against 0.0").isTrue();

		var second = results.get(SECOND);
		assertThat(second.reviews()).extracting(Normalisation.Review::reviewerId).containsExactly(100L, 200L);
		assertThat(second.meanRaw()).isCloseTo(2.0, within(1e-9));
		assertThat(second.meanZ()).isCloseTo(-1.0, within(1e-9));
		assertThat(second.disagreement()).isFalse();
	}

	@Test
	void flagsADisagreementFromOneAndAHalfPointsApart() {
		var scores = new java.util.ArrayList<Score>();
		scores.addAll(scores(FIRST, 100, 4, 4));
		scores.addAll(scores(FIRST, 200, 3, 1));
		assertThat(Normalisation.of(scores, WEIGHTS).get(FIRST).disagreement()).as("4.0 against 2.33").isTrue();

		scores.clear();
		scores.addAll(scores(FIRST, 100, 4, 4));
		scores.addAll(scores(FIRST, 200, 3, 3));
		assertThat(Normalisation.of(scores, WEIGHTS).get(FIRST).disagreement()).as("4.0 against 3.0").isFalse();
	}

	@Test
	void aReviewerWhoGivesEveryoneTheSameHasNoSpreadToNormaliseBy() {
		var scores = new java.util.ArrayList<Score>();
		scores.addAll(scores(FIRST, 100, 3, 3));
		scores.addAll(scores(SECOND, 100, 3, 3));
		var results = Normalisation.of(scores, WEIGHTS);
		assertThat(results.get(FIRST).meanZ()).isZero();
		assertThat(results.get(SECOND).meanZ()).isZero();
	}
}
