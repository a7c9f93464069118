package dk.spirekassen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.Chromium;
import dk.spirekassen.JoiningSamples;
import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's desk on a 390 px phone: its cards wrap into one column with nothing past the edge of the screen,
 * as do the desk's lists; and on a wide screen the cards stand side by side. A picture of each is left in
 * {@code target/screenshots} to look at.
 */
@SpirekassenTest
class SecretariatDeskBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theDeskFitsAPhoneInOneColumnAndSpreadsOutOnAWideScreen() {
		new JoiningSamples(context).waiting();
		var phone = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("da-DK")
				.setViewportSize(390, 844)
				.setScreenSize(390, 844)
				.setDeviceScaleFactor(2)
				.setIsMobile(true)
				.setHasTouch(true));
		try {
			var page = phone.newPage();
			Chromium.signIn(page, base(), "sekretariat@spirekassen.dk");
			var beyond = new ArrayList<String>();
			for (var url : List.of("/sekretariat", "/sekretariat/nye-ideer", "/sekretariat/ubesvarede-tilbud")) {
				assertThat(page.navigate(base() + url).status()).as(url).isEqualTo(200);
				Chromium.beyondTheScreen(page).forEach(element -> beyond.add(url + ": " + element));
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(Path.of("target/screenshots/phone" + url.replace('/', '-') + ".png")));
			}
			assertThat(beyond).as("elements past the right edge of a 390 px screen").isEmpty();

			page.navigate(base() + "/sekretariat");
			assertThat(columns(page, ".queues > li")).as("queue cards side by side on a phone").isEqualTo(1);
			assertThat(page.locator(".queues > li").count()).isEqualTo(6);
			assertThat(page.locator("#koe-tilmeldinger.queue-busy").count()).isEqualTo(1);
		}
		finally {
			phone.close();
		}
		var wide = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(1280, 900));
		try {
			var page = wide.newPage();
			Chromium.signIn(page, base(), "sekretariat@spirekassen.dk");
			page.navigate(base() + "/sekretariat");
			assertThat(columns(page, ".queues > li")).as("queue cards side by side on a wide screen")
				.isGreaterThan(1);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target/screenshots/wide-sekretariat.png")));
		}
		finally {
			wide.close();
		}
	}

	/** How many different left edges the elements have: the number of columns they are laid out in. */
	private static int columns(Page page, String selector) {
		return ((Number) page.evaluate("""
				selector => new Set([...document.querySelectorAll(selector)]
				  .map(el => Math.round(el.getBoundingClientRect().left))).size""", selector)).intValue();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
