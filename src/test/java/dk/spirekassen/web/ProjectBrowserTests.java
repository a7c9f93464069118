package dk.spirekassen.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import dk.spirekassen.Chromium;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An idea's whole life in a real browser: a partner proposes it, the secretariat makes it a running project with an
 * owner and a lead, the lead measures its value, accepts a partner's offer, completes it with a results file, and
 * an anonymous visitor downloads that file.
 */
@SpirekassenTest
class ProjectBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	private final Chromium.Visitors visitors = new Chromium.Visitors();

	@AfterEach
	void close() {
		visitors.close();
	}

	private Page as(String email) {
		return visitors.as(base(), email);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static Locator field(Page page, String label) {
		return Chromium.labelled(page, label);
	}

	private static void save(Page page) {
		page.locator("main form.form button[type=submit]").click();
	}

	@Test
	void anIdeaBecomesACompletedProjectWhoseResultAnyoneCanDownload() throws IOException {
		var member = (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");

		// 1. A partner proposes an idea.
		var partner = as("partner@spirekassen.dk");
		partner.navigate(base() + "/projekter");
		partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Foreslå en idé")).click();
		field(partner, "Titel").fill("Solceller på fællesvaskeriet");
		field(partner, "Kort resumé").fill("Vaskeriet kører på egen strøm om dagen");
		save(partner);
		partner.waitForURL("**/projekter/*?gemt");
		var projectUrl = partner.url().replace("?gemt", "");
		assertThat(partner.locator("h1")).hasText("Solceller på fællesvaskeriet");
		assertThat(partner.locator(".meta .stage").first()).hasText("Idé");

		// 2. The secretariat makes it a project group, gives it an owner and a lead, and sets it running.
		var secretariat = as("sekretariat@spirekassen.dk");
		secretariat.navigate(projectUrl + "/fase");
		field(secretariat, "Projektgruppe").check();
		field(secretariat, "Kommentar").fill("Dannet på udviklingsdagen i Aarhus");
		save(secretariat);
		secretariat.navigate(projectUrl + "/rediger");
		field(secretariat, "Projektejer (medlemsorganisation)").selectOption(String.valueOf(member.organisationId()));
		save(secretariat);
		secretariat.navigate(projectUrl + "/deltagere/ny");
		field(secretariat, "Rolle").selectOption("LEAD");
		field(secretariat, "Person (med login)").selectOption(String.valueOf(member.accountId()));
		save(secretariat);
		secretariat.navigate(projectUrl + "/fase");
		field(secretariat, "I gang").check();
		save(secretariat);
		assertThat(secretariat.locator(".meta .stage").first()).hasText("I gang");
		assertThat(secretariat.locator("#deltagere")).containsText(member.displayName());
		assertThat(secretariat.locator(".timeline li")).hasCount(3);

		// 3. The lead adds an indicator and a measurement, and the chart shows it.
		var lead = as("medlem@spirekassen.dk");
		lead.navigate(projectUrl);
		lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilføj indikator")).click();
		field(lead, "Bundlinje").selectOption("CLIMATE");
		field(lead, "Navn").fill("Egenproduceret strøm");
		field(lead, "Enhed").selectOption("kWh");
		field(lead, "Udgangspunkt (værdi)").fill("0");
		field(lead, "Udgangspunkt (dato)").fill("2025-01-01");
		field(lead, "Mål (værdi)").fill("12000");
		field(lead, "Mål (dato)").fill("2027-01-01");
		save(lead);
		assertThat(lead.locator("svg.chart circle.measured-point")).hasCount(0);
		lead.locator("#vaerdi a", new Page.LocatorOptions().setHasText("Tilføj måling")).click();
		field(lead, "Dato").fill("2026-06-30");
		field(lead, "Værdi (kWh)").fill("5.400,5");
		save(lead);
		assertThat(lead.locator("svg.chart circle.measured-point")).hasCount(1);
		assertThat(lead.locator("table.measurements")).containsText("5.400,5");
		assertThat(lead.locator(".bottom-line-climate")).containsText("1 indikator");
		// A removal asks first; only the answer removes.
		var removal = lead.locator("#vaerdi details.confirm").first();
		assertThat(removal.locator("button")).not().isVisible();
		removal.locator("summary").click();
		assertThat(removal).containsText("Vil du fjerne Egenproduceret strøm?");
		removal.getByRole(AriaRole.BUTTON).click();
		assertThat(lead.locator("svg.chart")).hasCount(0);
		assertThat(lead.locator("#vaerdi")).not().containsText("Egenproduceret strøm");

		// 4. The lead asks for knowledge, the partner offers it, the lead accepts, and the partner takes part.
		lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilføj behov")).click();
		field(lead, "Hvad søger projektet").selectOption("KNOWLEDGE");
		field(lead, "Beskrivelse").fill("Viden om batterier til solceller");
		save(lead);
		partner.navigate(projectUrl);
		partner.locator("#behov a", new Page.LocatorOptions().setHasText("Giv et tilbud")).click();
		field(partner, "Besked til projektet").fill("Vi har rådgivet om batterier i ti afdelinger.");
		save(partner);
		assertThat(partner.locator("#behov")).containsText("Afventer svar");
		lead.navigate(base() + "/mit-overblik");
		assertThat(lead.locator(".notifications")).containsText("Nyt tilbud på Solceller på fællesvaskeriet");
		lead.navigate(projectUrl);
		lead.locator("#behov button[name=accept][value=true]").click();
		var partnerName = lead.locator("#behov .offers strong").first().textContent();
		assertThat(lead.locator("#deltagere")).containsText(partnerName);
		assertThat(lead.locator("#behov")).containsText("Opfyldt");

		// 5. The lead describes the results, uploads a public results file and completes the project.
		lead.navigate(projectUrl + "/resultater");
		field(lead, "Resumé af resultaterne").fill("Vaskeriet dækker **45 %** af sit forbrug selv.");
		field(lead, "Læring").fill("Tal med driften tidligt.");
		save(lead);
		lead.navigate(projectUrl + "/filer/ny");
		var csv = "måned;kWh\njanuar;210\njuni;980\n".getBytes(StandardCharsets.UTF_8);
		field(lead, "Fil").setInputFiles(new FilePayload("produktion.csv", "text/csv", csv));
		field(lead, "Titel (valgfri)").fill("Produktionstal");
		lead.getByLabel("Offentligt resultat: alle må hente filen").check();
		save(lead);
		lead.navigate(projectUrl + "/fase");
		field(lead, "Afsluttet").check();
		save(lead);
		assertThat(lead.locator(".meta .stage").first()).hasText("Afsluttet");
		assertThat(lead.locator("#resultater strong")).hasText("45 %");

		var visitor = as(null);
		visitor.navigate(projectUrl);
		var download = visitor.waitForDownload(() -> visitor.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Produktionstal")).click());
		assertThat(download.suggestedFilename()).isEqualTo("produktion.csv");
		assertThat(Files.readAllBytes(download.path())).isEqualTo(csv);
	}
}
