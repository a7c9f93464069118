package dk.spirekassen.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What was read recently through the search index (a page of a list, a search with its facets), served again while
 * the index holds the same (the same {@link IndexState#generation() generation}), as Elasticsearch's request cache
 * serves results until the next refresh. The same pages are asked for again and again (the first page of a list,
 * popular words, a search refined facet by facet, paged back and forth), and the index changes far less often than
 * it is read.
 * <p>
 * What is kept must change only when the index does: every value it shows is indexed, or derived from something
 * indexed, so that changing it indexes a document anew and counts a new generation. Every entity shown in a list
 * indexes the time it was last changed, and a list row's counts come from indexed entities (departments, needs,
 * indicators).
 * <p>
 * The key names what was read and for whom: it must hold everything the result depends on, what the reader may see
 * included, so no reader is ever served another's. Nothing is kept while the index is rebuilt (lists are read from
 * the database then), nor inside a transaction (it may read its own changes before they are committed and
 * indexed). Every entry also expires after {@code spirekassen.search.cache.ttl} (one minute; 0 keeps nothing), and
 * after at most {@link #SHARED_TTL} when the index is shared by several nodes (Elasticsearch): only this node's
 * changes count a new generation, so that is how long another node's change can go unseen here.
 */
@Component
public class RecentReads {

	/** The longest a result is kept when other nodes change the index too. */
	public static final Duration SHARED_TTL = Duration.ofMillis(500);

	/**
	 * A page of a list as it is kept: which list, its filter (a record), what the reader may see ({@code null} for a
	 * list that is the same for everyone), the page and the language.
	 */
	public record ListPage(String list, Object filter, Object readers, Pageable page, Locale locale) {
	}

	private record Key(long generation, Object read) {
	}

	private final IndexState state;

	private final Cache<Key, Object> kept;

	private final boolean enabled;

	private final TransactionTemplate readOnly;

	RecentReads(IndexState state, PlatformTransactionManager transactions,
			@Value("${spirekassen.search.backend:lucene}") String backend,
			@Value("${spirekassen.search.cache.ttl:PT1M}") Duration ttl,
			@Value("${spirekassen.search.cache.size:1000}") int size) {
		this.state = state;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		if (!"lucene".equals(backend.strip().toLowerCase(Locale.ROOT)) && ttl.compareTo(SHARED_TTL) > 0) {
			ttl = SHARED_TTL;
		}
		this.enabled = !ttl.isZero() && size > 0;
		this.kept = Caffeine.newBuilder().maximumSize(Math.max(size, 0)).expireAfterWrite(ttl).build();
	}

	/**
	 * What was kept for the same read, or what {@code read} reads now in a read-only transaction (and is kept).
	 * {@code key} is a value (a record) holding everything the result depends on, what the reader may see and the
	 * language included. Called outside a transaction, a result that was kept takes none.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> read) {
		if (!enabled || !state.whole() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return readOnly.execute(status -> read.get());
		}
		return (T) kept.get(new Key(state.generation(), key), k -> readOnly.execute(status -> read.get()));
	}
}
