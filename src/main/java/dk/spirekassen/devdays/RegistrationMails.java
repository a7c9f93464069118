package dk.spirekassen.devdays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dk.spirekassen.devdays.RegistrationsChanged.Change;
import dk.spirekassen.mail.Attachment;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.notifications.Notice;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.notifications.Notifier;
import dk.spirekassen.shared.Times;

/**
 * Emails registrants after their change is committed, on another thread and outside the day's lock (so a burst of
 * registrations never waits for mail, nor holds two connections each): the confirmation (a seat or a
 * waitlist place, with the self-service link), a seat given from the waitlist, and a cancellation. A mail that
 * gives a seat carries the day as a calendar file.
 * <p>
 * No mail may be lost if the node dies after the registration commits. The emails are not written in the batch's
 * transaction: that runs under the day's lock, and writing a mail and its calendar file per registration there would
 * make a burst's lock longer. Instead {@link RegistrationsChanged} goes through Spring Modulith's event publication
 * registry: the batch's transaction writes one {@code event_publication} row for the whole batch, and this listener
 * writes the emails to the outbox in its own transaction after the commit; the publication is completed once that
 * succeeded. A publication the listener did not complete (the node died, or writing failed) is delivered again on
 * restart ({@code spring.modulith.events.republish-outstanding-events-on-restart}) and, while the application runs,
 * by {@link RegistrationMailCatchUp}. A redelivered event writes no second email: each is written once per event
 * and registration ({@link Mailer#sendOnce}), the outbox's reference being unique.
 */
@Component
class RegistrationMails {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Registrations registrations;

	private final Days days;

	private final Mailer mailer;

	private final MessageSource messages;

	private final DayCalendar calendar;

	private final String baseUrl;

	private final Notifier notifier;

	RegistrationMails(Registrations registrations, Days days, Mailer mailer, MessageSource messages,
			DayCalendar calendar, @Value("${spirekassen.base-url}") String baseUrl, Notifier notifier) {
		this.notifier = notifier;
		this.registrations = registrations;
		this.days = days;
		this.mailer = mailer;
		this.messages = messages;
		this.calendar = calendar;
		this.baseUrl = baseUrl;
	}

	/** Writes the batch's emails to the outbox, in one transaction; the outbox sends them. */
	@ApplicationModuleListener
	void on(RegistrationsChanged changed) {
		var found = registrations.findAllById(changed.changes().stream().map(Change::registrationId).toList())
			.stream()
			.collect(Collectors.toMap(Registration::getId, r -> r));
		var days = new HashMap<Long, Letterhead>();
		for (var change : changed.changes()) {
			var registration = found.get(change.registrationId());
			if (registration != null) {
				var mail = write(changed.kind(), change, registration,
						days.computeIfAbsent(registration.getDayId(), this::letterhead));
				boolean first = mailer.sendOnce("registration:" + changed.id() + ":" + change.registrationId(),
						mail.recipient(), mail.subject(), mail.body(), mail.attachments());
				// With a login, a seat given is also a note on the site (the mail above is the instant channel).
				if (first && changed.kind() == RegistrationsChanged.Kind.PROMOTED
						&& registration.getAccountId() != null) {
					var day = days.get(registration.getDayId());
					notifier.notify(List.of(registration.getAccountId()), new Notice(NotificationKind.SEAT_GIVEN, null,
							day.title(), null, "/udviklingsdage/" + registration.getDayId()));
				}
			}
		}
	}

	private Mail write(RegistrationsChanged.Kind kind, Change change, Registration registration, Letterhead day) {
		var key = switch (kind) {
			case REGISTERED -> registration.getStatus() == RegistrationStatus.CONFIRMED ? "confirmed" : "waitlisted";
			case PROMOTED -> "promoted";
			case CANCELLED -> "cancelled";
		};
		var link = change.token() == null ? baseUrl + "/udviklingsdage/" + registration.getDayId()
				: baseUrl + "/tilmelding/" + change.token();
		var subject = messages.getMessage("registration.mail.subject." + key, new Object[] { day.title() }, DANISH);
		var body = messages.getMessage("registration.mail.body." + key, new Object[] { registration.getName(),
				day.title(), day.when(), day.place(), link, change.waitlistPosition() }, DANISH);
		var attachments = "confirmed".equals(key) || "promoted".equals(key) ? List.of(day.calendar())
				: List.<Attachment>of();
		return new Mail(registration.getEmail(), subject, body, attachments);
	}

	private record Mail(String recipient, String subject, String body, List<Attachment> attachments) {
	}

	/** What every mail about one day says about it, worked out once per batch. */
	private Letterhead letterhead(long dayId) {
		var day = days.findById(dayId).orElseThrow();
		return new Letterhead(day.getTitle(), Times.of(DANISH).span(day.getStartsAt(), day.getEndsAt()), day.getVenue() + ", " + day.getAddress(),
				calendar.attachment(day));
	}

	private record Letterhead(String title, String when, String place, Attachment calendar) {
	}
}
