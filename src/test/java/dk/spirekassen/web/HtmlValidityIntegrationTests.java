package dk.spirekassen.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dk.spirekassen.RouteTable;
import dk.spirekassen.RouteTable.Role;
import dk.spirekassen.RouteTable.Route;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Checks every page of the route table, as each role that may see it, with the Nu HTML checker (vnu.jar, run
 * once over all pages). The jar is taken from {@code -Dvnu.jar} or from where {@code npm install --prefix target/vnu
 * vnu-jar} puts it; without it the test is skipped, unless {@code -Dhtmlcheck.required=true} (as CI sets) makes that
 * a failure.
 */
@SpirekassenTest
class HtmlValidityIntegrationTests {

	private static final Path VNU_JAR = Path.of(System.getProperty("vnu.jar",
			"target/vnu/node_modules/vnu-jar/build/dist/vnu.jar"));

	private static final Path PAGES = Path.of("target", "htmlcheck");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageIsValidHtmlForEveryRoleThatMaySeeIt() throws Exception {
		requireChecker();
		var samples = new Samples(context);
		var pages = new LinkedHashMap<Path, String>();
		var unanswered = new ArrayList<String>();
		Files.createDirectories(PAGES);
		try (var old = Files.list(PAGES)) {
			for (var file : old.toList()) {
				Files.delete(file);
			}
		}
		for (var route : RouteTable.routes()) {
			if (!route.page() || !"GET".equals(route.method())) {
				continue;
			}
			for (var role : Role.values()) {
				fetch(route, role, true, samples, pages, unanswered);
				if (route.own() != route.others()) {
					fetch(route, role, false, samples, pages, unanswered);
				}
			}
		}
		assertThat(unanswered).as("pages that did not answer with HTML").isEmpty();

		var errors = check(pages);

		assertThat(pages).as("pages checked").isNotEmpty();
		assertThat(errors).as("HTML errors found by the Nu HTML checker").isEmpty();
	}

	private static void requireChecker() {
		if (!Files.isRegularFile(VNU_JAR)) {
			var message = "The Nu HTML checker is missing at " + VNU_JAR.toAbsolutePath()
					+ " (npm install --prefix target/vnu vnu-jar@26.9.27, or -Dvnu.jar=...)";
			if (Boolean.getBoolean("htmlcheck.required")) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
	}

	private void fetch(Route route, Role role, boolean ownUrl, Samples samples, Map<Path, String> pages,
			List<String> unanswered) throws Exception {
		if (!route.allows(role, ownUrl)) {
			return;
		}
		var url = (ownUrl ? route.own() : route.others()).apply(samples);
		MockHttpServletRequestBuilder request = get(url);
		switch (role) {
			case ANONYMOUS -> {
			}
			case MEMBER -> request.with(user(accounts.loadUserByUsername("medlem@spirekassen.dk")));
			case PARTNER -> request.with(user(accounts.loadUserByUsername("partner@spirekassen.dk")));
			case SECRETARIAT -> request.with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk")));
		}
		var response = mvc.perform(request).andReturn().getResponse();
		var page = url + " as " + role;
		var contentType = response.getContentType();
		if (response.getStatus() != 200 || contentType == null || !contentType.startsWith("text/html")) {
			unanswered.add(page + ": " + response.getStatus() + " " + contentType);
			return;
		}
		var file = PAGES.resolve("%03d-%s.html".formatted(pages.size(), role.name().toLowerCase(Locale.ROOT)));
		Files.writeString(file, response.getContentAsString(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		pages.put(file.toAbsolutePath().normalize(), page);
	}

	/** Runs the checker once over all pages and returns each error as page, line and message. */
	private static List<String> check(Map<Path, String> pages) throws IOException, InterruptedException {
		var command = new ArrayList<>(List.of(javaExecutable(), "-jar", VNU_JAR.toString(), "--errors-only",
				"--format", "json"));
		pages.keySet().forEach(file -> command.add(file.toString()));
		var report = PAGES.resolve("vnu.json");
		var process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(report.toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("The HTML checker did not finish within 5 minutes");
		}
		var json = Files.readString(report, StandardCharsets.UTF_8);
		var errors = new ArrayList<String>();
		JsonNode messages = JsonMapper.builder().build().readTree(json).path("messages");
		assertThat(messages.isArray()).as("the checker's report: " + json).isTrue();
		for (var message : messages) {
			var url = message.path("url").asString("");
			var page = url.startsWith("file:") ? pages.getOrDefault(Path.of(URI.create(url)).normalize(), url) : url;
			var extract = message.path("extract").asString("").replaceAll("\\s+", " ").strip();
			errors.add("%s, line %s: %s [%s]".formatted(page, message.path("lastLine").asString("?"),
					message.path("message").asString(""), extract));
		}
		if (errors.isEmpty()) {
			assertThat(process.exitValue()).as("the checker's exit code, report: " + json).isZero();
		}
		return errors;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
