package dk.spirekassen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.Chromium;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages added for joining, leaving, matching and who works with whom fit a 390 px phone: nothing is drawn past
 * the edge of the screen, for a visitor, the staff of an organisation, a partner's person and the secretariat.
 */
@SpirekassenTest
class JoiningPagesOnAPhoneBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyNewPageFitsA390PixelScreen() {
		var samples = new Samples(context);
		var pages = new ArrayList<String>();
		var visitor = List.of("/bliv-partner", "/bliv-partner/sendt", "/adgang",
				"/bliv-partner/svar?token=" + samples.joining.questionToken(), "/organisationer/" + samples.organisation,
				"/partnere/" + samples.partner, "/partnere/" + samples.otherPartner + "/adgang",
				"/adgang/sendt-til-partner", "/netvaerk");
		var suggestions = "/projekter/" + samples.projects.project + "/behov/" + samples.projects.need + "/forslag";
		var member = List.of("/organisationer/" + samples.organisation + "/anmodninger", "/konto/slet", "/mit-overblik",
				"/organisationer/" + samples.organisation, suggestions, "/projekter?mine=true");
		samples.joining.staffWaiting(samples.organisation);
		samples.joining.partnerPersonWaiting(samples.partner);
		var partner = List.of("/mit-overblik", "/partnere/" + samples.partner + "/anmodninger", "/netvaerk");
		var secretariat = List.of("/sekretariat/ansoegninger", "/sekretariat/ansoegninger/" + samples.joining.waiting(),
				"/sekretariat/matchning", "/netvaerk", suggestions);
		var beyond = new ArrayList<String>();
		check(null, visitor, beyond, pages);
		check("medlem@spirekassen.dk", member, beyond, pages);
		check("partner@spirekassen.dk", partner, beyond, pages);
		check("sekretariat@spirekassen.dk", secretariat, beyond, pages);
		assertThat(pages).hasSize(visitor.size() + member.size() + partner.size() + secretariat.size());
		assertThat(beyond).as("elements past the right edge of a 390 px screen").isEmpty();
	}

	private void check(String signedInAs, List<String> urls, List<String> beyond, List<String> seen) {
		BrowserContext phone = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("da-DK")
				.setViewportSize(390, 844)
				.setScreenSize(390, 844)
				.setDeviceScaleFactor(3)
				.setIsMobile(true)
				.setHasTouch(true));
		try {
			var page = phone.newPage();
			if (signedInAs != null) {
				Chromium.signIn(page, base(), signedInAs);
			}
			for (var url : urls) {
				var response = page.navigate(base() + url);
				assertThat(response.status()).as(url).isLessThan(400);
				Chromium.beyondTheScreen(page).forEach(element -> beyond.add(url + ": " + element));
				seen.add(url);
			}
		}
		finally {
			phone.close();
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
