package dk.spirekassen.devdays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.OneTimeTokens;

/**
 * Gives seats or waitlist places to registrations for one day, many at a time, inside the caller's transaction.
 * <p>
 * It first locks the day's row ({@code select ... for update}) and only then reads what it decides on: the
 * registrations already made with the submitted emails and idempotency keys, the confirmed and waitlisted counts and
 * the last arrival number. It then takes the submissions in the order given, the way it would take them one by one,
 * and writes them all with one flush. Taking many submissions under one lock and one commit is what lets a day take a
 * burst of registrations quickly; taking them under the lock is what keeps it from ever overbooking.
 */
@Component
class Seats {

	/** The SQL state of a unique constraint violation, on PostgreSQL and H2 alike. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final Days days;

	private final Registrations registrations;

	private final RegistrationEvents log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Seats(Days days, Registrations registrations, RegistrationEvents log, ApplicationEventPublisher events,
			Clock clock) {
		this.days = days;
		this.registrations = registrations;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A registration waiting for a seat. A recorded one (the registration of a day already held) ignores the
	 * registration window, gets no secret link and no mail.
	 */
	record Submission(long dayId, RegistrationDetails details, String idempotencyKey, Long accountId,
			boolean recorded) {
	}

	/** What became of one submission: a registration, or the refusal to give back to whoever submitted it. */
	record Outcome(RegistrationResult result, RuntimeException refusal) {

		RegistrationResult get() {
			if (refusal != null) {
				throw refusal;
			}
			return result;
		}
	}

	/**
	 * Takes the submissions for one day in the order given; the outcomes come in the same order. Must run in a
	 * transaction, which then holds the day's lock until it ends. A refusal of one submission (a duplicate email, a
	 * closed window) is its outcome and leaves the others alone; only a failure of the whole write throws.
	 */
	List<Outcome> takeAll(long dayId, List<Submission> submissions) {
		var day = days.lockById(dayId).orElseThrow(() -> new NotFoundException("day", dayId));
		var window = day.window(clock.instant());
		var keys = submissions.stream().map(Submission::idempotencyKey).filter(Objects::nonNull).distinct().toList();
		var byKey = index(keys.isEmpty() ? List.of() : registrations.findByDayIdAndIdempotencyKeyIn(dayId, keys),
				Registration::getIdempotencyKey);
		var byEmail = index(registrations.findByDayIdAndEmailIn(dayId,
				submissions.stream().map(s -> Registration.normaliseEmail(s.details().email())).distinct().toList()),
				Registration::getEmail);
		long confirmed = registrations.countByDayIdAndStatus(dayId, RegistrationStatus.CONFIRMED);
		long waitlisted = registrations.countByDayIdAndStatus(dayId, RegistrationStatus.WAITLISTED);
		long arrival = registrations.lastArrival(dayId);
		var madeNow = new IdentityHashMap<Registration, RegistrationResult>();
		var outcomes = new ArrayList<Supplier<Outcome>>();
		var made = new ArrayList<RegistrationsChanged.Change>();
		for (var submission : submissions) {
			var key = submission.idempotencyKey();
			var earlier = key == null ? null : byKey.get(key);
			if (earlier != null) {
				if (sameSubmission(earlier, submission.details())) {
					outcomes.add(() -> repeated(earlier, madeNow.get(earlier)));
				}
				else {
					// A key is for retrying one submission; someone else's details under it would be lost silently.
					var refused = new Outcome(null,
							new RegistrationRefusedException(null, "registration.error.keyReused"));
					outcomes.add(() -> refused);
				}
				continue;
			}
			var refusal = submission.recorded() ? null : refusal(window);
			var email = Registration.normaliseEmail(submission.details().email());
			var existing = byEmail.get(email);
			if (refusal == null && existing != null && existing.getStatus() != RegistrationStatus.CANCELLED) {
				refusal = new RegistrationRefusedException("email", "registration.error.duplicate");
			}
			if (refusal != null) {
				var refused = new Outcome(null, refusal);
				outcomes.add(() -> refused);
				continue;
			}
			var status = confirmed < day.getCapacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
			long position = status == RegistrationStatus.WAITLISTED ? ++waitlisted : 0;
			if (status == RegistrationStatus.CONFIRMED) {
				confirmed++;
			}
			var token = OneTimeTokens.newToken();
			Registration registration;
			if (existing != null) {
				registration = existing;
				registration.reactivate(submission.details(), status, ++arrival, OneTimeTokens.hash(token));
				registration.submittedAs(key);
			}
			else {
				registration = registrations.save(new Registration(dayId, submission.details(), status, ++arrival,
						OneTimeTokens.hash(token), key, submission.accountId()));
			}
			byEmail.put(email, registration);
			if (key != null) {
				byKey.put(key, registration);
			}
			log.save(new RegistrationEvent(registration.getId(), submission.recorded() ? RegistrationEvent.Kind.RECORDED : RegistrationEvent.Kind.REGISTERED,
					status.name(), submission.details().name()));
			if (!submission.recorded()) {
				made.add(new RegistrationsChanged.Change(registration.getId(), token, position));
			}
			var result = new RegistrationResult(registration.getId(), dayId, status, position,
					submission.recorded() ? null : token, false);
			madeNow.put(registration, result);
			outcomes.add(() -> new Outcome(result, null));
		}
		flush(submissions.size());
		if (!made.isEmpty()) {
			events.publishEvent(new RegistrationsChanged(RegistrationsChanged.Kind.REGISTERED, made));
		}
		return outcomes.stream().map(Supplier::get).toList();
	}

	private void flush(int submissions) {
		try {
			registrations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Only a registration for this day made without its lock could collide; alone, that is a taken email.
			if (submissions == 1 && NestedExceptionUtils.getMostSpecificCause(ex) instanceof SQLException sql
					&& UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				throw new RegistrationRefusedException("email", "registration.error.duplicate");
			}
			throw ex;
		}
	}

	/** The same submission again: the registration it made, without its secret link. */
	private static boolean sameSubmission(Registration earlier, RegistrationDetails details) {
		return earlier.getEmail().equals(Registration.normaliseEmail(details.email()))
				&& Objects.equals(earlier.getName(), details.name() == null ? null : details.name().strip());
	}

	private Outcome repeated(Registration registration, RegistrationResult madeNow) {
		if (madeNow != null) {
			return new Outcome(new RegistrationResult(madeNow.registrationId(), madeNow.dayId(), madeNow.status(),
					madeNow.waitlistPosition(), null, true), null);
		}
		long position = registration.getStatus() == RegistrationStatus.WAITLISTED
				? registrations.countAhead(registration.getDayId(), RegistrationStatus.WAITLISTED,
						registration.getArrival()) + 1
				: 0;
		return new Outcome(new RegistrationResult(registration.getId(), registration.getDayId(),
				registration.getStatus(), position, null, true), null);
	}

	private static RegistrationRefusedException refusal(RegistrationWindow window) {
		return switch (window) {
			case NOT_YET_OPEN -> new RegistrationRefusedException(null, "registration.error.notYetOpen");
			case CLOSED -> new RegistrationRefusedException(null, "registration.error.closed");
			case PAST -> new RegistrationRefusedException(null, "registration.error.past");
			case OPEN -> null;
		};
	}

	private static Map<String, Registration> index(List<Registration> found, Function<Registration, String> key) {
		return found.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a, HashMap::new));
	}
}
