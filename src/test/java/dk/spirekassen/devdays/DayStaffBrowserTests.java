package dk.spirekassen.devdays;

import com.deque.html.axecore.playwright.AxeBuilder;
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

import dk.spirekassen.Chromium;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Region;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in desk on a phone at the door: the search narrows the list in place, a tap checks someone in and the
 * count follows, and the page fits 375 pixels without sideways scrolling or WCAG violations.
 */
@SpirekassenTest
class DayStaffBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	private BrowserContext context;

	@AfterEach
	void close() {
		if (context != null) {
			context.close();
		}
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
		var violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations();
		assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
	}
}
