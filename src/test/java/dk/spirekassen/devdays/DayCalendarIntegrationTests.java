package dk.spirekassen.devdays;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.mail.OutgoingMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Development days as calendar files and feed, the calendar file in the registration emails, and the JSON API
 * with its idempotent registration.
 */
@SpirekassenTest
class DayCalendarIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationThrottle throttle;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	Mailer mailer;

	@Autowired
	AccountManagement accounts;


	@LocalServerPort
	int port;

	private long day(String title, Instant startsAt, int capacity) {
		return days.create(new DayDetails(title, null, "Vi taler om fællesskaber.", Region.SYDDANMARK, "Kulturværket",
				"Havnegade 2, 6700 Esbjerg", startsAt, startsAt.plus(Duration.ofHours(6)), capacity,
				startsAt.minus(Duration.ofDays(30)), startsAt.minus(Duration.ofDays(1)), "Sekretariatet"));
	}

	private long openDay(int capacity) {
		return day("Åben dag " + System.nanoTime(), Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS),
				capacity);
	}

	private static RegistrationDetails person(String email) {
		return new RegistrationDetails("Deltager", email, "Boligselskabet", null, ParticipantType.HOUSING_STAFF, null,
				null, true);
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents(Component.VEVENT);
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	@Test
	void calendarFileHoldsOneEventWithTheDaysTimesAndPlace() throws Exception {
		var startsAt = Instant.parse("2031-03-14T08:30:00Z");
		long id = day("Levende lokalsamfund, Esbjerg", startsAt, 40);
		days.addProgrammeItem(id, LocalTime.of(9, 30), LocalTime.of(10, 0), "Velkomst", null);

		var text = mvc.perform(get("/udviklingsdage/" + id + "/kalender.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=utf-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(text.split("\r\n")).as("lines folded").allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(75));
		var events = events(parse(text));
		assertThat(events).hasSize(1);
		var event = events.get(0);
		assertThat(value(event, Property.UID)).isEqualTo("day-" + id + "@spirekassen.dk");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20310314T083000Z");
		assertThat(value(event, Property.DTEND)).isEqualTo("20310314T143000Z");
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(startsAt);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Levende lokalsamfund, Esbjerg");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Kulturværket, Havnegade 2, 6700 Esbjerg");
		assertThat(value(event, Property.DESCRIPTION)).contains("Vi taler om fællesskaber.", "09:30-10:00 Velkomst");
		assertThat(value(event, Property.URL)).endsWith("/udviklingsdage/" + id);
	}

	@Test
	void theDaysPagesLinkTheFeedAndEachDaysCalendarFile() throws Exception {
		var startsAt = Instant.now().plus(Duration.ofDays(25)).truncatedTo(ChronoUnit.HOURS);
		var title = "Kalenderdag " + System.nanoTime();
		long id = day(title, startsAt, 40);

		// The list links the feed visibly and in its head, for calendar programs and feed readers that look there.
		var list = page("/udviklingsdage");
		var alternate = list.selectFirst("head link[rel=alternate][type=text/calendar]");
		assertThat(alternate).as("the feed in the page's head").isNotNull();
		var feedLink = list.select("main a[href]").stream()
			.filter(a -> a.attr("href").equals(alternate.attr("href")))
			.findFirst();
		assertThat(feedLink).as("the feed as a visible link").isPresent();
		assertThat(feedLink.get().text()).contains("kalender");
		var feed = parse(download(alternate.attr("href")));
		assertThat(events(feed)).extracting(e -> value(e, Property.UID)).contains("day-" + id + "@spirekassen.dk");

		// The day's page, followed from the list, offers the day alone to add to a calendar.
		var dayLink = list.select("main a").stream().filter(a -> a.text().equals(title)).findFirst().orElseThrow();
		var dayPage = page(dayLink.attr("href"));
		var add = dayPage.select("main a").stream().filter(a -> a.text().equals("Tilføj til kalender")).findFirst();
		assertThat(add).as("Tilføj til kalender").isPresent();
		assertThat(dayPage.selectFirst("head link[rel=alternate][type=text/calendar]").attr("href"))
			.isEqualTo(add.get().attr("href"));
		var event = events(parse(download(add.get().attr("href"))));
		assertThat(event).singleElement().satisfies(e -> {
			assertThat(value(e, Property.UID)).isEqualTo("day-" + id + "@spirekassen.dk");
			assertThat(value(e, Property.SUMMARY)).isEqualTo(title);
			assertThat(Instant.from(e.getStartDate().orElseThrow().getDate())).isEqualTo(startsAt);
		});
	}

	private org.jsoup.nodes.Document page(String path) throws Exception {
		return org.jsoup.Jsoup.parse(mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
	}

	private String download(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void feedHoldsEveryUpcomingDayAndNoPastOne() throws Exception {
		long upcoming = openDay(10);
		long past = day("Forbi " + System.nanoTime(), Instant.now().minus(Duration.ofDays(40)), 10);

		var text = mvc.perform(get("/udviklingsdage/kalender.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		var uids = events(parse(text)).stream().map(e -> value(e, Property.UID)).toList();
		var expected = days.upcoming(Locale.ROOT).stream().map(d -> "day-" + d.id() + "@spirekassen.dk").toList();
		assertThat(uids).containsExactlyInAnyOrderElementsOf(expected)
			.contains("day-" + upcoming + "@spirekassen.dk")
			.doesNotContain("day-" + past + "@spirekassen.dk");
	}

	@Test
	void confirmedAndPromotedMailsCarryTheDayAsCalendarFile() throws Exception {
		long id = openDay(1);
		var first = desk.register(id, person("kalender-foerst@example.dk"), null, null);
		desk.register(id, person("kalender-anden@example.dk"), null, null);

		var confirmation = mailTo("kalender-foerst@example.dk", 1).get(0);
		assertThat(confirmation.getAttachments()).singleElement().satisfies(attachment -> {
			assertThat(attachment.getName()).isEqualTo("udviklingsdag.ics");
			assertThat(attachment.getContentType()).startsWith("text/calendar");
			var event = events(parse(new String(attachment.getContent(), StandardCharsets.UTF_8))).get(0);
			assertThat(value(event, Property.UID)).isEqualTo("day-" + id + "@spirekassen.dk");
		});
		assertThat(mailTo("kalender-anden@example.dk", 1).get(0).getAttachments()).as("waitlisted").isEmpty();

		desk.cancel(first.token());
		var promoted = mailTo("kalender-anden@example.dk", 2).get(0);
		assertThat(promoted.getAttachments()).singleElement()
			.satisfies(a -> assertThat(a.getContentType()).startsWith("text/calendar"));

		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		mvc.perform(get("/sekretariat/udbakke/" + confirmation.getId()).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/vedhaeftninger/" + confirmation.getAttachments().get(0).getId())));
		mvc.perform(get("/sekretariat/udbakke/" + confirmation.getId() + "/vedhaeftninger/"
				+ confirmation.getAttachments().get(0).getId()).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(header().string("Content-Disposition", containsString("udviklingsdag.ics")))
			.andExpect(content().string(containsString("BEGIN:VEVENT")));
	}

	/** The mails to a recipient, newest first, once there are as many as expected. */
	private List<OutgoingMail> mailTo(String recipient, int count) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> mailer.outbox(PageRequest.of(0, 100))
			.stream()
			.filter(m -> m.getRecipient().equals(recipient))
			.map(m -> mailer.find(m.getId()).orElseThrow())
			.toList(), mails -> mails.size() >= count);
	}

	@Test
	void apiListsDaysAndShowsOneWithProgrammeAndSeats() throws Exception {
		long id = openDay(5);
		days.addProgrammeItem(id, LocalTime.of(10, 0), null, "Workshop", "Vi bygger projektgrupper.");
		desk.register(id, person("api-laes@example.dk"), null, null);

		mvc.perform(get("/api/days"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].venue").value("Kulturværket"));
		mvc.perform(get("/api/days/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.day.capacity", is(5)))
			.andExpect(jsonPath("$.day.confirmed", is(1)))
			.andExpect(jsonPath("$.day.freeSeats", is(4)))
			.andExpect(jsonPath("$.day.registration", is("OPEN")))
			.andExpect(jsonPath("$.day.calendarUrl", startsWith("http")))
			.andExpect(jsonPath("$.programme[0].title", is("Workshop")))
			.andExpect(jsonPath("$.programme[0].startsAt", is("10:00:00")));
		mvc.perform(get("/api/days/987654321")).andExpect(status().isNotFound());
	}

	@Test
	void apiRegistersOnceForOneIdempotencyKeyWithoutCsrfToken() throws Exception {
		long id = openDay(5);
		var body = json("Bodil Berg", "bodil@example.dk", true);

		var first = register(id, "klient-1", body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("CONFIRMED")))
			.andExpect(jsonPath("$.waitlistPosition", is(0)))
			.andExpect(jsonPath("$.selfServiceUrl", containsString("/tilmelding/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var registrationId = registrationId(first);

		register(id, "klient-1", body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registrationId").value(registrationId))
			.andExpect(jsonPath("$.repeated", is(true)))
			.andExpect(jsonPath("$.selfServiceUrl", nullValue()));
		assertThat(days.registrations(id)).hasSize(1);
	}

	private ResultActions register(long day, String idempotencyKey, String body) throws Exception {
		return mvc.perform(post("/api/days/" + day + "/registrations").header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void apiRefusalNamesTheFieldInDanish() throws Exception {
		long id = openDay(5);
		desk.register(id, person("optaget@example.dk"), null, null);

		register(id, "klient-2", json("Optaget", "optaget@example.dk", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("email")))
			.andExpect(jsonPath("$.errors[0].message", startsWith("er allerede tilmeldt denne dag")));
		register(id, "klient-3", json("Uden samtykke", "uden@example.dk", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("consent")))
			.andExpect(jsonPath("$.errors[0].message", is("skal gives, før vi kan tilmelde dig")));
		register(id, "klient-4", json("Forkert", "ikke-en-adresse", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("email")))
			.andExpect(jsonPath("$.errors[0].message", is("skal være en gyldig e-mailadresse")));
		register(id, " ", json("Uden nøgle", "noegle@example.dk", true)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field", is("Idempotency-Key")))
			.andExpect(jsonPath("$.errors[0].message", is("skal udfyldes og må højst være 100 tegn")));
		assertThat(days.registrations(id)).hasSize(1);
	}

	@Test
	void apiRefusesAKeySentAgainWithSomeoneElsesDetails() throws Exception {
		long id = openDay(5);
		register(id, "klient-5", json("Anna Ager", "anna@example.dk", true)).andExpect(status().isCreated());

		register(id, "klient-5", json("Bent Bro", "bent@example.dk", true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(422)))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Denne tilmelding er allerede sendt med andre")));
		assertThat(days.registrations(id)).extracting(r -> r.email()).containsExactly("anna@example.dk");
	}

	@Test
	void apiHoldsJsonBodiesToTheirLimitWhetherOrNotTheySayTheirLength() throws Exception {
		long id = openDay(5);
		var client = HttpClient.newHttpClient();
		var large = json("x".repeat(70_000), "stor@example.dk", true).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var uri = URI.create("http://localhost:" + port + "/api/days/" + id + "/registrations");
		for (var body : List.of(HttpRequest.BodyPublishers.ofByteArray(large),
				HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large)))) {
			var response = client.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("Idempotency-Key", "stor-" + System.nanoTime())
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		}
		assertThat(days.registrations(id)).isEmpty();
	}

	@Test
	void controlCharactersInAJsonBodyAreDroppedNotStored() throws Exception {
		long id = openDay(5);
		register(id, "klient-nul", json("Ida\\u0000 Jensen\\u0007", "ida-nul@example.dk", true))
			.andExpect(status().isCreated());
		assertThat(days.registrations(id)).extracting(r -> r.name()).containsExactly("Ida Jensen");
	}

	@Test
	void controlCharactersInAFormFieldAreDroppedNotStored() throws Exception {
		long id = openDay(5);
		mvc.perform(post("/udviklingsdage/" + id + "/tilmelding").with(csrf())
			.param("idempotencyKey", "formular-nul")
			.param("name", "Bo\u0000 Berg\u001B")
			.param("email", "bo-nul@example.dk")
			.param("participantType", "RESIDENT")
			.param("consent", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(days.registrations(id)).extracting(r -> r.name()).containsExactly("Bo Berg");
	}

	@Test
	void apiRegistrationIsLimitedPerAddressLikeTheForm() throws Exception {
		long id = openDay(5);
		while (throttle.tryAcquire("10.7.7.7")) {
			// use up the address's attempts
		}
		mvc.perform(post("/api/days/" + id + "/registrations").header("Idempotency-Key", "bot-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Robot", "robot@example.dk", true))
			.with(request -> {
				request.setRemoteAddr("10.7.7.7");
				return request;
			}))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Der er kommet for mange tilmeldinger")));
		assertThat(days.registrations(id)).isEmpty();
	}

	@Test
	void csrfProtectionStaysOnForOtherPosts() throws Exception {
		mvc.perform(post("/glemt-adgangskode").param("email", "medlem@spirekassen.dk"))
			.andExpect(status().isForbidden());
	}

	@Test
	void concurrentSubmissionsWithOneKeyGiveOneRegistration() throws Exception {
		long id = openDay(3);
		var client = HttpClient.newHttpClient();
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/days/" + id + "/registrations"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "dobbeltklik-api")
			.POST(HttpRequest.BodyPublishers.ofString(json("Dobbelt Klik", "dobbelt@example.dk", true)))
			.build();
		var tasks = new ArrayList<Callable<HttpResponse<String>>>();
		for (int i = 0; i < 8; i++) {
			tasks.add(() -> client.send(request, HttpResponse.BodyHandlers.ofString()));
		}

		var responses = RegistrationConcurrencyIntegrationTests.concurrently(tasks);

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(responses.stream().map(r -> registrationId(r.body())).distinct()).hasSize(1);
		assertThat(days.registrations(id)).hasSize(1);
	}

	private static String json(String name, String email, boolean consent) {
		return """
				{"name": "%s", "email": "%s", "organisationName": "Boligselskabet Sjælland",
				 "participantType": "HOUSING_STAFF", "dietaryNeeds": "Vegetar", "accessibilityNeeds": null,
				 "consent": %s}""".formatted(name, email, consent);
	}

	private static long registrationId(String json) {
		var matcher = Pattern.compile("\"registrationId\":(\\d+)").matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}
}
