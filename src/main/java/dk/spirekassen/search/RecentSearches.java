package dk.spirekassen.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.IndexState;

/**
 * The results of recent searches, served again while the index holds the same (the same
 * {@link IndexState#generation() generation}), as Elasticsearch's request cache serves aggregations until the next
 * refresh. A search with facets counts every match seven times over; the same words are asked for again and again
 * (popular words, the same search refined facet by facet, paged back and forth), and the index changes far less
 * often than it is read.
 * <p>
 * Kept per what the reader may see (their reader keys), so no reader is ever served another's results. Nothing is
 * kept while the index is rebuilt. Every entry also expires after {@code spirekassen.search.cache.ttl} (one minute;
 * 0 keeps nothing), and after at most {@link #SHARED_TTL} when the index is shared by several nodes
 * (Elasticsearch): only this node's changes count a new generation, so that is how long another node's change can
 * go unseen here.
 */
@Component
class RecentSearches {

	/** The longest a result is kept when other nodes change the index too. */
	static final Duration SHARED_TTL = Duration.ofSeconds(1);

	/** The secretariat sees everything, whoever it is. */
	private static final Set<String> EVERYTHING = Set.of("*");

	private record Key(long generation, SearchRequest request, Set<String> readers, long offset, int size) {
	}

	private final IndexState state;

	private final Cache<Key, SearchResults> results;

	private final boolean enabled;

	RecentSearches(IndexState state, SearchBackend backend, @Value("${spirekassen.search.cache.ttl:PT1M}") Duration ttl,
			@Value("${spirekassen.search.cache.size:1000}") int size) {
		this.state = state;
		if (backend.shared() && ttl.compareTo(SHARED_TTL) > 0) {
			ttl = SHARED_TTL;
		}
		this.enabled = !ttl.isZero() && size > 0;
		this.results = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).expireAfterWrite(ttl).build();
	}

	/** The results kept for the same search by a reader who sees the same, or those the search finds now. */
	SearchResults get(SearchRequest request, Viewer viewer, Pageable pageable, Supplier<SearchResults> search) {
		if (!enabled || !state.whole()) {
			return search.get();
		}
		var key = new Key(state.generation(), request, viewer.secretariat() ? EVERYTHING : viewer.readerKeys(),
				pageable.getOffset(), pageable.getPageSize());
		return results.get(key, k -> search.get());
	}
}
