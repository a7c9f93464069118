package dk.spirekassen.search;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.Map;

import dk.spirekassen.shared.SearchKind;

/**
 * A page of hits with the counts of each facet over all the hits the reader may see, or the reason the words were
 * not searched for ({@code problem}, a message key).
 */
public record SearchResults(Page<Hit> hits, Map<String, Map<String, Long>> facets, String problem) {

	/**
	 * One hit. The title and the passage are HTML: the indexed text escaped, with the words found marked by
	 * {@code <mark>}; the passage is the part of the text where words were found, or null when only the title matched
	 * (a highlighter's fallback text is not escaped, so none is asked for). The project and the development day it
	 * belongs to are null where it belongs to none.
	 */
	public record Hit(SearchKind kind, long id, Long projectId, Long dayId, String titleHtml, String passageHtml) {

		/** Where the hit is shown; a file's is its download. */
		public String url() {
			return switch (kind) {
				case PROJECT -> "/projekter/" + id;
				case NEED -> "/projekter/" + projectId + "#behov-" + id;
				case FILE -> "/projekter/" + projectId + "/filer/" + id;
				case ORGANISATION -> "/organisationer/" + id;
				case DEPARTMENT -> "/afdelinger/" + id;
				case PARTNER -> "/partnere/" + id;
				case PERSON -> "/personer/" + id;
				case DAY -> "/udviklingsdage/" + id;
				case IDEA -> "/sekretariat/udviklingsdage/" + dayId + "/ideer#ide-" + id;
				case GROUP -> "/sekretariat/udviklingsdage/" + dayId + "/ideer#gruppe-" + id;
			};
		}
	}

	public List<Map.Entry<String, Long>> facet(String name) {
		return List.copyOf(facets.getOrDefault(name, Map.of()).entrySet());
	}
}
