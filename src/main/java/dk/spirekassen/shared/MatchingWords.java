package dk.spirekassen.shared;

import java.util.List;
import java.util.Set;

/**
 * Which words of a text meet the words of another as the search index reads them (Danish endings, spellings and the
 * parts of compound words): the reasons a suggestion names, found without asking the index to highlight each hit.
 */
public interface MatchingWords {

	/** The terms the index keeps for a text ({@link SearchFields#DANISH}); empty for null. */
	Set<String> terms(String text);

	/**
	 * The words of a text, as written there and lower-cased, that hold any of the terms (a compound word by any of its
	 * parts), each once, in the order they come, at most {@code max}, skipping those {@code skip} holds.
	 */
	List<String> meeting(String text, Set<String> terms, int max, Set<String> skip);
}
