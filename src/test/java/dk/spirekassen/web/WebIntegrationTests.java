package dk.spirekassen.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the running server over HTTP, as a browser does, to see headers, cookies and error pages as Tomcat
 * sends them.
 */
@SpirekassenTest
@TestPropertySource(properties = RealHttp.CONTEXT)
class WebIntegrationTests {

	/** The scrape token of the test profile (application-test.yml). */
	private static final String SCRAPE_TOKEN = "test-scrape-token-not-a-secret-0123456789";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void sendsSecurityHeaders() throws Exception {
		var response = get("/");
		var csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void pagesHaveNoInlineScript() throws Exception {
		var body = get("/organisationer").body();
		var scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(body);
		assertThat(scripts.find()).isFalse();
		assertThat(body).doesNotContain(" onclick=").doesNotContain(" onchange=");
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteAndSecureBehindAnHttpsProxy() throws Exception {
		var plain = signIn(null);
		assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
		// Behind a TLS-terminating proxy on a trusted address (here: loopback), the cookie is only sent over HTTPS.
		var proxied = signIn("https");
		assertThat(proxied).contains("HttpOnly").contains("Secure");
	}

	@Test
	void redirectsNeverTakeTheirHostFromTheRequest() throws Exception {
		// HttpClient will not send a Host header of our choosing; a socket will.
		try (var socket = new java.net.Socket("127.0.0.1", port)) {
			socket.getOutputStream().write(("GET /mit-overblik HTTP/1.1\r\nHost: evil.example\r\n"
					+ "X-Forwarded-Host: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			var answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(answer).startsWith("HTTP/1.1 302");
			assertThat(answer).contains("\r\nLocation: /login\r\n").doesNotContain("evil.example");
		}
	}

	@Test
	void anUnknownUrlIsANotFoundPageForEveryone() throws Exception {
		var response = get("/wp-login.php");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Siden findes ikke");
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
	}

	@Test
	void publicPagesAnswerHeadRequests() throws Exception {
		var response = http.send(HttpRequest.newBuilder(uri("/organisationer")).method("HEAD",
				HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	/** Rendered whole before it is sent (WholePageViews): one body of a known length, in UTF-8. */
	@Test
	void aPageIsSentWholeWithItsLengthInUtf8() throws Exception {
		var response = http.send(HttpRequest.newBuilder(uri("/partnere")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Transfer-Encoding")).as("not chunked").isEmpty();
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
		assertThat(response.body().length).as("more than one buffer of Tomcat's").isGreaterThan(8192);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).containsIgnoringCase("charset=UTF-8"));
		var page = org.jsoup.Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.select("h1").text()).isEqualTo("Partnere");
		assertThat(page.select("label[for=filter-q]").text()).as("Danish letters, decoded as UTF-8").isEqualTo("Søg");
	}

	@Autowired
	ApplicationContext context;

	/** The pages' messages without arguments are looked up once per language (KeptMessages). */
	@Test
	void theApplicationsMessagesAreKept() throws Exception {
		assertThat(context.getBean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME))
			.isInstanceOf(KeptMessages.Kept.class);
		var danish = org.jsoup.Jsoup.parse(get("/partnere").body());
		var english = org.jsoup.Jsoup.parse(get("/partnere?lang=en").body());
		assertThat(danish.select("h1").text()).isEqualTo("Partnere");
		assertThat(english.select("h1").text()).isEqualTo("Partners");
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		var response = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=sekretariat@spirekassen.dk&password=spirekasse-demo"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void unknownPageGetsAFriendlyDanishPageWithReference() throws Exception {
		var response = get("/organisationer/987654321");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Siden findes ikke")
			.containsPattern("data-reference>[0-9a-f]{8}<")
			.doesNotContain("Exception")
			.doesNotContain("at dk.spirekassen");
	}

	@Test
	void badParameterGetsAFriendlyPageNotAStackTrace() throws Exception {
		var response = get("/organisationer/99999999999999999999999");
		assertThat(response.statusCode()).isBetween(400, 404);
		assertThat(response.body()).contains("data-reference").doesNotContain("Exception");
	}

	@Test
	void apiErrorsAreProblemJson() throws Exception {
		var response = http.send(HttpRequest.newBuilder(uri("/api/organisations/987654321"))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		var problem = new tools.jackson.databind.ObjectMapper().readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString()).contains("findes ikke");
		assertThat(response.body()).doesNotContain("Exception");

		var unknownPath = http.send(HttpRequest.newBuilder(uri("/api/nothing/here"))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknownPath.statusCode()).isEqualTo(404);
		assertThat(unknownPath.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(new tools.jackson.databind.ObjectMapper().readTree(unknownPath.body()).get("reference").asString())
			.matches("[0-9a-f]{8}");
	}

	/** Signs the demo member in over HTTP, as a browser does, and gives the session cookie's header. */
	private String signIn(String forwardedProto) throws Exception {
		var login = get("/login");
		var csrf = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.findFirst().orElseThrow().split(";")[0];
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		var form = "username=medlem%40spirekassen.dk&password=spirekasse-demo&_csrf="
				+ java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
		var request = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrf)
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("/login"));
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
			.findFirst().orElseThrow();
	}

	@Test
	void healthIsUpWithLivenessAndReadiness() throws Exception {
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		var readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
	}

	@Test
	void infoNamesTheApplicationAndItsBuild() throws Exception {
		var body = get("/actuator/info").body();
		assertThat(body).contains("Spirekassen").contains("\"artifact\":\"spirekassen\"");
	}

	@Test
	void metricsAreForTheSecretariatAndAPrometheusServerWithTheScrapeToken() throws Exception {
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(scrape("Bearer " + "x".repeat(ScrapeToken.MIN_LENGTH)).statusCode()).isEqualTo(401);
		assertThat(scrape(SCRAPE_TOKEN).statusCode()).as("the token without Bearer").isEqualTo(401);

		var scraped = scrape("Bearer " + SCRAPE_TOKEN);
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		// The text exposition format: comments, and samples of a metric name, optional labels and a number.
		var sample = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? (-?[0-9.eE+-]+|[+-]Inf|NaN)( [0-9]+)?");
		var lines = scraped.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
		assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches(sample));
		assertThat(lines).anyMatch(line -> line.startsWith("jvm_memory_used_bytes{"));

		var post = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
			.header("Authorization", "Bearer " + SCRAPE_TOKEN)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).as("only a GET is a scrape").isIn(401, 403);
	}

	@Test
	void aScrapeTokenTooShortToBeSecretStopsTheStart() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new ScrapeToken("kort"))
			.withMessageContaining("spirekassen.metrics.scrape-token");
		assertThat(new ScrapeToken("").matches(new org.springframework.mock.web.MockHttpServletRequest("GET",
				"/actuator/prometheus"))).isFalse();
	}

	private HttpResponse<String> scrape(String authorization) throws Exception {
		return http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", authorization)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void openApiDescribesTheDirectoryApi() throws Exception {
		var response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("/api/organisations").contains("/api/partners");
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void servesHtmxFromItsWebjar() throws Exception {
		var response = get("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("htmx");
	}

	private HttpResponse<String> get(String path) throws Exception {
		// As a browser asks.
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
