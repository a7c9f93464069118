package dk.spirekassen.devdays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.mail.OutgoingMail;
import dk.spirekassen.shared.AddressLimit;
import dk.spirekassen.shared.Buckets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registering through the pages: the form, its Danish refusals, the waitlist, the self-service link, emails, the
 * throttle, and the secretariat's waitlist tools.
 */
@SpirekassenTest
class DayWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	RegistrationThrottle throttle;

	@Autowired
	Buckets buckets;

	@org.springframework.beans.factory.annotation.Value("${spirekassen.registration.max-per-address-per-minute}")
	int perMinute;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Mailer mailer;

	private long day(int capacity, Duration opensIn, Duration closesIn) {
		var now = Instant.now();
		return days.create(new DayDetails("Levende lokalsamfund " + System.nanoTime(), null, null,
				Region.HOVEDSTADEN, "Bella Center", "Center Blvd. 5, 2300 København S", now.plus(Duration.ofDays(30)),
				now.plus(Duration.ofDays(30)).plus(Duration.ofHours(6)), capacity, now.plus(opensIn), now.plus(closesIn),
				null));
	}

	private long openDay(int capacity) {
		return day(capacity, Duration.ofDays(-1), Duration.ofDays(20));
	}

	private static MockHttpServletRequestBuilder registration(long day, String email) {
		return post("/udviklingsdage/" + day + "/tilmelding").with(csrf())
			.param("name", "Karen Madsen")
			.param("email", email)
			.param("organisationName", "Beboerforeningen Lyngparken")
			.param("participantType", "RESIDENT")
			.param("consent", "true");
	}

	private List<OutgoingMail> mailsTo(String email) {
		return mailer.outbox(PageRequest.of(0, 200))
			.getContent()
			.stream()
			.filter(m -> m.getRecipient().equals(email))
			.toList();
	}

	@Test
	void anonymousVisitorsRegisterAndGetTheSelfServiceLinkByEmail() throws Exception {
		long day = openDay(10);
		var location = mvc.perform(registration(day, "karen@example.dk").param("idempotencyKey", "k-1"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/tilmelding/[A-Za-z0-9_-]{43}\\?ny");
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Du er tilmeldt")));
		await().until(() -> !mailsTo("karen@example.dk").isEmpty());
		var mail = mailsTo("karen@example.dk").get(0);
		assertThat(mail.getSubject()).startsWith("Tilmelding bekræftet");
		assertThat(mail.getBody()).contains(location.replace("?ny", ""));

		mvc.perform(registration(day, "karen@example.dk").param("idempotencyKey", "k-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/udviklingsdage/" + day + "?tilmeldt-igen"));
		assertThat(days.registrations(day)).hasSize(1);
	}

	@Test
	void aRefusedRegistrationNamesTheFieldsInDanishAndKeepsWhatWasTyped() throws Exception {
		long day = openDay(10);
		mvc.perform(post("/udviklingsdage/" + day + "/tilmelding").with(csrf())
			.param("name", "Ole Hansen")
			.param("email", "ole.ikke-en-adresse")
			.param("dietaryNeeds", "Vegetar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-mailadresse: skal være en gyldig e-mailadresse")))
			.andExpect(content().string(containsString("Jeg deltager som: skal udfyldes")))
			.andExpect(content().string(containsString("Samtykke: skal gives, før vi kan tilmelde dig")))
			.andExpect(content().string(containsString("value=\"Vegetar\"")))
			.andExpect(content().string(containsString("value=\"Ole Hansen\"")));
		desk.register(day, new RegistrationDetails("Ole", "ole@example.dk", null, null, ParticipantType.OTHER, null,
				null, true), null, null);
		mvc.perform(registration(day, "OLE@example.dk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-mailadresse: er allerede tilmeldt denne dag")));
	}

	@Test
	void refusesOutsideTheRegistrationWindowWithAClearMessage() throws Exception {
		long notYet = day(10, Duration.ofDays(2), Duration.ofDays(20));
		mvc.perform(get("/udviklingsdage/" + notYet))
			.andExpect(content().string(containsString("Tilmeldingen er ikke åbnet endnu")))
			.andExpect(content().string(not(containsString("Tilmeld mig"))));
		mvc.perform(registration(notYet, "tidlig@example.dk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tilmeldingen er ikke åbnet endnu")));
		long closed = day(10, Duration.ofDays(-10), Duration.ofDays(-1));
		mvc.perform(registration(closed, "sen@example.dk"))
			.andExpect(content().string(containsString("Tilmeldingen er lukket")));
	}

	@Test
	void aFullDayOffersTheWaitlistAndACancellationPromotesTheFirstInLine() throws Exception {
		long day = openDay(1);
		var first = mvc.perform(registration(day, "foerste@example.dk")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get("/udviklingsdage/" + day)).andExpect(content().string(containsString("Skriv mig på ventelisten")));
		var second = mvc.perform(registration(day, "anden@example.dk")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(second)).andExpect(content().string(containsString("Du er nummer 1 på ventelisten")));

		mvc.perform(post(first.replace("?ny", "") + "/afmeld").with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(second.replace("?ny", ""))).andExpect(content().string(containsString("Du er tilmeldt")));
		await().until(() -> mailsTo("anden@example.dk").stream()
			.anyMatch(m -> m.getSubject().startsWith("Du har fået en plads")));
		await().until(() -> mailsTo("foerste@example.dk").stream()
			.anyMatch(m -> m.getSubject().startsWith("Tilmelding annulleret")));
	}

	@Test
	void cancellingByTheLinkAsksFirstAndOnlyTheAnswerCancels() throws Exception {
		long day = openDay(1);
		var seat = desk.register(day, details("spoerg-foerst@example.dk"), null, null);
		var waiting = desk.register(day, details("venter-paa-plads@example.dk"), null, null);
		var selfService = "/tilmelding/" + seat.token();

		// The self-service page links to the question, apart from the idea form, and holds no form that cancels.
		var page = html(mvc.perform(get(selfService)).andExpect(status().isOk()));
		assertThat(page.select("form[action$=/afmeld]")).isEmpty();
		var link = page.selectFirst("main a#cancel-link");
		assertThat(link.text()).isEqualTo("Annullér min tilmelding");
		assertThat(link.attr("href")).isEqualTo(selfService + "/afmeld");
		assertThat(link.closest("section")).isNotEqualTo(page.selectFirst("form[action$=/ideer]").closest("section"));

		// The first step says what will happen and cancels nothing.
		var question = html(mvc.perform(get(link.attr("href"))).andExpect(status().isOk()));
		assertThat(question.selectFirst("#cancel-question").text())
			.startsWith("Vil du annullere din tilmelding til Levende lokalsamfund");
		assertThat(question.select("main").text()).contains("går til den første på ventelisten");
		assertThat(desk.byToken(seat.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(desk.byToken(waiting.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
		var answer = question.selectFirst("main form[method=post]");
		assertThat(answer.attr("action")).isEqualTo(selfService + "/afmeld");
		assertThat(answer.selectFirst("button[type=submit]").text()).isEqualTo("Ja, annullér min tilmelding");
		assertThat(answer.select("a[href='" + selfService + "']").text()).isEqualTo("Nej, behold min tilmelding");

		// The second step cancels, and the seat goes to the first on the waitlist.
		mvc.perform(post(answer.attr("action")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl(selfService + "?afmeldt"));
		assertThat(desk.byToken(seat.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(desk.byToken(waiting.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
		var after = html(mvc.perform(get(selfService)));
		assertThat(after.select("#cancel-link")).as("nothing left to cancel").isEmpty();
		assertThat(html(mvc.perform(get(selfService + "/afmeld"))).select("main form[method=post]")).isEmpty();

		// Someone on the waitlist is told they give up their place.
		var other = desk.register(day, details("venter-ogsaa@example.dk"), null, null);
		assertThat(html(mvc.perform(get("/tilmelding/" + other.token() + "/afmeld"))).select("main").text())
			.contains("Du mister din plads som nummer 1 på ventelisten");
		assertThat(desk.byToken(other.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	private static org.jsoup.nodes.Document html(org.springframework.test.web.servlet.ResultActions result)
			throws Exception {
		return org.jsoup.Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void anUnknownLinkGetsADanishExplanation() throws Exception {
		mvc.perform(get("/tilmelding/findes-ikke"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Linket er ukendt eller udløbet")));
		mvc.perform(get("/tilmelding/findes-ikke/afmeld")).andExpect(status().isNotFound());
		mvc.perform(post("/tilmelding/findes-ikke/afmeld").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void tooManyAttemptsFromOneAddressAreRefused() throws Exception {
		long day = openDay(10);
		// Use up the address's attempts at once, in the buckets the application's throttle uses.
		var sameLimit = new AddressLimit(buckets, RegistrationThrottle.NAMESPACE, perMinute);
		assertThat(sameLimit.tryAcquire("10.9.9.9", perMinute)).isTrue();
		assertThat(throttle.tryAcquire("10.9.9.9")).isFalse();
		mvc.perform(registration(day, "bot@example.dk").with(request -> {
			request.setRemoteAddr("10.9.9.9");
			return request;
		})).andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("for mange tilmeldinger fra din adresse")));
		assertThat(days.registrations(day)).isEmpty();
		var limited = new RegistrationThrottle(Buckets.inMemory(), 2);
		assertThat(limited.tryAcquire("a")).isTrue();
		assertThat(limited.tryAcquire("a")).isTrue();
		assertThat(limited.tryAcquire("a")).isFalse();
		assertThat(limited.tryAcquire("b")).isTrue();
	}

	@Test
	void theSecretariatManagesTheWaitlistWithReasonsButNeverOverbooks() throws Exception {
		long day = openDay(1);
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		desk.register(day, details("a@example.dk"), null, null);
		long b = desk.register(day, details("b@example.dk"), null, null).registrationId();
		long c = desk.register(day, details("c@example.dk"), null, null).registrationId();
		var admin = "/sekretariat/udviklingsdage/" + day + "/tilmeldinger/";

		mvc.perform(post(admin + c).param("action", "up").with(csrf()).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Begrundelse: skal udfyldes")));
		mvc.perform(post(admin + c).param("action", "up").param("reason", "x".repeat(1001)).with(csrf())
			.with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Begrundelse: må højst være 1.000 tegn")));
		mvc.perform(post(admin + c + "?status=WAITLISTED&q=example").param("action", "up").param("reason", "Oplægsholder")
			.with(csrf())
			.with(user(secretariat)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
					"/sekretariat/udviklingsdage/" + day + "/deltagere?status=WAITLISTED&q=example&gemt#r-" + c));
		var rows = days.registrations(day);
		assertThat(rows.stream().filter(r -> r.waitlistPosition() == 1).findFirst().orElseThrow().id()).isEqualTo(c);

		mvc.perform(post(admin + c).param("action", "promote").param("reason", "Oplægsholder").with(csrf())
			.with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Der er ingen ledig plads")));
		long elsewhere = openDay(1);
		mvc.perform(post("/sekretariat/udviklingsdage/" + elsewhere + "/tilmeldinger/" + c).param("action", "remove")
			.param("reason", "Forkert dag")
			.with(csrf())
			.with(user(secretariat))).andExpect(status().isNotFound());
		assertThat(days.registrations(day).stream().filter(r -> r.id() == c).findFirst().orElseThrow().status())
			.as("a registration is acted on only through its own day").isEqualTo(RegistrationStatus.WAITLISTED);
		mvc.perform(post("/sekretariat/udviklingsdage/" + day).with(csrf()).with(user(secretariat))
			.param("title", "Dag").param("region", "HOVEDSTADEN").param("venue", "Sted").param("address", "Vej 1")
			.param("startsAt", "2031-05-01T09:00").param("endsAt", "2031-05-01T15:00").param("capacity", "0")
			.param("registrationOpensAt", "2026-01-01T09:00").param("registrationClosesAt", "2031-04-30T12:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pladser: kan ikke være mindre end antallet af bekræftede deltagere (1)")))
			.andExpect(content().string(containsString("value=\"Sted\"")));
		mvc.perform(post("/sekretariat/udviklingsdage/" + day).with(csrf()).with(user(secretariat))
			.param("title", "Dag").param("region", "HOVEDSTADEN").param("venue", "Sted").param("address", "Vej 1")
			.param("startsAt", "2031-05-01T09:00").param("endsAt", "2031-05-01T15:00").param("capacity", "2")
			.param("registrationOpensAt", "2026-01-01T09:00").param("registrationClosesAt", "2031-04-30T12:00"))
			.andExpect(status().is3xxRedirection());
		var after = days.registrations(day);
		assertThat(after.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).map(r -> r.id()))
			.contains(c)
			.doesNotContain(b);
		mvc.perform(get("/sekretariat/udviklingsdage/" + day).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirmed-count\">2")));
	}

	private static RegistrationDetails details(String email) {
		return new RegistrationDetails("Person " + email, email, null, null, ParticipantType.HOUSING_STAFF, null,
				null, true);
	}

	@Test
	void signedInPeopleFindTheirDetailsFilledIn() throws Exception {
		long day = openDay(10);
		mvc.perform(get("/udviklingsdage/" + day).with(user(accounts.loadUserByUsername("medlem@spirekassen.dk"))))
			.andExpect(content().string(containsString("value=\"medlem@spirekassen.dk\"")))
			.andExpect(content().string(containsString("<option value=\"HOUSING_STAFF\" selected>")));
		var html = mvc.perform(get("/udviklingsdage")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Kommende udviklingsdage");
	}
}
