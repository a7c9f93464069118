package dk.spirekassen.devdays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.spirekassen.devdays.Seats.Submission;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.OneTimeTokens;

/**
 * Takes registrations and frees seats without ever overbooking a day or skipping anyone on its waitlist.
 * <p>
 * Every change of seats (a registration, a cancellation, a promotion, a new capacity) first locks the day's row
 * ({@code select ... for update}) and counts seats only after it holds the lock, so changes for one day happen one
 * at a time while other days go on. New registrations are taken many at a time under one lock ({@link Seats},
 * {@link RegistrationIntake}); their arrival numbers follow the day's last one, drawn inside the lock. Unique
 * constraints (one registration per email per day, one per idempotency key per day) back this up.
 */
@Service
@Transactional
public class RegistrationDesk {

	private final Days days;

	private final Registrations registrations;

	private final RegistrationEvents log;

	private final Seats seats;

	private final RegistrationIntake intake;

	private final ApplicationEventPublisher events;

	RegistrationDesk(Days days, Registrations registrations, RegistrationEvents log, Seats seats,
			RegistrationIntake intake, ApplicationEventPublisher events) {
		this.days = days;
		this.registrations = registrations;
		this.log = log;
		this.seats = seats;
		this.intake = intake;
		this.events = events;
	}

	/**
	 * Registers someone for a day: a seat while there is one, otherwise the waitlist. The same idempotency key gives
	 * back the same registration (the same details sent again); a second registration with the same email is
	 * refused, and so is the same key with other details. The registration waits in its day's line and is written
	 * with the others waiting there (see {@link RegistrationIntake}); no transaction is held while it waits.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public RegistrationResult register(long dayId, RegistrationDetails details, String idempotencyKey,
			Long accountId) {
		requireConsent(details);
		var key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		return intake.register(new Submission(dayId, details, key, accountId, false));
	}

	/**
	 * Registers someone within the caller's transaction, past the day's line, under the same rules and lock as
	 * {@link #register}: for loading many registrations at once (demo data), where the day itself may not be
	 * committed yet. Mails go out after the caller commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegistrationResult registerWithin(long dayId, RegistrationDetails details) {
		requireConsent(details);
		return seats.takeAll(dayId, List.of(new Submission(dayId, details, null, null, false))).get(0).get();
	}

	/**
	 * Records a registration for a day whatever its registration window, for importing the registrations of days
	 * already held. Like {@link #register}, it takes the day's lock, gives a seat while there is one (otherwise the
	 * waitlist) and refuses a second registration with the same email; unlike it, it sends no mail, gives back no
	 * secret link and logs the registration as recorded.
	 */
	public RegistrationResult recordAttendance(long dayId, RegistrationDetails details) {
		requireConsent(details);
		return seats.takeAll(dayId, List.of(new Submission(dayId, details, null, null, true))).get(0).get();
	}

	/** A registration by its secret token, if the token is known. */
	@Transactional(readOnly = true)
	public Optional<RegistrationResult> byToken(String token) {
		return find(token).map(r -> result(r, null, false));
	}

	/** Cancels by the secret link; a freed seat goes at once to the first on the waitlist. */
	public RegistrationResult cancel(String token) {
		var registration = find(token).orElseThrow(() -> new NotFoundException("registration", "token"));
		return cancel(registration, RegistrationEvent.Kind.CANCELLED, null, registration.getName());
	}

	/** The secretariat removes someone (confirmed or waitlisted), with a reason. */
	public void remove(long registrationId, String reason, String actor) {
		var registration = registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
		requireReason(reason);
		cancel(registration, RegistrationEvent.Kind.REMOVED, reason, actor);
	}

	private RegistrationResult cancel(Registration registration, RegistrationEvent.Kind kind, String reason,
			String actor) {
		var day = days.lockById(registration.getDayId()).orElseThrow();
		if (!registration.cancel()) {
			return result(registration, null, true);
		}
		registrations.flush();
		log.save(new RegistrationEvent(registration.getId(), kind, reason, actor));
		events.publishEvent(RegistrationsChanged.one(RegistrationsChanged.Kind.CANCELLED, registration.getId()));
		fillSeats(day);
		return result(registration, null, false);
	}

	/** Changes a day's capacity; never below the seats already confirmed. Freed seats go to the waitlist. */
	public void changeCapacity(long dayId, int capacity) {
		var day = days.lockById(dayId).orElseThrow(() -> new NotFoundException("day", dayId));
		long confirmed = registrations.countByDayIdAndStatus(dayId, RegistrationStatus.CONFIRMED);
		if (capacity < confirmed) {
			throw new RegistrationRefusedException("capacity", "day.error.capacityBelowConfirmed", confirmed);
		}
		day.setCapacity(capacity);
		fillSeats(day);
	}

	/**
	 * The secretariat gives a seat to someone on the waitlist out of turn, with a reason. Only while a seat is
	 * free: the day is never overbooked, not even by hand.
	 */
	public void promote(long registrationId, String reason, String actor) {
		var registration = registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
		requireReason(reason);
		var day = days.lockById(registration.getDayId()).orElseThrow();
		if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
			throw new RegistrationRefusedException(null, "waitlist.error.notWaitlisted");
		}
		if (registrations.countByDayIdAndStatus(day.getId(), RegistrationStatus.CONFIRMED) >= day.getCapacity()) {
			throw new RegistrationRefusedException(null, "waitlist.error.full");
		}
		events.publishEvent(new RegistrationsChanged(RegistrationsChanged.Kind.PROMOTED,
				List.of(confirm(registration, reason, actor))));
	}

	/** Moves someone one place up or down the waitlist, with a reason. */
	public void move(long registrationId, boolean up, String reason, String actor) {
		var registration = registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
		requireReason(reason);
		days.lockById(registration.getDayId()).orElseThrow();
		var waitlist = registrations.findByDayIdAndStatusOrderByArrival(registration.getDayId(),
				RegistrationStatus.WAITLISTED);
		int index = waitlist.indexOf(registration);
		int other = up ? index - 1 : index + 1;
		if (index < 0) {
			throw new RegistrationRefusedException(null, "waitlist.error.notWaitlisted");
		}
		if (other < 0 || other >= waitlist.size()) {
			return;
		}
		var neighbour = waitlist.get(other);
		long mine = registration.getArrival();
		registration.moveTo(neighbour.getArrival());
		neighbour.moveTo(mine);
		log.save(new RegistrationEvent(registration.getId(), up ? RegistrationEvent.Kind.MOVED_UP : RegistrationEvent.Kind.MOVED_DOWN, reason, actor));
	}

	/** Marks someone present or not at the door. */
	public void checkIn(long registrationId, boolean present) {
		var registration = registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
		registration.checkIn(present);
	}

	/** Gives free seats to the waitlist in arrival order. The caller holds the day's lock. */
	private void fillSeats(DevelopmentDay day) {
		long free = day.getCapacity() - registrations.countByDayIdAndStatus(day.getId(), RegistrationStatus.CONFIRMED);
		if (free <= 0) {
			return;
		}
		var promoted = new ArrayList<RegistrationsChanged.Change>();
		for (var next : registrations.findByDayIdAndStatusOrderByArrival(day.getId(), RegistrationStatus.WAITLISTED)) {
			if (free-- <= 0) {
				break;
			}
			promoted.add(confirm(next, null, null));
		}
		if (!promoted.isEmpty()) {
			events.publishEvent(new RegistrationsChanged(RegistrationsChanged.Kind.PROMOTED, promoted));
		}
	}

	/** Gives the registration its seat and logs it; the caller publishes the change. */
	private RegistrationsChanged.Change confirm(Registration registration, String reason, String actor) {
		registration.confirm();
		registrations.flush();
		log.save(new RegistrationEvent(registration.getId(), RegistrationEvent.Kind.PROMOTED, reason, actor));
		return new RegistrationsChanged.Change(registration.getId(), null, 0);
	}

	private RegistrationResult result(Registration registration, String token, boolean repeated) {
		long position = registration.getStatus() == RegistrationStatus.WAITLISTED
				? registrations.countAhead(registration.getDayId(), RegistrationStatus.WAITLISTED,
						registration.getArrival()) + 1
				: 0;
		return new RegistrationResult(registration.getId(), registration.getDayId(), registration.getStatus(),
				position, token, repeated);
	}

	private Optional<Registration> find(String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return registrations.findByTokenHash(hash(token));
	}

	private static void requireConsent(RegistrationDetails details) {
		if (!details.consent()) {
			throw new RegistrationRefusedException("consent", "registration.error.consent");
		}
	}

	/** The longest reason kept ({@code registration_event.reason}). */
	static final int REASON_MAX = 1000;

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RegistrationRefusedException("reason", "waitlist.error.reason");
		}
		if (reason.length() > REASON_MAX) {
			throw new RegistrationRefusedException("reason", "waitlist.error.reasonTooLong");
		}
	}

	static String hash(String token) {
		return OneTimeTokens.hash(token);
	}
}
