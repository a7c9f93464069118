package dk.spirekassen.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness says whether the database can be used: DOWN while it cannot, UP again when it can, each change logged once
 * without a stack trace, while liveness stays UP for a database that is merely out of reach. On H2 the database is
 * closed under the application the way H2 closes it after an out-of-memory error; on PostgreSQL it is cut off behind
 * a {@link TcpProxy}.
 * <p>
 * The test has a database of its own (an H2 file database under {@code target/}, or a {@code readiness} schema of the
 * PostgreSQL test database) and a context of its own, closed after it. The scheduled jobs that use the database are
 * held back, so that the test decides which request meets the closed database first.
 */
@SpirekassenTest
@TestPropertySource(properties = { "spirekassen.demo.enabled=false",
		"spirekassen.database.check-every=PT1H", "spirekassen.mail.send-every=PT1H",
		"spirekassen.mail.send-first-after=PT1H", "spring.session.jdbc.cleanup-cron=-",
		// shorter than HikariCP's 30 s, still longer than a readiness probe may take (check-timeout, 2 s)
		"spring.datasource.hikari.connection-timeout=10000" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseReadinessIntegrationTests {

	private static final Path H2_DIRECTORY = Path.of("target", "readiness-h2").toAbsolutePath();

	private static final String H2_URL = "jdbc:h2:file:" + H2_DIRECTORY.resolve("spirekassen")
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";

	private static TcpProxy proxy;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static boolean onPostgres() {
		return System.getProperty("spring.profiles.active", "").contains("postgres");
	}

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
		if (onPostgres()) {
			var url = System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/spirekassen");
			var database = URI.create(url.substring("jdbc:".length()));
			proxy = new TcpProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
			var proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getRawPath() + "?"
					+ (database.getRawQuery() == null ? "" : database.getRawQuery() + "&") + "currentSchema=readiness";
			registry.add("spring.datasource.url", () -> proxied);
			registry.add("spring.flyway.default-schema", () -> "readiness");
			registry.add("spring.flyway.schemas", () -> "readiness");
		}
		else {
			deleteH2Files();
			registry.add("spring.datasource.url", () -> H2_URL);
		}
	}

	/**
	 * Closes the proxy when JUnit is done with the class, after the context has closed (DirtiesContext, in an after-all
	 * callback): the context still reads the database on its way down.
	 */
	@RegisterExtension
	static final BeforeAllCallback closeProxyLast = context -> context
		.getStore(ExtensionContext.Namespace.create(DatabaseReadinessIntegrationTests.class))
		.put(TcpProxy.class, (AutoCloseable) () -> {
			if (proxy != null) {
				proxy.close();
			}
		});

	@BeforeEach
	void captureLog() {
		log.start();
		root().addAppender(log);
	}

	@AfterEach
	void releaseLog() {
		root().detachAppender(log);
	}

	@Test
	@Order(1)
	@DisabledIf("onPostgres")
	void readinessIsDownWhenH2ClosesTheDatabaseAndUpWhenItIsOpenedAgain() throws Exception {
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		long municipalities = municipalities();
		assertThat(municipalities).isPositive();

		closeH2AsAfterAnOutOfMemoryError();
		var down = get("/actuator/health/readiness");
		assertThat(down.statusCode()).as("readiness with the database closed").isEqualTo(503);
		assertThat(down.body()).contains("DOWN");
		assertThat(get("/actuator/health/liveness").statusCode()).as("liveness").isEqualTo(200);
		assertThat(awaitStatus("/actuator/health/readiness", 200)).as("readiness once H2 opened it again")
			.isEqualTo(200);
		assertThat(municipalities()).as("the data, read from the file again").isEqualTo(municipalities);
		assertThat(get("/organisationer").statusCode()).isEqualTo(200);

		// Closed again, and met first by a page that reads the database (a list page may be answered from what was
		// kept, shared.RecentReads): a 503 for it; the next check opens the database again.
		closeH2AsAfterAnOutOfMemoryError();
		var page = get("/udviklingsdage");
		assertThat(page.statusCode()).as("a page on the closed database").isEqualTo(503);
		assertThat(page.body()).contains("midlertidigt utilgængelig");
		assertThat(awaitStatus("/actuator/health/readiness", 200)).isEqualTo(200);
		assertThat(get("/organisationer").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		assertThat(lines(ClosedDatabaseEviction.class, Level.ERROR)).as("what to do, once per closure")
			.hasSize(2)
			.allSatisfy(line -> assertThat(line).contains("H2 has closed its database")
				.contains("-XX:+ExitOnOutOfMemoryError")
				.contains("PostgreSQL"));
		assertThat(lines(DatabaseHealth.class, Level.WARN)).as("readiness DOWN, logged once").hasSize(1);
		assertThat(lines(DatabaseHealth.class, Level.INFO)).as("usable again, once per closure").hasSize(2);
		assertThat(lines(DatabaseHealth.class, Level.ERROR)).isEmpty();
		assertThat(stackTraces(events().stream().filter(event -> event.getLoggerName().startsWith("dk.spirekassen"))
			.toList())).isEmpty();
	}

	/** Last: the node is broken afterwards. */
	@Test
	@Order(2)
	@DisabledIf("onPostgres")
	void livenessIsDownWhenTheEmbeddedDatabaseCannotBeOpenedAgain() throws Exception {
		assertThat(awaitStatus("/actuator/health/readiness", 200)).isEqualTo(200);

		closeH2AsAfterAnOutOfMemoryError();
		// What comes back is no longer this application's database.
		deleteH2Files();
		// The first check meets the closed database, the second one fails to open it again.
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").statusCode()).as("liveness").isEqualTo(503);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(503);

		assertThat(lines(DatabaseHealth.class, Level.ERROR)).as("restart the node, once")
			.singleElement()
			.satisfies(line -> assertThat(line).contains("could not be opened again").contains("restart the node"));
	}

	@Test
	@EnabledIf("onPostgres")
	void readinessIsDownWhilePostgresIsOutOfReachAndUpWhenItIsBack() throws Exception {
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		proxy.cut();
		long start = System.nanoTime();
		var down = get("/actuator/health/readiness");
		var waited = Duration.ofNanos(System.nanoTime() - start);
		assertThat(down.statusCode()).as("readiness with the database out of reach").isEqualTo(503);
		assertThat(waited).as("a probe's wait, well below the pool's 10 s").isLessThan(Duration.ofSeconds(5));
		int afterFirstProbe = events().size();
		for (int i = 0; i < 3; i++) {
			assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		}
		var events = events();
		assertThat(stackTraces(events.subList(afterFirstProbe, events.size()))).as("stack traces of later probes")
			.isEmpty();
		assertThat(get("/actuator/health/liveness").statusCode()).as("liveness, for an outside dependency")
			.isEqualTo(200);
		var page = get("/udviklingsdage");
		assertThat(page.statusCode()).as("a page").isEqualTo(503);
		assertThat(page.body()).contains("midlertidigt utilgængelig");
		assertThat(page.headers().firstValue("Retry-After")).isPresent();

		proxy.restore();
		assertThat(awaitStatus("/actuator/health/readiness", 200)).as("readiness, the database back").isEqualTo(200);
		assertThat(get("/organisationer").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		assertThat(lines(DatabaseHealth.class, Level.WARN)).as("down, once").singleElement()
			.satisfies(line -> assertThat(line).contains("Readiness is DOWN"));
		assertThat(lines(DatabaseHealth.class, Level.INFO)).as("back, once").singleElement()
			.satisfies(line -> assertThat(line).contains("answers again"));
		assertThat(lines(DatabaseHealth.class, Level.ERROR)).isEmpty();
	}

	/**
	 * What H2 does itself when a statement runs out of memory: it closes the database, not the sessions on it. The
	 * database is reached through the app's own pool: a connection of a second pool or DriverManager may open a
	 * second instance of the same file once H2 has forgotten the first (closing the last session of a closed
	 * instance unregisters the database by its name), which then finds the file locked.
	 */
	private void closeH2AsAfterAnOutOfMemoryError() throws Exception {
		try (var connection = dataSource.getConnection()) {
			var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
			session.getDatabase().shutdownImmediately();
		}
	}

	/**
	 * Deletes the database's directory. H2's closing threads may still write a trace or lock file for a moment after
	 * the shutdown, so a directory found not empty is walked again, a few times.
	 */
	private static void deleteH2Files() throws IOException {
		for (int attempt = 1; Files.exists(H2_DIRECTORY); attempt++) {
			try (var files = Files.walk(H2_DIRECTORY)) {
				for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
			catch (DirectoryNotEmptyException | NoSuchFileException | UncheckedIOException racing) {
				if (attempt == 10) {
					throw racing;
				}
				LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			}
		}
	}

	private long municipalities() {
		return jdbc.sql("select count(*) from municipality").query(Long.class).single();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The status of {@code path} once it is {@code expected}, or the last one after 20 s. */
	private int awaitStatus(String path, int expected) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		int status;
		while ((status = get(path).statusCode()) != expected && System.nanoTime() < until) {
			Thread.sleep(200);
		}
		return status;
	}

	/** What was logged so far (the appender adds under its own lock). */
	private List<ILoggingEvent> events() {
		synchronized (log) {
			return List.copyOf(log.list);
		}
	}

	private List<String> lines(Class<?> source, Level level) {
		return events().stream()
			.filter(event -> event.getLoggerName().equals(source.getName()) && event.getLevel() == level)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	private static List<String> stackTraces(List<ILoggingEvent> events) {
		return events.stream()
			.filter(event -> event.getThrowableProxy() != null)
			.map(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
			.toList();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}
}
