package dk.spirekassen.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a call for proposals holds: its title and text, its budget and the most one project may get (kroner), its
 * application window (both days included), the themes it is open to (none: every theme) and its criteria.
 */
public record CallDetails(String title, String description, long budget, long maxPerProject, LocalDate opensOn,
		LocalDate closesOn, Set<Long> themeIds, List<CriterionDetails> criteria) {

	/** A criterion reviewers score from 0 to 5, the aspect it weighs and its weight from 1 to 10. */
	public record CriterionDetails(String name, Aspect aspect, int weight) {
	}
}
