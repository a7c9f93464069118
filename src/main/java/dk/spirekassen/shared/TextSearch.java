package dk.spirekassen.shared;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Words typed into a search field, matched in the search index against the {@link SearchFields#TITLE title} (which
 * counts three times) and the {@link SearchFields#TEXT text} of documents, in Danish. Lists are read this way, with
 * or without words: the index finds the page of ids (best match first, or in the list's own order) and counts them,
 * and the list loads just those rows from the database. Counting a whole table for every page view is what made the
 * lists slow at national scale.
 * <p>
 * The words take the query syntax of a search box ({@code "phrase"}, {@code -not}, {@code prefix*},
 * {@code a | b}), which never fails on unbalanced or stray characters. Words beyond {@link #MAX_LENGTH} characters
 * are not read.
 */
public final class TextSearch {

	/** The characters of a query read; the site search refuses longer ones with a message. */
	public static final int MAX_LENGTH = 200;

	private static final Set<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
			SimpleQueryFlag.ESCAPE, SimpleQueryFlag.WHITESPACE);

	private TextSearch() {
	}

	/** Whether there are words to search for. */
	public static boolean hasWords(String words) {
		return words != null && !words.isBlank();
	}

	/**
	 * The predicate that the words match, all of them ({@code AND}) or any ({@code OR}), in the title, the text and
	 * the given other fields (such as {@link SearchFields#THEME_NAMES}).
	 */
	public static SearchPredicate matching(SearchPredicateFactory f, String words, BooleanOperator operator,
			String... fields) {
		var text = words.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		return f.simpleQueryString()
			.field(SearchFields.TITLE).boost(3f)
			.field(SearchFields.TEXT)
			.fields(fields)
			.matching(text)
			.defaultOperator(operator)
			.flags(SYNTAX)
			.toPredicate();
	}

	/** The order of a list of names: Danish alphabetical order ({@link DanishSortKey}), then by id. */
	public static SortFinalStep byName(SearchSortFactory f) {
		return DanishSortKey.order(f);
	}

	/** The order of a list of what was added last first: by id, highest first. */
	public static SortFinalStep newestFirst(SearchSortFactory f) {
		return f.field(SearchFields.ID).desc();
	}

	/**
	 * A page of the ids of the entities of a type that pass the filter, with the total: those whose title, text or
	 * other given fields hold all the words best match first, or, without words, all of them in the given order.
	 */
	public static Page<Long> ids(EntityManager entityManager, Class<?> type, String words,
			Function<SearchPredicateFactory, SearchPredicate> filter,
			Function<SearchSortFactory, SortFinalStep> order, Pageable pageable, String... fields) {
		if (pageable.isUnpaged()) {
			var all = allIds(entityManager, type, words, filter, order, fields);
			return new PageImpl<>(all, pageable, all.size());
		}
		var end = pageable.getOffset() + pageable.getPageSize();
		var query = query(entityManager, type, words, filter, order, end, fields);
		var result = query.fetch((int) pageable.getOffset(), pageable.getPageSize());
		// Counted apart: a page of hits that need not count every match lets the index skip what cannot reach it,
		// and a count alone is cheap (for most filters the index knows it without visiting a document).
		var total = result.total().isHitCountExact() ? result.total().hitCount() : query.fetchTotalHitCount();
		return new PageImpl<>(result.hits(), pageable, total);
	}

	/**
	 * The ids of every entity of a type that matches, in the order of {@link #ids} (a list of ids, small at any
	 * scale).
	 */
	public static List<Long> allIds(EntityManager entityManager, Class<?> type, String words,
			Function<SearchPredicateFactory, SearchPredicate> filter,
			Function<SearchSortFactory, SortFinalStep> order, String... fields) {
		return query(entityManager, type, words, filter, order, Long.MAX_VALUE, fields).fetchAllHits();
	}

	/** The query of {@link #ids}, counting its matches exactly up to {@code counted} of them. */
	private static SearchQuery<Long> query(EntityManager entityManager, Class<?> type,
			String words, Function<SearchPredicateFactory, SearchPredicate> filter,
			Function<SearchSortFactory, SortFinalStep> order, long counted, String... fields) {
		var query = Search.session(entityManager)
			.search(type)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.must(hasWords(words) ? matching(f, words, BooleanOperator.AND, fields) : f.matchAll().toPredicate())
				.filter(filter.apply(f)));
		var ordered = hasWords(words) ? query : query.sort(order::apply);
		return ordered.totalHitCountThreshold(counted).toQuery();
	}

	/**
	 * The entities of the ids, in the order of the ids, leaving out those that no longer exist. They are read in one
	 * statement with the ids as one array, which the persistence layer prepares once: a query with a list of ids
	 * ({@code in (?, ?, …)}) is translated anew on every call, which cost lists at national scale more than reading
	 * the rows.
	 */
	public static <T> List<T> inOrder(EntityManager entityManager, Class<T> type, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return entityManager.unwrap(Session.class).findMultiple(type, List.copyOf(ids)).stream()
			.filter(Objects::nonNull)
			.toList();
	}
}
