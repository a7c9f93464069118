package dk.spirekassen.web;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.spirekassen.Axe;
import dk.spirekassen.Chromium;
import dk.spirekassen.RouteTable;
import dk.spirekassen.RouteTable.Access;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans every page of the route table, as a role allowed to see it, with axe for WCAG 2.1 A and AA, and also a
 * form showing errors, an error page, the English version and a phone-sized screen.
 */
@SpirekassenTest
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPageHasNoWcagViolations() {
		var samples = new Samples(context);
		Map<Access, BrowserContext> contexts = new EnumMap<>(Access.class);
		var violations = new ArrayList<String>();
		try {
			for (var route : RouteTable.routes()) {
				if (!route.page() || !"GET".equals(route.method())) {
					continue;
				}
				var context = contexts.computeIfAbsent(route.access(), this::contextFor);
				var page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
				var url = route.own().apply(samples);
				var response = page.navigate(base() + url);
				assertThat(response.status()).as(url).isLessThan(400);
				violations.addAll(scan(page, url));
			}

			var member = contexts.get(Access.OWN_ORGANISATION).pages().get(0);
			member.navigate(base() + "/organisationer/" + samples.organisation + "/afdelinger/ny");
			member.getByLabel("Antal boliger").fill("mange");
			member.locator("form.form button[type=submit]").click();
			member.locator(".error-summary").waitFor();
			violations.addAll(scan(member, "department form with errors"));

			var anonymous = contexts.get(Access.PUBLIC).pages().get(0);
			anonymous.navigate(base() + "/findes/ikke/123");
			anonymous.navigate(base() + "/organisationer/987654321");
			violations.addAll(scan(anonymous, "404 page"));
			anonymous.navigate(base() + "/?lang=en");
			violations.addAll(scan(anonymous, "home in English"));
			anonymous.navigate(base() + "/partnere?lang=da");
			anonymous.setViewportSize(375, 740);
			violations.addAll(scan(anonymous, "partners on a phone"));
		}
		finally {
			contexts.values().forEach(BrowserContext::close);
		}
		assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
	}

	private BrowserContext contextFor(Access access) {
		var context = Chromium.context();
		var page = context.newPage();
		switch (access) {
			case PUBLIC -> {
			}
			case SIGNED_IN, OWN_ORGANISATION, MEMBERS -> Chromium.signIn(page, base(), "medlem@spirekassen.dk");
			case OWN_PARTNER, PARTNERS -> Chromium.signIn(page, base(), "partner@spirekassen.dk");
			case SECRETARIAT -> Chromium.signIn(page, base(), "sekretariat@spirekassen.dk");
		}
		return context;
	}

	private static List<String> scan(Page page, String what) {
		return Axe.violations(page).stream().map(rule -> describe(what, rule)).toList();
	}

	private static String describe(String what, Rule rule) {
		return "%s: %s (%s) at %s".formatted(what, rule.getId(), rule.getHelp(), rule.getNodes()
			.stream()
			.limit(3)
			.map(node -> String.valueOf(node.getTarget()))
			.collect(Collectors.joining(", ")));
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
