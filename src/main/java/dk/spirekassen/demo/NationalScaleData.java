package dk.spirekassen.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.projects.FileStorage;
import dk.spirekassen.shared.RowsWrittenInBulk;

/**
 * Synthetic national-scale data for benchmarks, not for tests or the demo: about 600 organisations, 8,000
 * departments, 20,000 partners, 50,000 people, 10,000 projects with 30,000 needs, 40,000 indicators and 3,000 toolbox
 * files, and 300 development days with 60,000 registrations, in Danish (issue 10), times
 * {@code spirekassen.national-scale.factor}.
 * <p>
 * Runs when {@code spirekassen.national-scale.enabled} is true (off by default, apart from the demo switch) and the
 * database has none yet ({@link NationalDirectory#LOGIN} is not an account). It runs after the application context
 * is ready, after any demo data, and before the application reports itself ready, so a benchmark waits for
 * readiness and then has it all. One seeded random source makes the same data every time, apart from dates, which
 * follow today.
 * <p>
 * Rows go straight into the tables with JDBC batches ({@link BulkInsert}), much faster than through each
 * module's API and without the events, emails and notifications those would cause; every rule the modules
 * keep (stages, capacity, waitlist order, one registration per email and day) is kept by the generator itself.
 * File content goes through the {@link FileStorage}, like an upload's. All in one transaction: a failed run leaves
 * nothing behind, and the next start tries again.
 */
@Component
class NationalScaleData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NationalScaleData.class);

	private static final long SEED = 10_600L;

	private final JdbcTemplate jdbc;

	private final FileStorage storage;

	private final PasswordEncoder passwords;

	private final ActorManagement actors;

	private final AccountManagement accounts;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	private final double factor;

	private final ApplicationEventPublisher events;

	NationalScaleData(JdbcTemplate jdbc, FileStorage storage, PasswordEncoder passwords, ActorManagement actors,
			AccountManagement accounts, PlatformTransactionManager transactions,
			@Value("${spirekassen.national-scale.enabled:false}") boolean enabled,
			@Value("${spirekassen.national-scale.factor:1.0}") double factor, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.storage = storage;
		this.passwords = passwords;
		this.actors = actors;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
		this.enabled = enabled;
		this.factor = factor;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!enabled) {
			return;
		}
		if (accounts.exists(NationalDirectory.LOGIN)) {
			log.info("National-scale data: already in the database ({} is an account), nothing to do",
					NationalDirectory.LOGIN);
			return;
		}
		var scale = NationalScale.of(factor);
		log.info("National-scale data: generating at factor {}: {}", factor, scale);
		long started = System.nanoTime();
		var counts = transaction.execute(status -> generate(scale));
		var seconds = (System.nanoTime() - started) / 1e9;
		var rows = counts.values().stream().mapToInt(Integer::intValue).sum();
		log.info("National-scale data: {} rows in {} s", rows, "%.1f".formatted(seconds));
		// The planner's statistics, as autovacuum would gather them some time after a bulk load: without them
		// PostgreSQL plans the queries of the lists for empty tables.
		started = System.nanoTime();
		jdbc.execute("ANALYZE");
		log.info("National-scale data: planner statistics gathered (ANALYZE) in {} s",
				"%.1f".formatted((System.nanoTime() - started) / 1e9));
		events.publishEvent(new RowsWrittenInBulk("national-scale data", rows));
	}

	private Map<String, Integer> generate(NationalScale scale) {
		var random = new Random(SEED);
		var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		var bulk = new BulkInsert(jdbc);
		var municipalities = actors.municipalities();
		var themes = actors.themes();
		var cvrs = new HashSet<>(jdbc.queryForList("select cvr from organisation", String.class));

		var directory = new NationalDirectory(random, bulk, now, municipalities, themes, cvrs,
				passwords.encode(DemoData.DEMO_PASSWORD));
		step(bulk, "organisations, departments, partners, people and logins", () -> directory.generate(scale));
		var projects = new NationalProjects(random, bulk, now, directory, themes, this::store);
		step(bulk, "projects with their places, participants and history", () -> projects.projects(scale.projects()));
		step(bulk, "needs", () -> projects.needs(scale.needs()));
		step(bulk, "indicators and their measurements", () -> projects.indicators(scale.indicators()));
		step(bulk, "funding lines", projects::funding);
		step(bulk, "toolbox files", () -> projects.files(scale.files()));
		var days = new NationalDays(random, bulk, now, directory, themes);
		step(bulk, "development days and registrations", () -> days.generate(scale));
		return bulk.counts();
	}

	/** Runs one step of the generation and logs the rows it wrote per table and the time it took. */
	private static void step(BulkInsert bulk, String what, Runnable step) {
		var before = bulk.counts();
		long started = System.nanoTime();
		step.run();
		bulk.flushAll();
		var written = new LinkedHashMap<String, Integer>();
		bulk.counts().forEach((table, rows) -> {
			int added = rows - before.getOrDefault(table, 0);
			if (added > 0) {
				written.put(table, added);
			}
		});
		log.info("National-scale data: {} in {} s: {}", what, "%.1f".formatted((System.nanoTime() - started) / 1e9),
				written);
	}

	/** The one place file content is handed to the storage. */
	private String store(byte[] content) {
		try {
			return storage.store(new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
