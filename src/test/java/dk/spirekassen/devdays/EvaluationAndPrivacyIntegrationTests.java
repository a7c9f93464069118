package dk.spirekassen.devdays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Region;
import dk.spirekassen.mail.Mailer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The survey after a day (sent once per person, answered once, aggregated without names), a person's access to
 * their own registrations, and the anonymisation of old registrations that keeps counts and the mix.
 */
@SpirekassenTest
class EvaluationAndPrivacyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	EvaluationManagement evaluations;

	@Autowired
	PersonalData personalData;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	private long openDay() {
		var now = Instant.now();
		return days.create(new DayDetails("Evalueringsdag " + System.nanoTime(), null, null, Region.NORDJYLLAND,
				"Aalborg Kongres", "Europa Plads 4, 9000 Aalborg", now.plus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(2)).plus(Duration.ofHours(5)), 10, now.minus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(1)), null));
	}

	private RegistrationResult register(long day, String email, ParticipantType type) {
		return desk.register(day, new RegistrationDetails("Navn " + email, email, "Boligselskabet Nord", null, type,
				"Glutenfri", null, true), null, null);
	}

	private String link(String recipient, String path) {
		var pattern = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{43})");
		return mailer.outbox(PageRequest.of(0, 500))
			.stream()
			.filter(m -> m.getRecipient().equals(recipient))
			.map(m -> pattern.matcher(m.getBody()))
			.filter(java.util.regex.Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theSurveyIsSentOnceAnsweredOnceAndAggregatedWithoutNames() throws Exception {
		long day = openDay();
		register(day, "svar1@example.dk", ParticipantType.RESIDENT);
		register(day, "svar2@example.dk", ParticipantType.HOUSING_STAFF);
		assertThat(evaluations.invite(day)).isEqualTo(2);
		assertThat(evaluations.invite(day)).isZero();
		var first = link("svar1@example.dk", "/evaluering/");
		var second = link("svar2@example.dk", "/evaluering/");

		mvc.perform(post("/evaluering/" + first).with(csrf()).param("benefit", "5").param("relevance", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Besvar alle tre spørgsmål")));
		mvc.perform(post("/evaluering/" + first).with(csrf()).param("benefit", "5").param("relevance", "4")
			.param("continuation", "3").param("comment", "Godt at møde fonde"))
			.andExpect(redirectedUrl("/evaluering/" + first + "?tak"));
		mvc.perform(post("/evaluering/" + first).with(csrf()).param("benefit", "1").param("relevance", "1")
			.param("continuation", "1")).andExpect(content().string(containsString("allerede besvaret")));
		evaluations.answer(second, 3, 2, 5, null);

		var results = evaluations.results(day);
		assertThat(results.invited()).isEqualTo(2);
		assertThat(results.answered()).isEqualTo(2);
		assertThat(results.questions().get(0).average()).isEqualTo(4.0);
		assertThat(results.questions().get(2).counts()).containsExactly(0L, 0L, 1L, 0L, 1L);
		assertThat(results.comments()).containsExactly("Godt at møde fonde");
		assertThat(jdbc.sql("select count(*) from evaluation_response where day_id = ?").param(day)
			.query(Long.class).single()).isEqualTo(2);
		mvc.perform(get("/evaluering/ukendt-link")).andExpect(status().isNotFound());
	}

	@Test
	void aPersonSeesAndDownloadsTheirRegistrationsByAnEmailedLink() throws Exception {
		long day = openDay();
		register(day, "indsigt@example.dk", ParticipantType.ADVISOR);
		mvc.perform(post("/mine-tilmeldinger").with(csrf()).param("email", "ikke-en-adresse"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-mailadresse: skal være en gyldig e-mailadresse")));
		mvc.perform(post("/mine-tilmeldinger").with(csrf()).param("email", "ukendt@example.dk"))
			.andExpect(redirectedUrl("/mine-tilmeldinger?sendt"));
		assertThat(mailer.outbox(PageRequest.of(0, 500)).stream()
			.filter(m -> m.getRecipient().equals("ukendt@example.dk"))).isEmpty();
		mvc.perform(post("/mine-tilmeldinger").with(csrf()).param("email", "Indsigt@Example.dk"))
			.andExpect(redirectedUrl("/mine-tilmeldinger?sendt"));
		var token = link("indsigt@example.dk", "/mine-tilmeldinger/");
		mvc.perform(get("/mine-tilmeldinger/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Navn indsigt@example.dk")))
			.andExpect(content().string(containsString("Glutenfri")));
		mvc.perform(get("/mine-tilmeldinger/" + token + "/data.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("\"email\":\"indsigt@example.dk\"")))
			.andExpect(content().string(containsString("\"dietaryNeeds\":\"Glutenfri\"")));
		mvc.perform(get("/mine-tilmeldinger/forkert")).andExpect(status().isNotFound());
	}

	@Test
	void registrationsAreAnonymisedAfterTheRetentionPeriodKeepingTheMix() {
		long old = openDay();
		long recent = openDay();
		var gone = register(old, "gammel@example.dk", ParticipantType.RESIDENT);
		register(old, "gammel2@example.dk", ParticipantType.HOUSING_STAFF);
		register(recent, "ny@example.dk", ParticipantType.RESIDENT);
		heldLongAgo(old);

		assertThat(personalData.anonymiseExpired()).isGreaterThanOrEqualTo(2);
		assertThat(personalData.anonymiseExpired()).isZero();

		var rows = days.registrations(old);
		assertThat(rows).hasSize(2).allSatisfy(r -> {
			assertThat(r.name()).isEqualTo("Anonymiseret");
			assertThat(r.email()).endsWith("@invalid");
			assertThat(r.organisation()).isNull();
			assertThat(r.dietaryNeeds()).isNull();
			assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		});
		assertThat(rows).extracting(r -> r.participantType())
			.containsExactlyInAnyOrder(ParticipantType.RESIDENT, ParticipantType.HOUSING_STAFF);
		assertThat(desk.byToken(gone.token())).isEmpty();
		assertThat(days.registrations(recent)).singleElement()
			.satisfies(r -> assertThat(r.email()).isEqualTo("ny@example.dk"));
	}

	@Test
	void theNightlyJobRunsOnOneNodeAtATime() {
		long old = openDay();
		register(old, "nat@example.dk", ParticipantType.RESIDENT);
		heldLongAgo(old);
		// Another node is running the job: its lock holds for a day yet (margins of a day keep time zones out of it).
		jdbc.sql("delete from shedlock where name = ?").param(PersonalData.ANONYMISE_JOB).update();
		jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, 'anden-node')")
			.params(PersonalData.ANONYMISE_JOB, Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)),
					Timestamp.from(Instant.now()))
			.update();
		try {
			personalData.anonymiseOnSchedule();
			assertThat(days.registrations(old)).singleElement()
				.satisfies(r -> assertThat(r.email()).isEqualTo("nat@example.dk"));

			// That node's lock runs out; the next run here takes it over.
			expireLock();
			personalData.anonymiseOnSchedule();
			assertThat(days.registrations(old)).singleElement()
				.satisfies(r -> assertThat(r.email()).endsWith("@invalid"));
			assertThat(jdbc.sql("select locked_by from shedlock where name = ?")
				.param(PersonalData.ANONYMISE_JOB)
				.query(String.class)
				.single()).isNotEqualTo("anden-node");
		}
		finally {
			expireLock();
		}
	}

	private void expireLock() {
		jdbc.sql("update shedlock set lock_until = ? where name = ?")
			.params(Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), PersonalData.ANONYMISE_JOB)
			.update();
	}

	/** Moves a day 400 days into the past, beyond the retention period. */
	private void heldLongAgo(long day) {
		var longAgo = Instant.now().minus(400, ChronoUnit.DAYS);
		jdbc.sql("update development_day set starts_at = ?, ends_at = ?, registration_opens_at = ?, "
				+ "registration_closes_at = ? where id = ?")
			.params(Timestamp.from(longAgo), Timestamp.from(longAgo.plusSeconds(3600)),
					Timestamp.from(longAgo.minusSeconds(86400 * 10)), Timestamp.from(longAgo.minusSeconds(3600)), day)
			.update();
	}
}
