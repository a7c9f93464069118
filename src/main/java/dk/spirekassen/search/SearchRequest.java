package dk.spirekassen.search;

import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.shared.SearchKind;

/**
 * A search across everything: the words, the facets chosen and the order (relevance, or newest first with
 * {@code order=nyeste}). Bound from the query string of {@code /soeg}, so a search is a shareable address.
 */
public record SearchRequest(String q, SearchKind kind, Region region, Long theme, BottomLine line, Stage stage,
		PartnerKind partnerKind, Offer offer, String order) {

	public static final String NEWEST = "nyeste";

	public static SearchRequest of(String q) {
		return new SearchRequest(q, null, null, null, null, null, null, null, null);
	}

	public String words() {
		return q == null ? "" : q.strip();
	}

	public boolean newest() {
		return NEWEST.equals(order);
	}
}
