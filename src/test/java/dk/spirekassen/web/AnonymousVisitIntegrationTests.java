package dk.spirekassen.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors, crawlers and bots leave no state on the server: ten thousand anonymous requests over public
 * pages, unknown URLs, protected URLs, the API and the registration form (registrations included) create no row in
 * {@code spring_session}.
 */
@SpirekassenTest
@TestPropertySource(properties = RealHttp.CONTEXT)
class AnonymousVisitIntegrationTests {

	private static final int REQUESTS = 10_000;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void tenThousandAnonymousRequestsLeaveNoSession() throws Exception {
		var day = openDay();
		var start = Instant.now().minusSeconds(1);
		var statuses = new ConcurrentHashMap<String, Map<Integer, AtomicInteger>>();
		var registered = new AtomicInteger();
		var pool = Executors.newFixedThreadPool(4);
		try {
			var work = new ArrayList<Future<?>>();
			for (int t = 0; t < 4; t++) {
				int thread = t;
				work.add(pool.submit(() -> {
					for (int i = thread; i < REQUESTS; i += 4) {
						var kind = visit(i, day, registered);
						statuses.computeIfAbsent(kind.getKey(), k -> new ConcurrentHashMap<>())
							.computeIfAbsent(kind.getValue(), s -> new AtomicInteger())
							.incrementAndGet();
					}
					return null;
				}));
			}
			for (var future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		var seen = new TreeMap<String, Map<Integer, AtomicInteger>>(statuses);
		assertThat(seen.get("unknown URL")).as("unknown URLs").containsOnlyKeys(404);
		assertThat(seen.get("protected page")).as("protected pages").containsOnlyKeys(302);
		assertThat(seen.get("API without sign-in")).as("API refusals").containsOnlyKeys(401);
		assertThat(seen.get("API write without token")).as("API writes without a CSRF token").containsOnlyKeys(403);
		assertThat(seen.get("registration")).as("registrations").containsOnlyKeys(302);
		assertThat(seen.values()).allSatisfy(byStatus -> assertThat(byStatus.keySet()).allMatch(s -> s < 500));
		assertThat(registered.get()).isEqualTo(REQUESTS / 10);
		long sessions = jdbc.sql("select count(*) from spring_session where creation_time >= ?")
			.param(start.toEpochMilli())
			.query(Long.class)
			.single();
		assertThat(sessions).as("sessions created by anonymous requests").isZero();
	}

	/** One anonymous request (two for a registration: the form, then its submit), by its place in the mix. */
	private Map.Entry<String, Integer> visit(int i, long day, AtomicInteger registered) throws Exception {
		return switch (i % 10) {
			case 0 -> Map.entry("public page", get("/").statusCode());
			case 1 -> Map.entry("day page with form", get("/udviklingsdage/" + day).statusCode());
			case 2 -> Map.entry("sign-in page", get("/login").statusCode());
			case 3 -> Map.entry("unknown URL", get(i % 20 == 3 ? "/wp-login.php" : "/.env").statusCode());
			case 4 -> Map.entry("protected page", get(i % 20 == 4 ? "/mit-overblik" : "/sekretariat").statusCode());
			case 5 -> Map.entry("public API", get("/api/days").statusCode());
			case 6 -> i % 20 == 6
					? Map.entry("API without sign-in", http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
						.header("Accept", "application/json")
						.build(), HttpResponse.BodyHandlers.discarding()).statusCode())
					: Map.entry("API write without token", http.send(HttpRequest.newBuilder(uri("/api/projects/1"))
						.method("DELETE", HttpRequest.BodyPublishers.noBody())
						.header("Accept", "application/json")
						.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
			case 7 -> {
				int status = register(day, i);
				if (status == 302) {
					registered.incrementAndGet();
				}
				yield Map.entry("registration", status);
			}
			case 8 -> Map.entry("bad filter", get("/projekter?stage=EVIL").statusCode());
			default -> Map.entry("list page", get("/organisationer?region=MIDTJYLLAND").statusCode());
		};
	}

	private int register(long day, int i) throws Exception {
		var form = get("/udviklingsdage/" + day);
		var cookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		var token = CSRF.matcher(form.body());
		assertThat(token.find()).isTrue();
		var body = "_csrf=" + encode(token.group(1)) + "&idempotencyKey=anon-" + i + "&name=" + encode("Gæst " + i)
				+ "&email=gaest-" + i + "-" + System.nanoTime() + "%40eksempel.dk&participantType=RESIDENT&consent=true";
		return http.send(HttpRequest.newBuilder(uri("/udviklingsdage/" + day + "/tilmelding"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private long openDay() {
		var starts = Instant.now().plus(Duration.ofDays(30));
		return context.getBean(DayManagement.class)
			.create(new DayDetails("Dag for anonyme besøg", null, null, Region.HOVEDSTADEN, "Remisen",
					"Blegdamsvej 132, 2100 København Ø", starts, starts.plus(Duration.ofHours(6)), 40,
					Instant.now().minus(Duration.ofDays(1)), starts.minus(Duration.ofDays(1)), null));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
