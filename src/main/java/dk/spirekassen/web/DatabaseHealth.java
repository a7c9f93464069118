package dk.spirekassen.web;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the database can be used, as the health contributor {@code db} that readiness includes (it replaces Spring
 * Boot's, which asks a connection {@code isValid()}: an H2 database closed by an error still says true there, and a
 * PostgreSQL out of reach keeps the probe waiting as long as the pool waits for a connection, 30 s by default).
 * <p>
 * The check runs a real query on the schema's own table ({@link #QUERY}; an empty database fails it too) on a
 * connection from the application's pool, on a thread of its own, and a probe waits for it at most
 * {@code spirekassen.database.check-timeout}: after that it answers DOWN, and the next probes wait for the same check
 * instead of starting more. Besides the probes, the check runs every {@code spirekassen.database.check-every}, so the
 * node notices and logs a lost database even when nothing probes it.
 * <p>
 * Going DOWN is logged once as a warning with the reason, coming back once at INFO; no stack traces. A database out
 * of reach is an outside dependency, so liveness stays UP and the node recovers by itself. An embedded H2 database is
 * part of the node: when H2 has closed it ({@link ClosedDatabaseEviction}) the pool opens it again, and if that fails,
 * liveness turns BROKEN (logged once) so that a supervisor restarts the node.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	/** Every database of this application has Flyway's table, with a row per migration. */
	static final String QUERY = "select count(*) from flyway_schema_history";

	private static final String SQL_STATEMENT = "; SQL statement:";

	private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final Duration timeout;

	private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "database-check");
		thread.setDaemon(true);
		return thread;
	});

	private Future<Health> running;

	/** When the database was first found unusable; null while it is usable. */
	private Instant downSince;

	private boolean broken;

	DatabaseHealth(DataSource dataSource, ApplicationEventPublisher events,
			@Value("${spirekassen.database.check-timeout:PT2S}") Duration timeout) {
		this.dataSource = dataSource;
		this.events = events;
		this.timeout = timeout;
	}

	@Override
	public Health health() {
		var check = start();
		try {
			return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return failed("no answer within " + timeout.toMillis() + " ms", false);
		}
		catch (ExecutionException ex) {
			return failed(String.valueOf(ex.getCause()), false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
	}

	/** Checks the database now and then, so that a node nobody probes still notices, logs and recovers. */
	@Scheduled(fixedDelayString = "${spirekassen.database.check-every:PT10S}",
			initialDelayString = "${spirekassen.database.check-every:PT10S}")
	void watch() {
		start();
	}

	@Override
	public synchronized void destroy() {
		checker.shutdownNow();
	}

	private synchronized Future<Health> start() {
		if (checker.isShutdown()) {
			return CompletableFuture.completedFuture(Health.down().withDetail("error", "stopping").build());
		}
		if (running == null || running.isDone()) {
			running = checker.submit(this::check);
		}
		return running;
	}

	private Health check() {
		var pool = pool();
		var eviction = pool == null ? null
				: pool.getExceptionOverride() instanceof ClosedDatabaseEviction closed ? closed : null;
		boolean afterClosure = eviction != null && eviction.sawClosure();
		if (afterClosure) {
			// Every connection open when H2 closed the database is dead: the query below opens it again.
			softEvict(pool);
		}
		String product;
		try (var connection = dataSource.getConnection()) {
			// A connection whose packets go nowhere answers within the timeout too (H2 ignores this).
			connection.setNetworkTimeout(Runnable::run, (int) timeout.toMillis());
			product = connection.getMetaData().getDatabaseProductName();
			try (var statement = connection.createStatement()) {
				statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
				try (var rows = statement.executeQuery(QUERY)) {
					rows.next();
				}
				finally {
					// H2 keeps a statement's query timeout on its session, so every later statement on this pooled
					// connection would be cancelled after it: a request slowed down by load then failed.
					statement.setQueryTimeout(0);
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			if (eviction != null && eviction.sawClosure() || pool != null && lostConnection(ex)) {
				// Every idle connection is as dead as this one: let them go now rather than have each later check
				// or request meet another and the pool log each one.
				softEvict(pool);
			}
			return failed(reason(ex), afterClosure && embedded(pool));
		}
		if (eviction != null) {
			eviction.reopened();
		}
		return usable(product, afterClosure);
	}

	private synchronized Health usable(String product, boolean reopened) {
		if (downSince != null || reopened) {
			log.info("The database answers again{}{}; readiness is UP.",
					downSince == null ? ""
							: String.format(Locale.ROOT, " after %.1f s",
									Duration.between(downSince, Instant.now()).toMillis() / 1000.0),
					reopened ? " (H2 opened it again from its file)" : "");
		}
		downSince = null;
		if (broken) {
			broken = false;
			AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
		}
		return Health.up().withDetail("database", product).build();
	}

	/**
	 * The database cannot be used. {@code reopenFailed}: an embedded H2 database that H2 had closed could not be opened
	 * again, which only a restart of the node may mend.
	 */
	private synchronized Health failed(String reason, boolean reopenFailed) {
		if (checker.isShutdown()) {
			// the node is stopping: a check cut off by that says nothing about the database
			return Health.down().withDetail("error", "stopping").build();
		}
		if (reopenFailed && !broken) {
			broken = true;
			log.error("The embedded H2 database could not be opened again after H2 closed it: {}. Liveness is DOWN: "
					+ "restart the node, and look for the cause (out of memory, a full disk) in the errors before "
					+ "this line.", reason);
			AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
		}
		else if (downSince == null) {
			log.warn("The database cannot be used: {}. Readiness is DOWN and pages answer 503 until it answers again.",
					reason);
		}
		if (downSince == null) {
			downSince = Instant.now();
		}
		return Health.down().withDetail("error", reason).build();
	}

	/** Whether the database could not be reached: an SQL state of class 08 (connection exception) in the causes. */
	private static boolean lostConnection(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private HikariDataSource pool() {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	private static void softEvict(HikariDataSource pool) {
		var mxBean = pool == null ? null : pool.getHikariPoolMXBean();
		if (mxBean != null) {
			mxBean.softEvictConnections();
		}
	}

	/** An H2 database inside this JVM (not one reached over TCP). */
	private static boolean embedded(HikariDataSource pool) {
		var url = pool == null ? null : pool.getJdbcUrl();
		return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
				&& !url.startsWith("jdbc:h2:ssl:");
	}

	/** The failure's message, and its innermost cause's where that differs, on one line. */
	private static String reason(Throwable failure) {
		var root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		var message = failure.getMessage() == null ? failure.getClass().getSimpleName()
				: firstLine(failure.getMessage());
		return root == failure || root.getMessage() == null ? message
				: message + " (" + firstLine(root.getMessage()) + ")";
	}

	/** The first line of an exception's message: H2 adds "; SQL statement:" and the statement on the next lines. */
	static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		var line = (end < 0 ? message : message.substring(0, end)).strip();
		return line.endsWith(SQL_STATEMENT) ? line.substring(0, line.length() - SQL_STATEMENT.length()) : line;
	}
}
