package dk.spirekassen.search.web;

import java.util.List;

/** A facet of the search page, as shown: its label and its values with their counts. */
public record Facet(String param, String label, List<Value> values) {

	/** One value: its label, how many hits have it, and the address that chooses it (or unchooses it when chosen). */
	public record Value(String label, long count, String url, boolean chosen) {
	}
}
