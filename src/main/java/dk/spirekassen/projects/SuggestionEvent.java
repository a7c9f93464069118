package dk.spirekassen.projects;

/**
 * What happens to suggestions that is counted per day ({@code suggestion_count}).
 */
enum SuggestionEvent {
	/** A suggestion was on a page someone saw. */
	SHOWN,
	/** A partner followed a suggested need to its project. */
	OPENED
}
