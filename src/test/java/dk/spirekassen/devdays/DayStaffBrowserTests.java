package dk.spirekassen.devdays;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import dk.spirekassen.Axe;
import dk.spirekassen.Chromium;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Region;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's staff pages in a browser: each part fits the screen of a laptop and of a phone, and the check-in desk on
 * a phone at the door narrows the list in place as one searches, checks someone in with a tap and counts along,
 * without sideways scrolling or WCAG violations.
 */
@SpirekassenTest
class DayStaffBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	IdeaManagement ideas;

	private BrowserContext context;

	@AfterEach
	void close() {
		if (context != null) {
			context.close();
		}
	}

	/**
	 * A day's staff pages, one per part, fit a 1280 pixel screen and a 390 pixel phone: nothing, not a participant's
	 * actions opened nor a table's last column, lies past the right edge, not even inside a box that scrolls sideways.
	 * On the phone the layout viewport widens to fit what is too wide, so edges are compared with the screen's width.
	 */
	@Test
	void everyPartOfADaysStaffPagesFitsTheScreenAt1280And390Pixels() {
		var now = Instant.now();
		long day = days.create(new DayDetails("Eksisterende boligområder imødekommer fremtidens behov i Hovedstaden",
				null, "En dag om fremtidens boligområder.", Region.HOVEDSTADEN, "Københavns Universitet, Søndre Campus",
				"Karen Blixens Plads 8, 2300 København S", now.plus(Duration.ofDays(8)),
				now.plus(Duration.ofDays(8)).plusSeconds(6 * 3600), 4, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(7)), "Sekretariatet og Center for Boligforskning"));
		long first = 0;
		for (var name : List.of("Karen Margrethe Østergaard-Christiansen", "Jens Ærlig Andersen", "Mette Kristensen",
				"Søren Ærøskøbing", "Ulla Venter", "Ali Hassan")) {
			var registration = desk.register(day, new RegistrationDetails(name,
					name.replace(" ", ".").toLowerCase() + "@boligselskabet-fremtidens-baeredygtige-boligomraader.dk",
					"Boligselskabet Fremtidens Bæredygtige Boligområder i Region Hovedstaden", null,
					ParticipantType.HOUSING_STAFF, "Vegetar, ingen nødder og ingen gluten",
					"Kørestol, teleslynge og plads til en hjælper", true), null, null);
			first = first == 0 ? registration.registrationId() : first;
		}
		desk.checkIn(first, true);
		days.addProgrammeItem(day, java.time.LocalTime.of(9, 30), java.time.LocalTime.of(10, 0),
				"Velkomst og præsentation af dagens program og de mange spændende oplægsholdere", null);
		long idea = ideas.addIdea(day, "Fælles værksted i kælderen under blok C", "Et værksted for alle", null,
				"Jens Ærlig Andersen");
		ideas.formGroup(day, "Værkstedsgruppen", "Et værksted for beboerne", java.util.Set.of(idea),
				java.util.Set.of(first), "Sekretariatet");
		var base = "/sekretariat/udviklingsdage/" + day;
		var pages = List.of(base, base + "/deltagere", base + "/program", base + "/beskeder", base + "/ideer",
				base + "/evaluering", base + "/indtjekning", base + "/rediger");

		var beyond = new java.util.ArrayList<String>();
		for (boolean phone : new boolean[] { false, true }) {
			var options = new com.microsoft.playwright.Browser.NewContextOptions().setLocale("da-DK");
			options = phone ? options.setViewportSize(390, 844).setScreenSize(390, 844).setDeviceScaleFactor(3)
				.setIsMobile(true).setHasTouch(true) : options.setViewportSize(1280, 900).setScreenSize(1280, 900);
			context = Chromium.browser().newContext(options);
			var page = context.newPage();
			Chromium.signIn(page, "http://localhost:" + port, "sekretariat@spirekassen.dk");
			for (var url : pages) {
				assertThat(page.navigate("http://localhost:" + port + url).status()).as(url).isEqualTo(200);
				page.evaluate("() => document.querySelectorAll('main details').forEach(d => d.open = true)");
				assertThat((Number) page.evaluate("screen.width")).isEqualTo(phone ? 390 : 1280);
				Chromium.beyondTheScreenEvenInScrollingBoxes(page)
					.forEach(element -> beyond.add((phone ? "390 " : "1280 ") + url + ": " + element));
			}
			assertThat(page.navigate("http://localhost:" + port + base + "/deltagere").status()).isEqualTo(200);
			page.locator("#r-" + first + " summary").click();
			var remove = page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Fjern Karen Margrethe Østergaard-Christiansen"));
			assertThat(remove).isVisible();
			var box = remove.boundingBox();
			assertThat(box.x).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).as("the remove button's right edge").isLessThanOrEqualTo(phone ? 390 : 1280);
			context.close();
			context = null;
		}
		assertThat(beyond).as("elements past the right edge of the screen").isEmpty();
	}

	@Test
	void checksSomeoneInOnAPhone() {
		var now = Instant.now();
		long day = days.create(new DayDetails("Levende lokalsamfund på Fyn", null, null, Region.SYDDANMARK, "Odense",
				"Flakhaven 2, 5000 Odense C", now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(5)).plusSeconds(3600),
				10, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(4)), null));
		for (var name : List.of("Karen Østergaard", "Jens Ærlig Andersen", "Mette Kristensen")) {
			desk.register(day, new RegistrationDetails(name, name.replace(" ", ".").toLowerCase() + "@example.dk",
					"Boligselskabet Fynsland", null, ParticipantType.HOUSING_STAFF, null, null, true), null, null);
		}
		context = Chromium.context();
		var page = context.newPage();
		Chromium.signIn(page, "http://localhost:" + port, "sekretariat@spirekassen.dk");
		page.setViewportSize(375, 740);
		page.navigate("http://localhost:" + port + "/sekretariat/udviklingsdage/" + day + "/indtjekning");
		assertThat(page.locator("#checkin-count")).containsText("0 af 3");

		page.getByLabel("Søg på navn").fill("øster");
		assertThat(page.locator(".checkin-list li")).hasCount(1);
		assertThat(page).hasURL(Pattern.compile(".*q=%C3%B8ster.*"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tjek ind Karen Østergaard")).click();
		assertThat(page.locator("#checkin-count")).containsText("1 af 3");
		assertThat(page.locator(".checkin-list li")).hasCount(1);
		assertThat(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Fortryd indtjekning Karen Østergaard"))).isVisible();

		var overflow = (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).as("sideways scrolling at 375 px").isFalse();
		var violations = Axe.violations(page);
		assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
	}
}
