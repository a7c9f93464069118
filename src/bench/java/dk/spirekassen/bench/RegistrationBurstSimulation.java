package dk.spirekassen.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A burst of registrations for one development day: {@code bench.users} attempts (default 5,000) spread evenly over
 * {@code bench.seconds} (default 10), each a new visitor (open injection: arrivals do not wait for answers) with its
 * own email and its own {@code Idempotency-Key}, all for the day {@code bench.dayId} at {@code bench.baseUrl}. Every
 * attempt must get a 201.
 * <p>
 * Not a test: it runs only through the Maven profile {@code bench} ({@code bench/registration-burst.sh}). Besides
 * Gatling's own report it writes, to {@code bench.outDir}, the wall time of the burst (first request sent to last
 * response received, {@code burst.properties}), the status codes seen, and each registration's id, status and
 * waitlist position as the API gave them ({@code answers.csv}), so that the script can check them against the
 * database.
 */
public class RegistrationBurstSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");

	private static final long DAY_ID = Long.getLong("bench.dayId", 1L);

	private static final int USERS = Integer.getInteger("bench.users", 5_000);

	private static final int SECONDS = Integer.getInteger("bench.seconds", 10);

	private static final String RUN = System.getProperty("bench.run", Long.toString(System.currentTimeMillis()));

	private static final Path OUT = Path.of(System.getProperty("bench.outDir", "target/bench"));

	private static final AtomicInteger next = new AtomicInteger();

	private static final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);

	private static final AtomicLong lastAnswered = new AtomicLong(Long.MIN_VALUE);

	private static final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();

	private static final Queue<String> answers = new ConcurrentLinkedQueue<>();

	/** One attempt per visitor: a distinct email and a distinct idempotency key. */
	private static final Iterator<Map<String, Object>> visitors = Stream.generate(() -> {
		int n = next.incrementAndGet();
		return Map.<String, Object>of("n", n, "email", "burst-" + RUN + "-" + n + "@bench.example.org", "key",
				"burst-" + RUN + "-" + n);
	}).iterator();

	private static final String BODY = """
			{"name": "Deltager #{n}", "email": "#{email}", "organisationName": "Boligselskabet Bench",
			 "participantType": "HOUSING_STAFF", "consent": true}""";

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.acceptLanguageHeader("da")
		.userAgentHeader("spirekassen-bench/registration-burst");

	private final ScenarioBuilder burst = scenario("registration burst").feed(visitors).exec(session -> {
		firstSent.accumulateAndGet(System.currentTimeMillis(), Math::min);
		return session;
	})
		.exec(http("register").post("/api/days/" + DAY_ID + "/registrations")
			.header("Idempotency-Key", "#{key}")
			.body(StringBody(BODY))
			.check(status().saveAs("status"), status().is(201), jsonPath("$.registrationId").saveAs("id"),
					jsonPath("$.status").in("CONFIRMED", "WAITLISTED").saveAs("registrationStatus"),
					jsonPath("$.waitlistPosition").saveAs("position")))
		.exec(session -> {
			lastAnswered.accumulateAndGet(System.currentTimeMillis(), Math::max);
			String code = session.contains("status") ? session.getString("status") : "none";
			statuses.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
			if (session.contains("id")) {
				answers.add(session.getString("id") + "," + session.getString("registrationStatus") + ","
						+ session.getString("position") + "," + session.getString("email"));
			}
			return session;
		});

	{
		setUp(burst.injectOpen(constantUsersPerSec((double) USERS / SECONDS).during(Duration.ofSeconds(SECONDS))))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L), global().allRequests().count().is((long) USERS),
					global().responseTime().max().lt(15_000));
	}

	@Override
	public void after() {
		try {
			Files.createDirectories(OUT);
			var codes = new TreeMap<String, Integer>();
			statuses.forEach((k, v) -> codes.put(k, v.get()));
			var props = new StringBuilder();
			props.append("first_sent_ms=").append(firstSent.get()).append('\n');
			props.append("last_answered_ms=").append(lastAnswered.get()).append('\n');
			props.append("wall_ms=").append(lastAnswered.get() - firstSent.get()).append('\n');
			props.append("users=").append(next.get()).append('\n');
			props.append("answers=").append(answers.size()).append('\n');
			codes.forEach((k, v) -> props.append("status_").append(k).append('=').append(v).append('\n'));
			Files.writeString(OUT.resolve("burst.properties"), props, StandardCharsets.UTF_8);
			Files.write(OUT.resolve("answers.csv"), answers, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
