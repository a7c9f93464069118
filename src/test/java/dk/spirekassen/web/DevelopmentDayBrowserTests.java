package dk.spirekassen.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import dk.spirekassen.Chromium;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;
import dk.spirekassen.devdays.RegistrationStatus;
import dk.spirekassen.mail.Mailer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A development day in a real browser: an anonymous visitor registers and gets the confirmation with its calendar
 * file, cancels by the link so the first on the waitlist gets the seat, staff check that person in on a phone and
 * print the badges, and the secretariat turns an idea from the day into a project group that appears in the
 * incubator.
 */
@SpirekassenTest
class DevelopmentDayBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	dk.spirekassen.search.IndexBuilds indexBuilds;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	Mailer mailer;

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

	@Test
	void aVisitorRegistersCancelsAndTheWaitlistMovesUpThenAnIdeaBecomesAProject() throws Exception {
		var now = Instant.now();
		var title = "Levende lokalsamfund i Vejle " + System.nanoTime();
		long day = days.create(new DayDetails(title, null, "Om fællesskaber, der forebygger ensomhed.",
				Region.SYDDANMARK, "Spinderihallerne", "Spinderigade 11, 7100 Vejle", now.plus(Duration.ofDays(14)),
				now.plus(Duration.ofDays(14)).plus(Duration.ofHours(6)), 1, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(13)), "Sekretariatet"));

		// 1. An anonymous visitor registers; the confirmation email carries the calendar file.
		var visitor = as(null);
		visitor.navigate(base() + "/udviklingsdage");
		visitor.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName(title)).click();
		field(visitor, "Navn").fill("Mette Kristensen");
		field(visitor, "E-mailadresse").fill("mette.browser@example.dk");
		field(visitor, "Organisation").fill("Beboerforeningen Spinderiet");
		field(visitor, "Jeg deltager som").selectOption("RESIDENT");
		visitor.getByLabel("Jeg har læst, hvordan mine oplysninger bruges, og giver samtykke til det.").check();
		visitor.locator("main form.form button[type=submit]").click();
		visitor.waitForURL("**/tilmelding/*?ny");
		assertThat(visitor.locator("#registration-status")).containsText("Du er tilmeldt");
		var selfService = visitor.url().replace("?ny", "");

		var waiting = desk.register(day, new RegistrationDetails("Ali Hassan", "ali.browser@example.dk", null, null,
				ParticipantType.CIVIL_SOCIETY, null, null, true), null, null);
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

		var secretariat = as("sekretariat@spirekassen.dk");
		await().until(() -> mailId("mette.browser@example.dk", "Tilmelding bekræftet") != null);
		secretariat.navigate(base() + "/sekretariat/udbakke/" + mailId("mette.browser@example.dk", "Tilmelding bekræftet"));
		assertThat(secretariat.locator("[data-mail-body]")).containsText(selfService.substring(selfService.indexOf("/tilmelding/")));
		var ics = secretariat.waitForDownload(() -> secretariat.locator("[data-mail-attachments] a").first().click());
		assertThat(ics.suggestedFilename()).endsWith(".ics");
		assertThat(Files.readString(ics.path(), StandardCharsets.UTF_8)).contains("BEGIN:VEVENT").contains("Spinderihallerne");

		// 2. The visitor cancels by the link; the first on the waitlist gets the seat and an email.
		visitor.navigate(selfService);
		visitor.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Annullér min tilmelding")).click();
		assertThat(visitor.locator("#cancel-question")).containsText("Vil du annullere din tilmelding");
		assertThat(desk.byToken(waiting.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
		visitor.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Ja, annullér min tilmelding")).click();
		assertThat(visitor.locator("#registration-status")).containsText("annulleret");
		assertThat(desk.byToken(waiting.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
		await().until(() -> mailId("ali.browser@example.dk", "Du har fået en plads") != null);
		secretariat.navigate(base() + "/sekretariat/udviklingsdage/" + day);
		assertThat(secretariat.locator("#confirmed-count")).hasText("1");
		secretariat.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Deltagere").setExact(true)).click();
		assertThat(secretariat.locator("#results")).containsText("Ali Hassan");

		// 3. Staff check someone in on a phone-sized screen.
		var phone = as("sekretariat@spirekassen.dk");
		phone.setViewportSize(375, 740);
		phone.navigate(base() + "/sekretariat/udviklingsdage/" + day + "/indtjekning");
		phone.getByLabel("Søg på navn").fill("Ali");
		// The search swaps the list 300 ms after typing; a click before it lands on a button that is then replaced.
		assertThat(phone).hasURL(Pattern.compile(".*q=Ali.*"));
		phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Tjek ind Ali Hassan")).click();
		assertThat(phone.locator("#checkin-count")).containsText("1 af 1");
		assertThat(phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Fortryd indtjekning Ali Hassan"))).isVisible();

		// 4. The badges PDF downloads and holds the names.
		var badges = secretariat.request().get(base() + "/sekretariat/udviklingsdage/" + day + "/navneskilte.pdf");
		assertThat(badges.status()).isEqualTo(200);
		assertThat(badges.headers().get("content-type")).startsWith("application/pdf");
		var reader = new com.lowagie.text.pdf.PdfReader(badges.body());
		var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
		reader.close();
		assertThat(text).contains("Ali Hassan");

		// 5. An idea from the day is grouped into a project group, and the project appears in the incubator.
		secretariat.navigate(base() + "/sekretariat/udviklingsdage/" + day + "/ideer");
		field(secretariat, "Idé").fill("Spisefællesskab i fælleshuset");
		field(secretariat, "Foreslået af").fill("Ali Hassan");
		secretariat.locator("form[action$='/ideer'] button[type=submit]").click();
		field(secretariat, "Gruppens navn").fill("Spisefællesskabet");
		field(secretariat, "Kort beskrivelse").fill("Fællesspisning hver torsdag");
		secretariat.getByLabel("Spisefællesskab i fælleshuset (Ali Hassan)").check();
		secretariat.getByLabel(Pattern.compile("^\\s*Ali Hassan")).check();
		secretariat.locator("form[action$='/grupper'] button[type=submit]").click();
		assertThat(secretariat.locator(".groups")).containsText("Spisefællesskabet");
		// The group's project, not a demo project found by the same stem ("Spisefællesskaber ..."): it is indexed when
		// its transaction commits, or after a rebuild of the index that another test started.
		var groupProject = secretariat.locator(".project-list h2 a",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText(Pattern.compile("^\\s*Spisefællesskabet\\s*$")));
		// A rebuild under way (of over 20,000 documents, slow while CI's other stage runs) indexes it when it is done.
		indexBuilds.running().join();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			secretariat.navigate(base() + "/projekter?q=Spisef%C3%A6llesskabet");
			return groupProject.count() > 0;
		});
		groupProject.first().click();
		assertThat(secretariat.locator(".meta .stage").first()).hasText("Projektgruppe");
		assertThat(secretariat.locator("main")).containsText(title);
		assertThat(secretariat.locator("#deltagere")).containsText("Ali Hassan");
	}

	private Long mailId(String recipient, String subjectStart) {
		return mailer.outbox(PageRequest.of(0, 500))
			.stream()
			.filter(m -> m.getRecipient().equals(recipient) && m.getSubject().startsWith(subjectStart))
			.map(m -> m.getId())
			.findFirst()
			.orElse(null);
	}
}
