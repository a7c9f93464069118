package dk.spirekassen.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.spirekassen.Chromium;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys through the directory in a real browser.
 */
@SpirekassenTest
class DirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void open() {
		context = Chromium.context();
		page = context.newPage();
	}

	@AfterEach
	void close() {
		if (context != null) {
			context.close();
		}
	}

	@ParameterizedTest
	@CsvSource({ "sekretariat@spirekassen.dk, Signe Sekretariat, true", "medlem@spirekassen.dk, Mads Medlem, false",
			"partner@spirekassen.dk, Pia Partner, false" })
	void signsInAsEachRole(String email, String name, boolean secretariat) {
		Chromium.signIn(page, base(), email);
		assertThat(page.locator("header .account")).containsText(name);
		assertThat(page.locator("header nav a[href='/sekretariat']")).hasCount(secretariat ? 1 : 0);
		page.locator("header button", new Page.LocatorOptions().setHasText("Log ud")).click();
		assertThat(page.locator("header .account")).containsText("Log ind");
	}

	@Test
	void wrongPasswordShowsADanishMessage() {
		page.navigate(base() + "/login");
		page.getByLabel("E-mailadresse").fill("medlem@spirekassen.dk");
		page.getByLabel("Adgangskode").fill("forkert-adgangskode");
		page.locator("main button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.containsText("E-mailadressen eller adgangskoden er forkert.");
	}

	@Test
	void filtersTheDirectoryInPlaceAndKeepsAShareableUrl() {
		page.navigate(base() + "/organisationer");
		var count = page.locator("#results .count");
		var before = count.getAttribute("data-count");
		page.getByLabel("Region").selectOption("NORDJYLLAND");
		page.waitForURL(url -> url.contains("region=NORDJYLLAND"));
		assertThat(count).not().hasAttribute("data-count", before);
		var filtered = count.getAttribute("data-count");
		page.getByLabel("Medlemskab").selectOption("true");
		page.waitForURL(url -> url.contains("member=true"));
		page.locator("#results table tbody tr").first().waitFor();
		assertThat(page.locator("#results table tbody tr td:nth-child(4)").first()).hasText("Region Nordjylland");

		// The URL is shareable: opened afresh, it shows the same filtered list.
		var url = page.url();
		var other = context.newPage();
		other.navigate(url);
		assertThat(other.getByLabel("Region")).hasValue("NORDJYLLAND");
		assertThat(other.locator("#results .count")).hasAttribute("data-count", count.getAttribute("data-count"));
		assertThat(Integer.parseInt(count.getAttribute("data-count"))).isLessThanOrEqualTo(Integer.parseInt(filtered));

		page.locator("#results table tbody tr a").first().click();
		assertThat(page.locator("h2#departments-heading")).isVisible();
	}

	@Test
	void textFilterNarrowsPartnersAsYouType() {
		page.navigate(base() + "/partnere");
		page.getByLabel("Søg", new Page.GetByLabelOptions().setExact(true)).fill("fond");
		page.waitForURL(url -> url.contains("q=fond"));
		assertThat(page.locator("#results .partner-list li").first()).containsText("Fond");
	}

	@Test
	void filtersWorkWithoutJavaScript() {
		var noScript = Chromium.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false)
				.setLocale("da-DK"));
		try {
			var plain = noScript.newPage();
			plain.navigate(base() + "/afdelinger");
			plain.getByLabel("Region").selectOption("SJAELLAND");
			plain.locator("form.filters button[type=submit]").click();
			plain.waitForURL(url -> url.contains("region=SJAELLAND"));
			assertThat(plain.locator("#results table tbody tr td:nth-child(5)").first()).hasText("Region Sjælland");
		}
		finally {
			noScript.close();
		}
	}

	@Test
	void partnerEditsOwnProfileAndIsRefusedAnothers() {
		var partner = (SignedInUser) accounts.loadUserByUsername("partner@spirekassen.dk");
		Chromium.signIn(page, base(), "partner@spirekassen.dk");
		page.navigate(base() + "/partnere/" + partner.partnerId() + "/rediger");
		page.getByLabel("Beskrivelse").fill("Vi rådgiver om ladestandere og deler gerne vores erfaringer.");
		page.getByLabel("Biodiversitet").check();
		page.locator("form.form button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("Ændringerne er gemt.");
		assertThat(page.locator("main .lead")).hasText("Vi rådgiver om ladestandere og deler gerne vores erfaringer.");

		var response = page.navigate(base() + "/partnere/" + (partner.partnerId() + 1) + "/rediger");
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Adgang nægtet");
	}

	@Test
	void memberEditsOwnOrganisationAndIsRefusedAnothers() {
		var member = (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
		Chromium.signIn(page, base(), "medlem@spirekassen.dk");
		page.navigate(base() + "/organisationer/" + member.organisationId());
		page.locator("main a.button", new Page.LocatorOptions().setHasText("Redigér")).click();
		page.getByLabel("Adresse").fill("Fællesvej 12, 8000 Aarhus C");
		page.locator("form.form button[type=submit]").click();
		assertThat(page.locator("dl.facts")).containsText("Fællesvej 12, 8000 Aarhus C");

		var response = page.navigate(base() + "/organisationer/" + (member.organisationId() + 1) + "/rediger");
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void formErrorNamesTheFieldAndKeepsWhatWasTyped() {
		var member = (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
		Chromium.signIn(page, base(), "medlem@spirekassen.dk");
		page.navigate(base() + "/organisationer/" + member.organisationId() + "/afdelinger/ny");
		page.getByLabel("Afdelingsnummer").fill("901");
		page.locator("#f-name").fill("Kærparken");
		page.getByLabel("Antal boliger").fill("-5");
		page.locator("form.form button[type=submit]").click();
		var summary = page.locator(".error-summary");
		assertThat(summary).containsText("Kommune: skal udfyldes");
		assertThat(summary).containsText("Antal boliger: må ikke være mindre end 0");
		assertThat(page.getByLabel("Afdelingsnummer")).hasValue("901");
		assertThat(page.locator("#f-name")).hasValue("Kærparken");
		assertThat(page.getByLabel("Antal boliger")).hasValue("-5");
		assertThat(page.getByLabel("Antal boliger")).hasAttribute("aria-invalid", "true");
	}

	@Test
	void switchesToEnglishAndBack() {
		page.navigate(base() + "/");
		page.locator("header a", new Page.LocatorOptions().setHasText("English")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("header nav")).containsText("Organisations");
		page.navigate(base() + "/partnere");
		assertThat(page.locator("h1")).hasText("Partners");
		page.locator("header a", new Page.LocatorOptions().setHasText("Dansk")).click();
		assertThat(page.locator("h1")).hasText("Partnere");
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
