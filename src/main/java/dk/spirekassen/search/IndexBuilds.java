package dk.spirekassen.search;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import dk.spirekassen.actors.ImportFailed;
import dk.spirekassen.shared.DanishChain;
import dk.spirekassen.shared.IndexState;
import dk.spirekassen.shared.RowsWrittenInBulk;

/**
 * Rebuilds the search index from the database: by itself on start when the index is missing or was made by another
 * mapping, and when the secretariat asks. Everything a request changes reaches the index after commit without this;
 * a rebuild is for what came in another way (rows written by Flyway or in bulk) and for a new mapping or word list.
 * <p>
 * Whether the index fits is told by a fingerprint kept with it ({@link IndexFingerprint}: in a file beside an embedded
 * Lucene index, in the database for an index on Elasticsearch, which every node shares): every indexed field with its
 * type and analysers, and the word lists that change what is indexed. An index held in memory is always rebuilt. On
 * Elasticsearch an index made by another mapping is also created anew before the node serves
 * ({@link #recreateIfStale()}).
 * One rebuild runs at a time, in the background, reporting its progress; searching goes on meanwhile, over what is
 * already indexed. Changes made meanwhile are indexed when it is done ({@link ChangesDuringRebuild}).
 */
@Service
public class IndexBuilds {

	private static final Logger log = LoggerFactory.getLogger(IndexBuilds.class);

	/**
	 * Raised when what a bridge writes changes while every field keeps its type and analysers (the fingerprint cannot
	 * see inside a bridge): 2 since names were sorted by a Danish collation key (now {@code DanishSortKey}'s numbers,
	 * new fields that the fingerprint sees).
	 */
	private static final int BRIDGES_REVISION = 2;

	private final EntityManagerFactory entityManagerFactory;

	/** Where the fingerprint is kept, or null for an index held in memory (always rebuilt on start). */
	private final IndexFingerprint fingerprints;

	/** Whether an index made by another mapping is dropped and created first (its mapping cannot change in place). */
	private final boolean recreateForAnotherMapping;

	private final List<String> wordLists;

	private final boolean waitOnStart;

	private final Clock clock;

	private final ChangesDuringRebuild changes;

	private final IndexState state;

	private volatile Build current;

	/** This node's fingerprint, once computed (the mapping does not change while the node runs). */
	private volatile String mine;

	/** How long a rebuild's lease on a shared index lasts; it is moved ahead each quarter of it while it works. */
	static final Duration LEASE = Duration.ofMinutes(2);

	@Autowired
	IndexBuilds(EntityManagerFactory entityManagerFactory, SearchBackend backend,
			@Value("${spirekassen.search.directory}") Path directory,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String type,
			@Value("${spirekassen.search.wait-for-rebuild-on-start:false}") boolean waitOnStart, Clock clock,
			ChangesDuringRebuild changes, IndexState state, JdbcClient jdbc,
			PlatformTransactionManager transactionManager) {
		this(entityManagerFactory,
				backend.shared() ? new IndexFingerprint.InDatabase(jdbc, new TransactionTemplate(transactionManager))
						: lucene(directory, type),
				backend.shared(), backend.wordListsInTheIndex(), waitOnStart, clock, changes, state);
	}

	/** For an embedded Lucene index in the directory, or in memory when the directory type is {@code local-heap}. */
	IndexBuilds(EntityManagerFactory entityManagerFactory, Path directory, String type, boolean waitOnStart,
			Clock clock, ChangesDuringRebuild changes, IndexState state) {
		this(entityManagerFactory, lucene(directory, type), false, List.of(DanishChain.COMPOUNDS), waitOnStart, clock,
				changes, state);
	}

	private IndexBuilds(EntityManagerFactory entityManagerFactory, IndexFingerprint fingerprints,
			boolean recreateForAnotherMapping, List<String> wordLists, boolean waitOnStart, Clock clock,
			ChangesDuringRebuild changes, IndexState state) {
		this.entityManagerFactory = entityManagerFactory;
		this.fingerprints = fingerprints;
		this.recreateForAnotherMapping = recreateForAnotherMapping;
		this.wordLists = wordLists;
		this.state = state;
		this.waitOnStart = waitOnStart;
		this.clock = clock;
		this.changes = changes;
	}

	private static IndexFingerprint lucene(Path directory, String type) {
		return "local-heap".equals(type) ? null : new IndexFingerprint.BesideIndex(directory);
	}

	/** The state of the last rebuild since start, or none. */
	public record Progress(boolean running, boolean failed, long done, long total, Instant startedAt,
			Instant finishedAt) {

		static final Progress NONE = new Progress(false, false, 0, 0, null, null);

		/** How far it has come, 0 to 100. */
		public int percent() {
			if (!running) {
				return failed || startedAt == null ? 0 : 100;
			}
			return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
		}

		public Duration took() {
			return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
		}
	}

	/**
	 * On Elasticsearch, drops an index made by another mapping (or of unknown origin) and creates it with this one,
	 * before the node serves; the rebuild on ready then fills it. An Elasticsearch index keeps the field types and
	 * analysers it was created with, and Hibernate Search only creates missing indexes on start (strategy
	 * {@code create}, see {@link SearchBackend}). It is done here, while the context starts, rather than by the
	 * rebuild, so that no request's or start-up task's write is sent to an index while it is dropped.
	 */
	@PostConstruct
	void recreateIfStale() {
		if (!recreateForAnotherMapping) {
			return;
		}
		var reason = staleReason();
		if (reason != null && rebuildingElsewhere()) {
			log.info("Another node rebuilds the search index: not creating it anew");
		}
		else if (reason != null) {
			log.info("Creating the search indexes anew ({})", reason);
			mapping().scope(Object.class).schemaManager().dropAndCreate();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfStale() {
		watchSharedIndex();
		var reason = fingerprints == null ? "held in memory" : staleReason();
		if (reason == null) {
			state.whole(true);
			return;
		}
		if (rebuildingElsewhere()) {
			// Whole here once the other node's rebuild is done (watchSharedIndex), if it was built by this mapping.
			log.info("Another node rebuilds the search index: this node reads its lists from the database meanwhile");
			state.whole(true);
			return;
		}
		log.info("Rebuilding the search index ({})", reason);
		var started = start();
		if (waitOnStart) {
			started.join();
		}
	}

	/** An import that failed may have left copies of the rows it took back in the index. */
	@EventListener
	void on(ImportFailed failed) {
		log.info("Rebuilding the search index after import {} failed", failed.jobId());
		start();
	}

	/** Rows written past the entities are not in the index. */
	@EventListener
	void on(RowsWrittenInBulk written) {
		log.info("Rebuilding the search index after {} rows of {} were written in bulk", written.rows(), written.what());
		start();
	}

	/**
	 * For an index every node shares: follows the rebuilds of every node, so that this one reads its lists from the
	 * database while another node rebuilds the index, or after one left it half-built, as it does during its own.
	 */
	@Scheduled(fixedDelayString = "${spirekassen.search.watch-every:PT1S}")
	void watchSharedIndex() {
		if (!(fingerprints instanceof IndexFingerprint.InDatabase database)) {
			return;
		}
		try {
			state.wholeElsewhere(wholeBy(database.shared(), mine()));
		}
		catch (DataAccessException e) {
			log.debug("Could not read the state of the shared search index", e);
		}
	}

	/** Whether another node rebuilds an index every node shares, by its lease. */
	private boolean rebuildingElsewhere() {
		try {
			return fingerprints instanceof IndexFingerprint.InDatabase database && database.shared().rebuilding();
		}
		catch (DataAccessException e) {
			return false;
		}
	}

	/** Whether the shared index is whole by what the nodes wrote of it: built by this mapping, no rebuild running. */
	static boolean wholeBy(IndexFingerprint.InDatabase.Shared shared, String fingerprint) {
		return !shared.rebuilding() && fingerprint.equals(shared.fingerprint());
	}

	private String mine() {
		var fingerprint = this.mine;
		if (fingerprint == null) {
			fingerprint = fingerprint();
			this.mine = fingerprint;
		}
		return fingerprint;
	}

	/** Starts a rebuild, unless one is running; the result completes when the running one ends. */
	public synchronized CompletableFuture<Void> start() {
		var build = current;
		if (build != null && build.running()) {
			return build.done;
		}
		current = new Build(clock.instant());
		current.run(mapping());
		return current.done;
	}

	/** Completes when the running rebuild ends, or at once when none runs. */
	public CompletableFuture<Void> running() {
		var build = current;
		return build == null ? CompletableFuture.completedFuture(null) : build.done;
	}

	public Progress progress() {
		var build = current;
		return build == null ? Progress.NONE : build.progress();
	}

	private SearchMapping mapping() {
		return Search.mapping(entityManagerFactory);
	}

	private String staleReason() {
		try {
			var kept = fingerprints.read();
			if (kept == null) {
				return "no index";
			}
			return kept.equals(fingerprint()) ? null : "made by another mapping";
		}
		catch (IOException | DataAccessException e) {
			return "unreadable fingerprint: " + e.getMessage();
		}
	}

	private void writeFingerprint(Instant builtAt) throws IOException {
		if (fingerprints != null) {
			fingerprints.write(fingerprint(), builtAt);
		}
	}

	/** How many entities a rebuild indexes now: every entity of every indexed type. */
	long entities() {
		try (var entityManager = entityManagerFactory.createEntityManager()) {
			return mapping().allIndexedEntities()
				.stream()
				.mapToLong(entity -> entityManager
					.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
					.getSingleResult())
				.sum();
		}
	}

	/**
	 * Every indexed field with its type and analysers, and the word lists the index keeps (the compound words; on
	 * Elasticsearch every list, which goes into the index settings), as a SHA-256.
	 */
	String fingerprint() {
		var text = new StringBuilder("bridges ").append(BRIDGES_REVISION).append('\n');
		mapping().allIndexedEntities()
			.stream()
			.sorted(Comparator.comparing(entity -> entity.jpaName()))
			.forEach(entity -> {
				text.append(entity.jpaName()).append('\n');
				entity.indexManager()
					.descriptor()
					.staticFields()
					.stream()
					.sorted(Comparator.comparing(IndexFieldDescriptor::absolutePath))
					.forEach(field -> text.append(describe(field)).append('\n'));
			});
		try {
			for (var list : wordLists) {
				try (InputStream words = getClass().getClassLoader().getResourceAsStream(list)) {
					text.append(new String(words.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String describe(IndexFieldDescriptor field) {
		if (!field.isValueField()) {
			return field.absolutePath() + " object";
		}
		IndexValueFieldTypeDescriptor type = field.toValueField().type();
		return String.join(" ", field.absolutePath(), type.valueClass().getName(), type.analyzerName().orElse("-"),
				type.searchAnalyzerName().orElse("-"), type.normalizerName().orElse("-"), flag(type.searchable()),
				flag(type.sortable()), flag(type.projectable()), flag(type.aggregable()), flag(field.multiValued()));
	}

	private static String flag(boolean value) {
		return value ? "1" : "0";
	}

	/** One rebuild: counts what is loaded and indexed against the number of entities to index. */
	private final class Build implements MassIndexingMonitor {

		private final Instant startedAt;

		private final AtomicLong total = new AtomicLong();

		private final AtomicLong added = new AtomicLong();

		private final CompletableFuture<Void> done = new CompletableFuture<>();

		private volatile Instant finishedAt;

		private volatile boolean failed;

		Build(Instant startedAt) {
			this.startedAt = startedAt;
		}

		private volatile Instant leaseMovedAt;

		void run(SearchMapping mapping) {
			state.whole(false);
			lease();
			total.set(entities());
			changes.start();
			mapping.scope(Object.class)
				.massIndexer()
				.purgeAllOnStart(true)
				.typesToIndexInParallel(1)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(200)
				.idFetchSize(1000)
				// One segment per index after a whole rebuild: every query then sets up its scorers and seeks its
				// terms once, not once per segment the build left behind.
				.mergeSegmentsOnFinish(true)
				.monitor(this)
				.start()
				.whenComplete((result, failure) -> finish(failure));
		}

		private void finish(Throwable failure) {
			try {
				changes.finish();
			}
			catch (RuntimeException e) {
				log.error("The changes made while the search index was rebuilt could not all be indexed", e);
			}
			finishedAt = clock.instant();
			if (failure != null) {
				failed = true;
				log.error("The search index could not be rebuilt", failure);
				try {
					// The lease runs out at once; the emptied fingerprint stays: the index is not whole.
					if (fingerprints != null) {
						fingerprints.rebuilding(finishedAt);
					}
				}
				catch (IOException | RuntimeException e) {
					log.warn("Could not record that the search index's rebuild failed", e);
				}
				done.complete(null);
				return;
			}
			try {
				writeFingerprint(finishedAt);
			}
			catch (IOException | RuntimeException e) {
				log.error("The search index was rebuilt but its fingerprint could not be written", e);
			}
			// What the other nodes now read of the shared index, known here at once rather than at the next look.
			watchSharedIndex();
			state.whole(true);
			log.info("Search index rebuilt: {} documents in {} ms", added.get(),
					Duration.between(startedAt, finishedAt).toMillis());
			done.complete(null);
		}

		boolean running() {
			return !done.isDone();
		}

		Progress progress() {
			return new Progress(running(), failed, added.get(), total.get(), startedAt, finishedAt);
		}

		/** Takes or moves ahead the lease of a shared index's rebuild (each quarter of it, at most). */
		private void lease() {
			if (fingerprints == null) {
				return;
			}
			var now = clock.instant();
			var moved = leaseMovedAt;
			if (moved != null && now.isBefore(moved.plus(LEASE.dividedBy(4)))) {
				return;
			}
			leaseMovedAt = now;
			try {
				fingerprints.rebuilding(now.plus(LEASE));
			}
			catch (IOException | RuntimeException e) {
				log.warn("Could not record the search index's rebuild for the other nodes", e);
			}
		}

		@Override
		public void documentsAdded(long increment) {
			added.addAndGet(increment);
			lease();
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		/**
		 * The rebuild counts each type's entities when it comes to it, so its own total grows as it goes and a bar
		 * drawn from it would move back; the total is counted here first instead.
		 */
		@Override
		public void addToTotalCount(long increment) {
		}

		@Override
		public void indexingCompleted() {
		}
	}
}
