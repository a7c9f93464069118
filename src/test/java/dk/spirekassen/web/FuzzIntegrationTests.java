package dk.spirekassen.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import dk.spirekassen.RouteTable;
import dk.spirekassen.RouteTable.Role;
import dk.spirekassen.RouteTable.Route;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Walks every route of {@link RouteTable} for every role with generated bad input: wrong types, unknown and huge
 * ids, long strings, NUL and odd Unicode, missing and repeated fields, wrong content types and bodies. No answer
 * may be a server error, and nothing may be logged at ERROR or with a stack trace.
 * <p>
 * The fuzzer changes and removes whatever it reaches, so it runs on a database of its own (another in-memory H2
 * database, or another schema of the PostgreSQL test database), never on the one the other tests share.
 */
@SpirekassenTest
class FuzzIntegrationTests {

	/** Requests per route, role and URL (own and other's); the seed keeps each run the same. */
	private static final int REQUESTS_PER_ROUTE = 16;

	private static final long SEED = 20261129L;

	private static final Pattern NUMBER_SEGMENT = Pattern.compile("/(\\d+)(?=/|$|\\?)");

	private static final List<String> BAD_IDS = List.of("0", "999999999", "2147483648", "9223372036854775807",
			"99999999999999999999");

	private static final List<String> BAD_VALUES = List.of("EVIL", "", " ", "-1", "0", "2147483647",
			"99999999999999999999", "1e309", "NaN", "abc", "true", "maybe", "2026-13-45", "31.02.2026",
			"\u0000", "a\u0000b", "\u202Eevil\u202C", "😀🏠", "\uFEFF", "<script>alert(1)</script>",
			"' OR 1=1 --", "=HYPERLINK(\"http://evil.example\")", "../../etc/passwd", "%00", "999999,99",
			"-99999999999999", "x".repeat(5000), "å".repeat(300), "1,2,3", "[]", "{}", "null");

	private static final List<String> BAD_BODIES = List.of("", "{", "null", "[]", "\"text\"", "{\"email\":12}",
			"{\"name\":{\"x\":1},\"email\":[],\"consent\":\"maybe\",\"type\":\"EVIL\"}",
			"{\"name\":\"" + "x".repeat(20000) + "\",\"email\":\"a@b.dk\",\"consent\":true}",
			"{\"capacity\":1e400}", "\u0000\u0001\u0002");

	private static final List<String> BAD_FILE_NAMES = List.of("a\u0000b.pdf", "../../x.pdf", "", "x".repeat(500)
			+ ".pdf", "\u202Etxt.exe", "con.pdf", "😀.pdf");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	private final ErrorLog errorLog = new ErrorLog();

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		// Ten thousand requests: printing each on failure would bury the failure.
		registry.add("spring.test.mockmvc.print", () -> "none");
		var profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("postgres")) {
			var url = System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/spirekassen");
			registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=fuzz");
			registry.add("spring.flyway.default-schema", () -> "fuzz");
			registry.add("spring.flyway.schemas", () -> "fuzz");
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}

	@BeforeEach
	void listen() {
		errorLog.start();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(errorLog);
	}

	@AfterEach
	void stopListening() {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(errorLog);
	}

	@Test
	void badInputOnEveryRouteForEveryRoleIsNeverAServerError() throws Exception {
		var samples = new Samples(context);
		var random = new Random(SEED);
		var handlers = handlers();
		var sent = new AtomicInteger();
		var failures = new java.util.TreeMap<String, String>();
		for (var route : RouteTable.routes()) {
			var fields = Fields.of(handlers.get(route.key()));
			var urls = new ArrayList<String>();
			urls.add(route.own().apply(samples));
			if (route.own() != route.others()) {
				urls.add(route.others().apply(samples));
			}
			for (var role : Role.values()) {
				for (var url : urls) {
					for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
						var request = mutate(route, url, fields, random, i);
						as(role, request);
						int status;
						try {
							status = mvc.perform(request).andReturn().getResponse().getStatus();
						}
						catch (Exception ex) {
							status = 999;
							failures.putIfAbsent(route.key() + " as " + role + " threw", describe(request) + " " + ex);
						}
						sent.incrementAndGet();
						if (status >= 500 && status != 999) {
							failures.putIfAbsent(route.key() + " as " + role + " " + status, describe(request));
						}
					}
				}
			}
		}
		sent.addAndGet(oddRequests(failures));
		var report = java.nio.file.Path.of("target", "fuzz-failures.txt");
		java.nio.file.Files.writeString(report, failures.entrySet()
			.stream()
			.map(e -> e.getKey() + "\n    " + e.getValue().substring(0, Math.min(600, e.getValue().length())))
			.collect(java.util.stream.Collectors.joining("\n")));
		assertThat(failures.keySet()).as("server errors, one example each in " + report).isEmpty();
		assertThat(new java.util.TreeSet<>(errorLog.lines)).as("lines logged at ERROR or with a stack trace").isEmpty();
		assertThat(sent.get()).as("requests sent").isGreaterThanOrEqualTo(10_000);
		System.out.println("Fuzzed " + sent.get() + " requests: 0 server errors, 0 ERROR lines");
	}

	/** Requests no route of the table makes: the error page itself and unknown URLs. */
	private int oddRequests(Map<String, String> failures) throws Exception {
		var odd = List.of("/error", "/wp-login.php", "/projekter/abc", "/%2e%2e/etc/passwd", "/api/nothing",
				"/organisationer/99999999999999999999", "/api/projects?page=2147483647",
				"/api/organisations?page=2147483647&size=2147483647", "/udviklingsdage/kalender.ics?x=%00");
		int count = 0;
		for (var url : odd) {
			for (var role : Role.values()) {
				for (var method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
					var request = MockMvcRequestBuilders.request(method, url).with(csrf());
					as(role, request);
					count++;
					try {
						int status = mvc.perform(request).andReturn().getResponse().getStatus();
						if (status >= 500) {
							failures.putIfAbsent("%s %s as %s".formatted(method, url, role), String.valueOf(status));
						}
					}
					catch (Exception ex) {
						failures.putIfAbsent("%s %s as %s threw".formatted(method, url, role), ex.toString());
					}
				}
			}
		}
		return count;
	}

	private AbstractMockHttpServletRequestBuilder<?> mutate(Route route, String url, Fields fields, Random random, int i) {
		var builder = UriComponentsBuilder.fromUriString(url);
		var path = builder.build().getPath();
		var query = new LinkedHashMap<String, List<String>>(builder.build().getQueryParams());
		// Every fourth request changes an id in the path; the rest change the fields.
		if (i % 4 == 1) {
			var matcher = NUMBER_SEGMENT.matcher(path);
			var segments = new ArrayList<int[]>();
			while (matcher.find()) {
				segments.add(new int[] { matcher.start(1), matcher.end(1) });
			}
			if (!segments.isEmpty()) {
				var segment = segments.get(random.nextInt(segments.size()));
				path = path.substring(0, segment[0]) + pick(BAD_IDS, random) + path.substring(segment[1]);
			}
		}
		var params = new LinkedHashMap<String, List<String>>();
		query.forEach((name, values) -> params.put(name, new ArrayList<>(values)));
		var names = new ArrayList<>(fields.params);
		names.addAll(query.keySet());
		if (!names.isEmpty() && i % 4 != 1) {
			int changes = 1 + random.nextInt(Math.min(4, names.size()));
			for (int c = 0; c < changes; c++) {
				var name = pick(names, random);
				var value = pick(BAD_VALUES, random);
				if (random.nextInt(5) == 0) {
					params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
				}
				else {
					params.put(name, new ArrayList<>(List.of(value)));
				}
			}
		}
		if (i % 7 == 3) {
			params.clear();
		}
		AbstractMockHttpServletRequestBuilder<?> request;
		var method = HttpMethod.valueOf(route.method());
		if (method == HttpMethod.POST && fields.file != null && i % 3 == 0) {
			var multipart = MockMvcRequestBuilders.multipart(path);
			var content = i % 2 == 0 ? new byte[0] : "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8);
			multipart.file(new MockMultipartFile(fields.file, pick(BAD_FILE_NAMES, random),
					"application/octet-stream", content));
			request = multipart;
		}
		else if (method == HttpMethod.POST && (fields.body || i % 11 == 5)) {
			request = MockMvcRequestBuilders.post(path)
				.contentType(i % 5 == 0 ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON)
				.content(pick(BAD_BODIES, random));
		}
		else {
			request = MockMvcRequestBuilders.request(method, path);
		}
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		for (var header : fields.headers) {
			if (random.nextBoolean()) {
				request.header(header, pick(BAD_VALUES, random));
			}
		}
		if (i % 13 == 7) {
			request.header("HX-Request", "true");
		}
		if (method == HttpMethod.POST) {
			request.with(csrf());
		}
		return request;
	}

	private void as(Role role, AbstractMockHttpServletRequestBuilder<?> request) {
		UserDetails who = switch (role) {
			case ANONYMOUS -> null;
			case MEMBER -> accounts.loadUserByUsername("medlem@spirekassen.dk");
			case PARTNER -> accounts.loadUserByUsername("partner@spirekassen.dk");
			case SECRETARIAT -> accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		};
		if (who != null) {
			request.with(user(who));
		}
		// Each request from its own address, so the fuzzer trips no throttle meant for one client.
		var address = "10.9." + (role.ordinal() + 1) + "." + (1 + Math.floorMod(request.hashCode(), 250));
		request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	private static String describe(AbstractMockHttpServletRequestBuilder<?> request) {
		var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
		var text = built.getMethod() + " " + built.getRequestURI() + " " + built.getParameterMap()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + List.of(e.getValue()))
			.toList();
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private Map<String, HandlerMethod> handlers() {
		var byKey = new LinkedHashMap<String, HandlerMethod>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			for (var pattern : info.getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					byKey.put(method.name() + " " + pattern, entry.getValue());
				}
			}
		}
		return byKey;
	}

	/** The request parameters, headers, file part and body a handler reads, found from its signature. */
	record Fields(List<String> params, List<String> headers, String file, boolean body) {

		static Fields of(HandlerMethod handler) {
			if (handler == null) {
				return new Fields(List.of(), List.of(), null, false);
			}
			var params = new ArrayList<String>();
			var headers = new ArrayList<String>();
			String file = null;
			boolean body = false;
			for (var parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
				var type = parameter.getParameterType();
				var requestParam = parameter.getParameterAnnotation(
						org.springframework.web.bind.annotation.RequestParam.class);
				var header = parameter.getParameterAnnotation(
						org.springframework.web.bind.annotation.RequestHeader.class);
				if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
					continue;
				}
				if (header != null) {
					headers.add(header.name().isEmpty() ? header.value() : header.name());
				}
				else if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
					body = true;
				}
				else if (org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type)) {
					file = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name()
							: parameter.getParameterName();
				}
				else if (requestParam != null) {
					var name = !requestParam.name().isEmpty() ? requestParam.name()
							: !requestParam.value().isEmpty() ? requestParam.value() : parameter.getParameterName();
					params.add(name);
				}
				else if (type.isRecord() && type.getName().startsWith("dk.spirekassen")) {
					for (var component : type.getRecordComponents()) {
						if (org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(component.getType())) {
							file = component.getName();
						}
						else {
							params.add(component.getName());
						}
					}
				}
				else if (org.springframework.beans.BeanUtils.isSimpleProperty(type) && parameter.getParameterName() != null
						&& !type.getName().startsWith("java.util.Locale")) {
					params.add(parameter.getParameterName());
				}
			}
			Collections.shuffle(params, new Random(params.size()));
			return new Fields(List.copyOf(params), List.copyOf(headers), file, body);
		}
	}

	/** Collects every ERROR line and every line with a stack trace, from any thread. */
	static final class ErrorLog extends AppenderBase<ILoggingEvent> {

		final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

		@Override
		protected void append(ILoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null) {
				lines.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
						+ (event.getThrowableProxy() == null ? ""
								: " [" + event.getThrowableProxy().getClassName() + ": "
										+ event.getThrowableProxy().getMessage() + "]"));
			}
		}
	}
}
