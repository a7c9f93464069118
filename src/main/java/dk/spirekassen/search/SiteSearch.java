package dk.spirekassen.search;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.projects.Viewer;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;
import dk.spirekassen.shared.TextSearch;

/**
 * One search over everything in the index: projects, needs, toolbox files, the directory, development days, (for
 * signed-in readers) people and (for the secretariat) the days' ideas and project groups. The words go through
 * Danish analysis (see {@link DanishAnalysis}) and the query syntax of a search box (quotes, {@code -}, {@code *},
 * {@code |}), which never fails on unbalanced or stray characters. Every hit, count and highlight is limited to
 * what the reader may see, by the reader keys each document carries.
 */
@Service
public class SiteSearch {

	/** Fewer characters than this are not searched for. */
	public static final int MIN_LENGTH = 2;

	/** More characters than this are not searched for. */
	public static final int MAX_LENGTH = TextSearch.MAX_LENGTH;

	/** The facets, by index field; their values are index values (enum names, theme ids). */
	static final List<String> FACETS = List.of(SearchFields.KIND, SearchFields.REGIONS, SearchFields.THEMES,
			SearchFields.BOTTOM_LINES, SearchFields.STAGE, SearchFields.PARTNER_KIND, SearchFields.OFFERS);

	private final EntityManager entityManager;

	private final SearchBackend backend;

	private final RecentReads recent;

	SiteSearch(EntityManager entityManager, SearchBackend backend, RecentReads recent) {
		this.entityManager = entityManager;
		this.backend = backend;
		this.recent = recent;
	}

	/** The problem with the words, as a message key, or null when they can be searched for. */
	public static String problem(String words) {
		if (words.isEmpty()) {
			return null;
		}
		if (words.codePointCount(0, words.length()) < MIN_LENGTH) {
			return "search.problem.tooShort";
		}
		if (words.length() > MAX_LENGTH) {
			return "search.problem.tooLong";
		}
		return null;
	}

	/** A search as it is kept ({@link RecentReads}): its words and filters, what the reader may see, the page. */
	private record Read(SearchRequest request, Set<String> readers, long offset, int size) {
	}

	/** The page of hits and the facets of a search, kept a while ({@link RecentReads}). */
	public SearchResults search(SearchRequest request, Viewer viewer, Pageable pageable) {
		var words = request.words();
		var problem = problem(words);
		if (problem != null || words.isEmpty()) {
			return new SearchResults(new PageImpl<>(List.of(), pageable, 0), Map.of(), problem);
		}
		return recent.get(new Read(request, viewer.sees(), pageable.getOffset(), pageable.getPageSize()),
				() -> find(request, viewer, pageable));
	}

	private SearchResults find(SearchRequest request, Viewer viewer, Pageable pageable) {
		var words = request.words();
		var results = run(request, viewer, pageable, BooleanOperator.AND);
		if (results.hits().getTotalElements() == 0 && words.contains(" ")) {
			results = run(request, viewer, pageable, BooleanOperator.OR);
		}
		return results;
	}

	private SearchResults run(SearchRequest request, Viewer viewer, Pageable pageable, BooleanOperator operator) {
		var session = Search.session(entityManager);
		var keys = new LinkedHashMap<String, AggregationKey<Map<Object, Long>>>();
		FACETS.forEach(field -> keys.put(field, AggregationKey.of(field)));
		var query = session.search(Object.class)
			.select(f -> f.composite()
				.from(f.field(SearchFields.KIND, String.class, ValueModel.INDEX),
						f.id(Long.class),
						f.field(SearchFields.PROJECT, Long.class),
						f.field(SearchFields.DAY, Long.class),
						f.highlight(SearchFields.TITLE).highlighter("title").single(),
						f.highlight(SearchFields.TEXT).single(),
						f.field(SearchFields.TITLE, String.class))
				.asArray(values -> new Hit(SearchKind.valueOf((String) values[0]), (Long) values[1],
						(Long) values[2], (Long) values[3],
						values[4] != null ? (String) values[4] : HtmlUtils.htmlEscape(String.valueOf(values[6])),
						(String) values[5])))
			.where((f, root) -> {
				root.add(TextSearch.matching(f, request.words(), operator, SearchFields.THEME_NAMES));
				if (!viewer.secretariat()) {
					root.add(f.terms().field(SearchFields.READERS).matchingAny(viewer.readerKeys(), ValueModel.INDEX));
				}
				chosen(request).forEach((field, value) -> root
					.add(f.match().field(field).matching(value, ValueModel.INDEX)));
			})
			.sort(f -> request.newest()
					? f.field(SearchFields.UPDATED).desc().missing().last().then().score()
					: f.score())
			// The fast vector highlighter reads the term vectors kept with each text (highlightable ANY) instead of
			// analysing the whole stored text again, which for a toolbox file is up to 200,000 characters.
			.highlighter(f -> f.fastVector()
				.encoder(HighlighterEncoder.HTML)
				.tag("<mark>", "</mark>")
				.fragmentSize(220)
				.numberOfFragments(1))
			.highlighter("title", f -> {
				var title = f.fastVector().tag("<mark>", "</mark>").fragmentSize(400).numberOfFragments(1);
				return backend.encodesHighlightsPerRequest() ? title : title.encoder(HighlighterEncoder.HTML);
			});
		keys.forEach((field, key) -> query.aggregation(key, f -> f.terms()
			.field(field, Object.class, ValueModel.INDEX)
			.maxTermCount(50)));
		var result = query.fetch((int) pageable.getOffset(), pageable.getPageSize());
		var facets = new LinkedHashMap<String, Map<String, Long>>();
		keys.forEach((field, key) -> {
			var counts = new LinkedHashMap<String, Long>();
			result.aggregation(key).forEach((value, count) -> counts.put(String.valueOf(value), count));
			facets.put(field, counts);
		});
		return new SearchResults(new PageImpl<>(new ArrayList<>(result.hits()), pageable, result.total().hitCount()),
				facets, null);
	}

	/** The facet values chosen, by index field. */
	private static Map<String, Object> chosen(SearchRequest request) {
		var chosen = new LinkedHashMap<String, Object>();
		put(chosen, SearchFields.KIND, request.kind());
		put(chosen, SearchFields.REGIONS, request.region());
		put(chosen, SearchFields.BOTTOM_LINES, request.line());
		put(chosen, SearchFields.STAGE, request.stage());
		put(chosen, SearchFields.PARTNER_KIND, request.partnerKind());
		put(chosen, SearchFields.OFFERS, request.offer());
		if (request.theme() != null) {
			chosen.put(SearchFields.THEMES, request.theme());
		}
		return chosen;
	}

	private static void put(Map<String, Object> chosen, String field, Enum<?> value) {
		if (value != null) {
			chosen.put(field, value.name());
		}
	}
}
