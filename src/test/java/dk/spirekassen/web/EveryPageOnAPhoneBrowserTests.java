package dk.spirekassen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.spirekassen.Chromium;
import dk.spirekassen.RouteTable;
import dk.spirekassen.RouteTable.Access;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the route table on a 390 px phone, as a role allowed to see it: nothing is drawn past the edge of
 * the screen. The lists fold their filters away on a phone unless one is in use, and show them on a desktop. The
 * header of each signed-in role (the secretariat's has the most links) stays on one line on a 1280 px desktop.
 */
@SpirekassenTest
class EveryPageOnAPhoneBrowserTests {

	private static final int PHONE = 390;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noPageReachesPastTheRightEdgeOfA390PixelScreen() {
		var samples = new Samples(context);
		Map<Access, BrowserContext> phones = new EnumMap<>(Access.class);
		var beyond = new ArrayList<String>();
		int pages = 0;
		try {
			for (var route : RouteTable.routes()) {
				if (!route.page() || !"GET".equals(route.method())) {
					continue;
				}
				var phone = phones.computeIfAbsent(route.access(), access -> signedIn(phone(), access));
				var page = phone.pages().get(0);
				var url = route.own().apply(samples);
				var response = page.navigate(base() + url);
				assertThat(response.status()).as(url).isLessThan(400);
				Chromium.beyondTheScreen(page).forEach(element -> beyond.add(url + ": " + element));
				pages++;
			}
		}
		finally {
			phones.values().forEach(BrowserContext::close);
		}
		assertThat(pages).as("pages visited").isGreaterThan(60);
		assertThat(beyond).as("elements past the edge of a 390 px screen").isEmpty();
	}

	@Test
	void theFiltersOfAListAreFoldedOnAPhoneUnlessInUseAndShownOnADesktop() {
		var phone = phone();
		var desktop = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("da-DK")
			.setViewportSize(1280, 800));
		try {
			var page = phone.newPage();
			for (var list : List.of("/projekter", "/behov", "/partnere")) {
				page.navigate(base() + list);
				assertThat(page.locator("details.filter-panel").getAttribute("open")).as(list + " on a phone").isNull();
				assertThat(page.locator("#filter-q").isVisible()).as(list).isFalse();
				assertThat(page.locator("#results").boundingBox().y).as("the results on the first screen of " + list)
					.isLessThan(600);
				page.locator("details.filter-panel > summary").click();
				assertThat(page.locator("#filter-q").isVisible()).as("unfolded by a tap: " + list).isTrue();
			}
			for (var filtered : List.of("/projekter?stage=RUNNING", "/behov?kind=KNOWLEDGE", "/partnere?offer=FUNDS",
					"/partnere?q=r%C3%A5dgiver")) {
				page.navigate(base() + filtered);
				assertThat(page.locator("details.filter-panel").getAttribute("open")).as(filtered).isNotNull();
				assertThat(page.locator("details.filter-panel > summary").textContent()).as(filtered)
					.contains("1 i brug");
				assertThat(Chromium.beyondTheScreen(page)).as(filtered).isEmpty();
			}
			var wide = desktop.newPage();
			for (var list : List.of("/projekter", "/behov", "/partnere")) {
				wide.navigate(base() + list);
				wide.waitForFunction("() => document.querySelector('details.filter-panel').open");
				assertThat(wide.locator("#filter-q").isVisible()).as(list + " on a desktop").isTrue();
			}
		}
		finally {
			phone.close();
			desktop.close();
		}
		var noScript = Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("da-DK")
			.setViewportSize(1280, 800)
			.setJavaScriptEnabled(false));
		try {
			var plain = noScript.newPage();
			plain.navigate(base() + "/partnere");
			plain.locator("details.filter-panel > summary").click();
			plain.getByLabel("Region").selectOption("SJAELLAND");
			plain.locator("form.filters button[type=submit]").click();
			plain.waitForURL(url -> url.contains("region=SJAELLAND"));
			assertThat(plain.locator("details.filter-panel").getAttribute("open")).as("without JavaScript").isNotNull();
		}
		finally {
			noScript.close();
		}
	}

	@Test
	void theHeaderOfEverySignedInRoleIsOneLineOnA1280PixelDesktop() {
		var lines = new LinkedHashMap<String, String>();
		for (var access : List.of(Access.PUBLIC, Access.MEMBERS, Access.PARTNERS, Access.SECRETARIAT)) {
			var desktop = signedIn(Chromium.browser().newContext(new Browser.NewContextOptions().setLocale("da-DK")
				.setViewportSize(1280, 800)), access);
			try {
				var page = desktop.pages().get(0);
				for (var language : List.of("da", "en")) {
					page.navigate(base() + "/projekter?lang=" + language);
					lines.put(access + " " + language, line(page));
				}
			}
			finally {
				desktop.close();
			}
		}
		assertThat(lines).as("the brand and the menu's links on one line").hasSize(8)
			.allSatisfy((who, line) -> assertThat(line).as(who).isEqualTo("one line"));
	}

	/** Whether the menu's links share one top, on the brand's line; otherwise where they are. */
	private static String line(Page page) {
		return String.valueOf(page.evaluate("""
				() => {
				  const brand = document.querySelector('.site-header .brand').getBoundingClientRect();
				  const links = [...document.querySelectorAll('.site-header nav a')];
				  const tops = new Set(links.map(a => Math.round(a.getBoundingClientRect().top)));
				  const beside = links.every(a => {
				    const r = a.getBoundingClientRect();
				    return r.top < brand.bottom && r.bottom > brand.top;
				  });
				  return tops.size === 1 && beside ? 'one line'
				    : links.map(a => a.textContent + ' at ' + Math.round(a.getBoundingClientRect().top)).join(', ');
				}
				"""));
	}

	private BrowserContext phone() {
		var phone = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("da-DK")
				.setViewportSize(PHONE, 844)
				.setScreenSize(PHONE, 844)
				.setDeviceScaleFactor(3)
				.setIsMobile(true)
				.setHasTouch(true));
		phone.newPage();
		return phone;
	}

	private BrowserContext signedIn(BrowserContext context, Access access) {
		var page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
		switch (access) {
			case PUBLIC -> {
			}
			case SIGNED_IN, OWN_ORGANISATION, MEMBERS -> Chromium.signIn(page, base(), "medlem@spirekassen.dk");
			case OWN_PARTNER, PARTNERS -> Chromium.signIn(page, base(), "partner@spirekassen.dk");
			case SECRETARIAT -> Chromium.signIn(page, base(), "sekretariat@spirekassen.dk");
		}
		return context;
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
