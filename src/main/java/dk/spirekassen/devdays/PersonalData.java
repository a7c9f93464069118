package dk.spirekassen.devdays;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.spirekassen.mail.Mailer;
import dk.spirekassen.shared.OneTimeTokens;

/**
 * Registrants' personal data under GDPR: a person may ask by email for a link that shows all their registrations
 * and downloads them as JSON, and a daily job anonymises registrations a set time after their day (a setting,
 * 12 months by default), keeping counts and the participant mix.
 */
@Service
@Transactional
public class PersonalData {

	private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

	/** The nightly anonymisation's name in the {@code shedlock} table. */
	static final String ANONYMISE_JOB = "anonymise-registrations";

	private static final Duration LINK_VALIDITY = Duration.ofHours(24);

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Registrations registrations;

	private final Days days;

	private final DataAccessRequests requests;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final int retentionMonths;

	private final String baseUrl;

	PersonalData(Registrations registrations, Days days, DataAccessRequests requests, JdbcClient jdbc, Mailer mailer,
			MessageSource messages, Clock clock,
			@Value("${spirekassen.devdays.retention-months:12}") int retentionMonths,
			@Value("${spirekassen.base-url}") String baseUrl) {
		this.registrations = registrations;
		this.days = days;
		this.requests = requests;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.retentionMonths = retentionMonths;
		this.baseUrl = baseUrl;
	}

	/**
	 * Emails a link to the registrations made with an address, if there are any. The answer to the asker is the
	 * same either way, so the form reveals nothing about who is registered.
	 */
	public void requestAccess(String email) {
		var normalised = Registration.normaliseEmail(email);
		if (registrations.findByEmailOrderByCreatedAt(normalised).isEmpty()) {
			return;
		}
		var token = OneTimeTokens.newToken();
		requests.save(new DataAccessRequest(normalised, OneTimeTokens.hash(token), clock.instant().plus(LINK_VALIDITY)));
		mailer.send(normalised, messages.getMessage("personal.mail.subject", null, DANISH),
				messages.getMessage("personal.mail.body", new Object[] { baseUrl + "/mine-tilmeldinger/" + token },
						DANISH));
	}

	/** Every registration made with the link's address; empty for an unknown or expired link. */
	@Transactional(readOnly = true)
	public Optional<List<Record>> registrations(String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return requests.findByTokenHash(OneTimeTokens.hash(token))
			.filter(r -> r.validAt(clock.instant()))
			.map(r -> registrations.findByEmailOrderByCreatedAt(r.getEmail()).stream().map(g -> {
				var day = days.findById(g.getDayId()).orElseThrow();
				return new Record(day.getTitle(), day.getStartsAt(), day.getEndsAt(), g.getName(), g.getEmail(),
						g.getOrganisationName(), g.getParticipantType(), g.getDietaryNeeds(), g.getAccessibilityNeeds(),
						g.getStatus(), g.getCreatedAt(), g.getCheckedInAt());
			}).toList());
	}

	/** Runs {@link #anonymiseExpired()} every night on one node; skipped where another node holds the job's lock. */
	@Scheduled(cron = "${spirekassen.devdays.anonymise-cron:0 30 3 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = ANONYMISE_JOB, lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	public void anonymiseOnSchedule() {
		anonymiseExpired();
	}

	/**
	 * Anonymises the registrations of days that ended more than the retention period ago: name, email,
	 * organisation, needs, links and login are removed; the participant type, status and check-in stay, so counts
	 * and the participant mix are kept. Idempotent.
	 *
	 * @return how many registrations were anonymised now
	 */
	public int anonymiseExpired() {
		var cutoff = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(retentionMonths).toInstant();
		jdbc.sql("""
				update day_idea set proposer_name = ? where proposer_registration_id in (
				  select r.id from registration r join development_day d on d.id = r.day_id
				  where r.anonymised = false and d.ends_at < ?)""")
			.params(messages.getMessage("personal.anonymous", null, DANISH), Timestamp.from(cutoff))
			.update();
		int count = jdbc.sql("""
				update registration set name = ?, email = concat('anonym-', cast(id as varchar(20)), '@invalid'),
				  organisation_name = null, organisation_id = null, dietary_needs = null, accessibility_needs = null,
				  token_hash = concat('anonymised-', cast(id as varchar(20))), idempotency_key = null,
				  account_id = null, anonymised = true
				where anonymised = false and day_id in (select id from development_day where ends_at < ?)""")
			.params(messages.getMessage("personal.anonymous", null, DANISH), Timestamp.from(cutoff))
			.update();
		jdbc.sql("delete from data_access_request where expires_at < ?").param(Timestamp.from(clock.instant())).update();
		if (count > 0) {
			log.info("Anonymised {} registrations of days that ended before {}", count, cutoff);
		}
		return count;
	}

	/** One registration as its person sees it and downloads it. */
	public record Record(String day, Instant startsAt, Instant endsAt, String name, String email, String organisation,
			ParticipantType participantType, String dietaryNeeds, String accessibilityNeeds, RegistrationStatus status,
			Instant registeredAt, Instant checkedInAt) {
	}
}
