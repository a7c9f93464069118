package dk.spirekassen.devdays;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Interests;
import dk.spirekassen.notifications.Notice;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.notifications.Notifier;

/**
 * What development days tell people by themselves: that registration opened for a day in their region (the staff
 * of the organisations there and the people of the partners working there), and a reminder to each registrant with
 * a seat, {@code remind-before} the day starts, with the day as a calendar file. Each day is announced once and each
 * registrant reminded once: the mark is set in the transaction that writes the notes and mails. ShedLock keeps the
 * job to one node at a time.
 */
@Service
public class DayNotices {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Days days;

	private final Registrations registrations;

	private final DayCalendar calendar;

	private final Interests interests;

	private final AccountManagement accounts;

	private final Notifier notifier;

	private final Duration remindBefore;

	DayNotices(JdbcClient jdbc, PlatformTransactionManager transactions, Days days, Registrations registrations,
			DayCalendar calendar, Interests interests, AccountManagement accounts, Notifier notifier,
			@Value("${spirekassen.notifications.remind-before:P2D}") Duration remindBefore) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.days = days;
		this.registrations = registrations;
		this.calendar = calendar;
		this.interests = interests;
		this.accounts = accounts;
		this.notifier = notifier;
		this.remindBefore = remindBefore;
	}

	@Scheduled(fixedDelayString = "${spirekassen.notifications.digest-every:PT15M}",
			initialDelayString = "${spirekassen.notifications.digest-every:PT15M}")
	@SchedulerLock(name = "development-day-notices", lockAtMostFor = "PT30M")
	public void sendScheduled() {
		var now = Instant.now();
		announceOpenings(now);
		remind(now);
	}

	/** Announces every day not yet begun whose registration has opened and not closed, once; gives how many. */
	public int announceOpenings(Instant now) {
		var opened = jdbc.sql("""
				select id from development_day where opening_announced_at is null and registration_opens_at <= ?
				and registration_closes_at > ? and starts_at > ?""")
			.params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.list();
		int announced = 0;
		for (long dayId : opened) {
			if (Boolean.TRUE.equals(transaction.execute(status -> announce(dayId, now)))) {
				announced++;
			}
		}
		return announced;
	}

	private boolean announce(long dayId, Instant now) {
		if (jdbc.sql("update development_day set opening_announced_at = ? where id = ?"
				+ " and opening_announced_at is null")
			.params(Timestamp.from(now), dayId)
			.update() == 0) {
			return false;
		}
		var day = days.findById(dayId).orElseThrow();
		var region = Set.of(day.getRegion());
		var told = accounts.teamLogins(interests.organisations(region), interests.partners(Set.of(), region))
			.stream()
			.map(login -> login.id())
			.toList();
		notifier.notify(told, new Notice(NotificationKind.REGISTRATION_OPENED, null, day.getTitle(), null,
				"/udviklingsdage/" + dayId, day.getStartsAt(), day.getEndsAt()));
		return true;
	}

	/** Reminds every registrant with a seat on a day that starts within {@code remind-before}, once; gives how many. */
	public int remind(Instant now) {
		var due = jdbc.sql("""
				select r.id from registration r join development_day d on d.id = r.day_id
				where r.status = 'CONFIRMED' and r.reminded_at is null and d.starts_at > ? and d.starts_at <= ?""")
			.params(Timestamp.from(now), Timestamp.from(now.plus(remindBefore)))
			.query(Long.class)
			.list();
		int reminded = 0;
		for (long registrationId : due) {
			if (Boolean.TRUE.equals(transaction.execute(status -> remind(registrationId, now)))) {
				reminded++;
			}
		}
		return reminded;
	}

	private boolean remind(long registrationId, Instant now) {
		if (jdbc.sql("update registration set reminded_at = ? where id = ? and reminded_at is null")
			.params(Timestamp.from(now), registrationId)
			.update() == 0) {
			return false;
		}
		var registration = registrations.findById(registrationId).orElseThrow();
		var day = days.findById(registration.getDayId()).orElseThrow();
		var notice = new Notice(NotificationKind.DAY_REMINDER, null, day.getTitle(),
				day.getVenue() + ", " + day.getAddress(), "/udviklingsdage/" + day.getId(), day.getStartsAt(),
				day.getEndsAt());
		notifier.notifyRegistrant(registration.getAccountId(), registration.getEmail(), registration.getName(), notice,
				List.of(calendar.attachment(day)), "reminder:" + registrationId);
		return true;
	}
}
