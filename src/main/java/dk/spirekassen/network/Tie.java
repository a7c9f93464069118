package dk.spirekassen.network;

import java.util.List;
import java.util.Set;

/**
 * One project or development-day group and the actors it ties together, with what the filters ask about it: its
 * themes, its regions (by {@code Region} name) and its year.
 */
record Tie(String source, Set<Long> themes, Set<String> regions, int year, List<String> actors) {
}
