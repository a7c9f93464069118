package dk.spirekassen.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.search.SearchRequest;
import dk.spirekassen.search.SearchResults;
import dk.spirekassen.search.SiteSearch;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.Web;

/**
 * The search page: one field over everything, facets with counts to narrow by, and the same page with and without
 * JavaScript (htmx swaps the results as the words change).
 */
@Controller
class SearchController {

	/** The query parameter of each facet, by index field, in the order they are shown. */
	private static final Map<String, String> PARAMS = Map.of(SearchFields.KIND, "kind", SearchFields.REGIONS,
			"region", SearchFields.THEMES, "theme", SearchFields.BOTTOM_LINES, "line", SearchFields.STAGE, "stage",
			SearchFields.PARTNER_KIND, "partnerKind", SearchFields.OFFERS, "offer");

	/** The bundle prefix of each facet's values, by index field (themes are named by the directory). */
	private static final Map<String, String> LABELS = Map.of(SearchFields.KIND, "SearchKind.", SearchFields.REGIONS,
			"Region.", SearchFields.BOTTOM_LINES, "BottomLine.", SearchFields.STAGE, "Stage.",
			SearchFields.PARTNER_KIND, "PartnerKind.", SearchFields.OFFERS, "Offer.");

	private final SiteSearch search;

	private final ActorManagement actors;

	private final MessageSource messages;

	SearchController(SiteSearch search, ActorManagement actors, MessageSource messages) {
		this.search = search;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/soeg")
	String search(@ModelAttribute("search") SearchRequest request, @RequestParam(required = false) Integer page,
			Authentication authentication, HttpServletRequest http, HttpServletResponse response, Locale locale,
			Model model) {
		var results = search.search(request, Viewer.of(authentication), Web.page(page));
		model.addAttribute("results", results);
		model.addAttribute("facets", facets(results, http, locale));
		model.addAttribute("newestUrl", link(http, "order", request.newest() ? null : SearchRequest.NEWEST));
		return Web.partial(http, response) ? "search/results" : "search/search";
	}

	private List<Facet> facets(SearchResults results, HttpServletRequest http, Locale locale) {
		var themes = actors.themeOptions(locale).stream().collect(Collectors.toMap(Option::value, Option::label));
		var facets = new ArrayList<Facet>();
		for (var field : List.of(SearchFields.KIND, SearchFields.REGIONS, SearchFields.THEMES,
				SearchFields.BOTTOM_LINES, SearchFields.STAGE, SearchFields.PARTNER_KIND, SearchFields.OFFERS)) {
			var param = PARAMS.get(field);
			var chosen = http.getParameter(param);
			var values = new ArrayList<Facet.Value>();
			for (var entry : results.facet(field)) {
				var value = entry.getKey();
				var label = SearchFields.THEMES.equals(field) ? themes.get(value)
						: messages.getMessage(LABELS.get(field) + value, null, value, locale);
				if (label == null) {
					continue;
				}
				var isChosen = value.equals(chosen);
				values.add(new Facet.Value(label, entry.getValue(), link(http, param, isChosen ? null : value),
						isChosen));
			}
			if (!values.isEmpty()) {
				facets.add(new Facet(param, messages.getMessage("search.facet." + param, null, locale), values));
			}
		}
		return facets;
	}

	/** This search with one parameter set or removed, from its first page. */
	private static String link(HttpServletRequest http, String param, String value) {
		var builder = UriComponentsBuilder.fromPath("/soeg").query(http.getQueryString());
		builder.replaceQueryParam("page");
		builder.replaceQueryParam(param, value == null ? new Object[0] : new Object[] { value });
		return builder.build().toUriString();
	}
}
