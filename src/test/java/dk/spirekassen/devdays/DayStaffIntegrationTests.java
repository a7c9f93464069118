package dk.spirekassen.devdays;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.mail.Mailer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's tools for a day: the filtered participant list and its exports, check-in at the door, the
 * printable PDFs, the participant mix and messages to the confirmed or the waitlist.
 */
@SpirekassenTest
class DayStaffIntegrationTests {

	private final MockMvc mvc;

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final Mailer mailer;

	private final UserDetails secretariat;

	private final Seats seats;

	private final PlatformTransactionManager transactionManager;

	@Autowired
	DayStaffIntegrationTests(MockMvc mvc, DayManagement days, RegistrationDesk desk, Mailer mailer,
			AccountManagement accounts, Seats seats, PlatformTransactionManager transactionManager) {
		this.mvc = mvc;
		this.days = days;
		this.desk = desk;
		this.seats = seats;
		this.transactionManager = transactionManager;
		this.mailer = mailer;
		this.secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
	}

	private long day;

	private String base;

	private long søren;

	private long aase;

	private long waiting;

	@BeforeEach
	void dayWithTwoSeats() {
		var now = Instant.now();
		day = days.create(new DayDetails("Fremtidens boligområder " + System.nanoTime(), null, null, Region.SJAELLAND,
				"Roskilde Kongrescenter", "Møllehusvej 15, 4000 Roskilde", now.plus(Duration.ofDays(10)),
				now.plus(Duration.ofDays(10)).plus(Duration.ofHours(6)), 3, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(9)), null));
		base = "/sekretariat/udviklingsdage/" + day;
		søren = register("Søren Ærøskøbing", "Boligselskabet Østervang", ParticipantType.HOUSING_STAFF);
		aase = register("Åse Møller", "Rådgivende Ingeniører", ParticipantType.ADVISOR);
		register("Birthe Holm", "Holm Fonden", ParticipantType.FOUNDATION);
		waiting = register("Ulla Venter", "Beboerforeningen Lyngparken", ParticipantType.RESIDENT);
	}

	private long register(String name, String organisation, ParticipantType type) {
		var email = name.toLowerCase().replaceAll("[^a-z]", "") + System.nanoTime() + "@example.dk";
		return desk.register(day, new RegistrationDetails(name, email, organisation, null, type, null, null, true),
				null, null).registrationId();
	}

	@Test
	void exportsTheFilteredParticipantsAsCsvAndXlsx() throws Exception {
		mvc.perform(get(URI.create(base + "/deltagere?q=m%C3%B8ller")).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Åse Møller")))
			.andExpect(content().string(not(containsString("Søren Ærøskøbing"))))
			.andExpect(content().string(containsString("/deltagere/eksport?format=xlsx&q=m%C3%B8ller")));
		mvc.perform(get(base + "/deltagere").param("status", "WAITLISTED").header("HX-Request", "true")
			.with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ulla Venter")))
			.andExpect(content().string(not(containsString("<html"))));

		var csv = mvc.perform(get(base + "/deltagere/eksport").param("format", "csv").param("status", "CONFIRMED")
			.param("type", "HOUSING_STAFF")
			.with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Navn;E-mailadresse").contains("Søren Ærøskøbing").doesNotContain("Åse Møller");

		var xlsx = mvc.perform(get(base + "/deltagere/eksport").param("format", "xlsx").param("q", "lyngparken")
			.with(user(secretariat))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var names = new ArrayList<String>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(0).getStringCellValue()));
		}
		assertThat(names).containsExactly("Navn", "Ulla Venter");
	}

	@Test
	void checksInAndUndoesAtTheDoor() throws Exception {
		mvc.perform(get(base + "/indtjekning").param("q", "åse").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 af 3 bekræftede er tjekket ind")))
			.andExpect(content().string(containsString("Åse Møller")))
			.andExpect(content().string(not(containsString("Søren Ærøskøbing"))));

		mvc.perform(post(base + "/indtjekning/" + aase).param("present", "true").param("q", "åse").with(csrf())
			.with(user(secretariat)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base + "/indtjekning?q=%C3%A5se#r-" + aase));
		assertThat(checkedIn(aase)).isTrue();
		mvc.perform(get(base + "/indtjekning").with(user(secretariat)))
			.andExpect(content().string(containsString("1 af 3 bekræftede er tjekket ind")))
			.andExpect(content().string(containsString("Fortryd indtjekning")));

		mvc.perform(post(base + "/indtjekning/" + aase).param("present", "false").with(csrf()).with(user(secretariat)))
			.andExpect(status().is3xxRedirection());
		assertThat(checkedIn(aase)).isFalse();

		mvc.perform(post(base + "/indtjekning/" + waiting).param("present", "true").with(csrf())
			.with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kun bekræftede deltagere kan tjekkes ind")));
		assertThat(checkedIn(waiting)).isFalse();
	}

	private boolean checkedIn(long registrationId) {
		return days.registrations(day).stream().filter(r -> r.id() == registrationId).findFirst().orElseThrow()
			.checkedInAt() != null;
	}

	@Test
	void refusesRegistrationsOfAnotherDay() throws Exception {
		var other = days.create(days.details(day).orElseThrow());
		mvc.perform(post("/sekretariat/udviklingsdage/" + other + "/indtjekning/" + søren).param("present", "true")
			.with(csrf())
			.with(user(secretariat))).andExpect(status().isNotFound());
		assertThat(checkedIn(søren)).isFalse();
	}

	@Test
	void printsBadgesAndACheckInListWithDanishLetters() throws Exception {
		var badges = mvc.perform(get(base + "/navneskilte.pdf").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var text = text(badges);
		assertThat(text).contains("Søren Ærøskøbing", "Åse Møller", "Birthe Holm", "Boligselskabet Østervang",
				"Rådgiver").doesNotContain("Ulla Venter");

		var list = mvc.perform(get(base + "/indtjekningsliste.pdf").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var listText = text(list);
		assertThat(listText).contains("Navn", "Organisation", "Deltagertype");
		assertThat(listText.indexOf("Birthe Holm")).isLessThan(listText.indexOf("Søren Ærøskøbing"));
		assertThat(listText.indexOf("Søren Ærøskøbing")).isLessThan(listText.indexOf("Åse Møller"));
	}

	@Test
	void printsTheBadgesAndCheckInListOfADayOfAThousandWithEveryName() throws Exception {
		long full = RegistrationConcurrencyIntegrationTests.openDay(days, 1_000);
		var names = fill(full, 1_000, "Deltager");
		var staff = "/sekretariat/udviklingsdage/" + full;

		var badges = text(mvc.perform(get(staff + "/navneskilte.pdf").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(badges).contains(names);

		var list = text(mvc.perform(get(staff + "/indtjekningsliste.pdf").with(user(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(list).contains(names);
		assertThat(list.indexOf("Deltager 0001 Ærø")).isLessThan(list.indexOf("Deltager 0500 Ærø"));
		assertThat(list.indexOf("Deltager 0500 Ærø")).isLessThan(list.indexOf("Deltager 1000 Ærø"));
	}

	@Test
	void exportsALongWaitlistInOrderWithEachPlaceAsTheListShowsIt() throws Exception {
		long full = RegistrationConcurrencyIntegrationTests.openDay(days, 60);
		fill(full, 200, "Venter");
		desk.remove(days.participants(full, new ParticipantFilter(RegistrationStatus.WAITLISTED, null, null))
			.get(30)
			.id(), "Har meldt fra i telefonen", "Sekretariatet");
		var expected = days.participants(full, ParticipantFilter.NONE);
		assertThat(expected).extracting(DayViews.RegistrationRow::status)
			.containsOnly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED);

		var csv = mvc.perform(get("/sekretariat/udviklingsdage/" + full + "/deltagere/eksport").with(user(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var lines = csv.strip().split("\r\n");
		assertThat(lines).hasSize(expected.size() + 1);
		for (int i = 0; i < expected.size(); i++) {
			var cells = lines[i + 1].split(";", -1);
			var row = expected.get(i);
			assertThat(cells[0]).isEqualTo(row.name());
			assertThat(cells[5]).isEqualTo(row.waitlistPosition() > 0 ? String.valueOf(row.waitlistPosition()) : "");
		}
		assertThat(csv).contains(";På venteliste;139;").doesNotContain(";På venteliste;140;");
	}

	/** Registers people for a day in batches, as a burst does; returns their names in the order they came. */
	private List<String> fill(long day, int people, String name) {
		var names = new ArrayList<String>();
		var transactions = new TransactionTemplate(transactionManager);
		for (int from = 0; from < people; from += 100) {
			var batch = new ArrayList<Seats.Submission>();
			for (int i = from; i < Math.min(people, from + 100); i++) {
				var person = String.format("%s %04d Ærø", name, people - i);
				names.add(person);
				batch.add(new Seats.Submission(day, new RegistrationDetails(person,
						"fuld-" + day + "-" + i + "@example.dk", "Boligselskabet Østervang", null,
						ParticipantType.RESIDENT, null, null, true), null, null, false));
			}
			transactions.executeWithoutResult(status -> seats.takeAll(day, batch));
		}
		return names;
	}

	private static String text(byte[] pdf) throws Exception {
		try (var reader = new PdfReader(pdf)) {
			var extractor = new PdfTextExtractor(reader);
			var text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
	}

	@Test
	void countsTheParticipantMixOverTheConfirmedAndShowsItOnThePublicPageOnceThePastDay() throws Exception {
		var mix = days.participantMix(day);
		assertThat(mix.confirmed()).isEqualTo(3);
		assertThat(mix.sector()).isEqualTo(1);
		assertThat(mix.external()).isEqualTo(2);
		assertThat(mix.byType()).contains(new DayViews.TypeCount(ParticipantType.ADVISOR, 1),
				new DayViews.TypeCount(ParticipantType.RESIDENT, 0));

		mvc.perform(get(base).with(user(secretariat)))
			.andExpect(content().string(containsString("Deltagerfordeling")))
			.andExpect(content().string(containsString("data-mix=\"mix.external\">2<")));
		mvc.perform(get("/udviklingsdage/" + day)).andExpect(content().string(not(containsString("Deltagerfordeling"))));

		var details = days.details(day).orElseThrow();
		var past = Instant.now().minus(Duration.ofDays(3));
		days.update(day, new DayDetails(details.title(), null, null, details.region(), details.venue(),
				details.address(), past, past.plus(Duration.ofHours(6)), details.capacity(),
				past.minus(Duration.ofDays(20)), past.minus(Duration.ofDays(1)), null));
		mvc.perform(get("/udviklingsdage/" + day))
			.andExpect(content().string(containsString("Deltagerfordeling")))
			.andExpect(content().string(containsString("data-mix=\"mix.sector\">1<")))
			.andExpect(content().string(containsString("data-mix=\"ParticipantType.FOUNDATION\">1<")));
	}

	@Test
	void sendsAMessageToTheWaitlistAndKeepsAFailedFormsInput() throws Exception {
		mvc.perform(post(base + "/beskeder").param("audience", "WAITLISTED").param("body", "Vi har måske en plads.")
			.with(csrf())
			.with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Emne: skal udfyldes")))
			.andExpect(content().string(containsString("Vi har måske en plads.")));
		mvc.perform(post(base + "/beskeder").with(csrf()).with(user(secretariat)))
			.andExpect(content().string(containsString("Modtagere: skal udfyldes")))
			.andExpect(content().string(containsString("Besked: skal udfyldes")));

		var subject = "Nyt om ventelisten " + System.nanoTime();
		mvc.perform(post(base + "/beskeder").param("audience", "WAITLISTED").param("subject", subject)
			.param("body", "Vi har måske en plads.")
			.with(csrf())
			.with(user(secretariat)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base + "/beskeder?sendt=1"));
		var sent = mailer.outbox(PageRequest.of(0, 200)).getContent().stream()
			.filter(m -> m.getSubject().equals(subject))
			.toList();
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getRecipient()).startsWith("ullaventer");
		assertThat(sent.get(0).getBody()).isEqualTo("Vi har måske en plads.");
		mvc.perform(get(base + "/beskeder").param("sendt", "1").with(user(secretariat)))
			.andExpect(content().string(containsString("Beskeden er sendt til 1 modtager")));
	}
}
