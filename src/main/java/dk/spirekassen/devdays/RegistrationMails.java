package dk.spirekassen.devdays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dk.spirekassen.devdays.RegistrationsChanged.Change;
import dk.spirekassen.mail.Attachment;
import dk.spirekassen.mail.Mailer;

/**
 * Emails registrants after their change is committed, on another thread and outside the day's lock (so a burst of
 * registrations never waits for mail, nor holds two connections each): the confirmation (a seat or a
 * waitlist place, with the self-service link), a seat given from the waitlist, and a cancellation. A mail that
 * gives a seat carries the day as a calendar file.
 */
@Component
class RegistrationMails {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private final Registrations registrations;

	private final Days days;

	private final Mailer mailer;

	private final MessageSource messages;

	private final DayCalendar calendar;

	private final String baseUrl;

	private final TransactionTemplate reading;

	RegistrationMails(Registrations registrations, Days days, Mailer mailer, MessageSource messages,
			DayCalendar calendar, PlatformTransactionManager transactions,
			@Value("${spirekassen.base-url}") String baseUrl) {
		this.registrations = registrations;
		this.days = days;
		this.mailer = mailer;
		this.messages = messages;
		this.calendar = calendar;
		this.baseUrl = baseUrl;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * Writes the mails in one short read-only transaction, then sends them one by one outside it (each kept in the
	 * outbox by its own transaction), so a slow SMTP server never holds a database connection for a whole batch.
	 */
	@Async
	@TransactionalEventListener
	void on(RegistrationsChanged changed) {
		var mails = reading.execute(status -> {
			var found = registrations.findAllById(changed.changes().stream().map(Change::registrationId).toList())
				.stream()
				.collect(Collectors.toMap(Registration::getId, r -> r));
			var days = new HashMap<Long, Letterhead>();
			var written = new ArrayList<Mail>();
			for (var change : changed.changes()) {
				var registration = found.get(change.registrationId());
				if (registration != null) {
					written.add(write(changed.kind(), change, registration,
							days.computeIfAbsent(registration.getDayId(), this::letterhead)));
				}
			}
			return written;
		});
		mails.forEach(mail -> mailer.send(mail.recipient(), mail.subject(), mail.body(), mail.attachments()));
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
		var when = day.getStartsAt()
			.atZone(DANISH_TIME)
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(DANISH));
		return new Letterhead(day.getTitle(), when, day.getVenue() + ", " + day.getAddress(),
				calendar.attachment(day));
	}

	private record Letterhead(String title, String when, String place, Attachment calendar) {
	}
}
