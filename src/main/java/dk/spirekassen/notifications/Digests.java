package dk.spirekassen.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.shared.Times;

/**
 * The daily and weekly digests: each person's notes on a digest channel that no digest has taken yet, grouped by
 * project (the groups with the newest notes first, and newest first within a group) in the reader's language.
 * <p>
 * A note waits for a digest until one takes it ({@code notification.digest_id}): that is each person's
 * since-my-last-digest mark, so nothing falls between two digests, however late a run comes, and nothing comes
 * twice. A daily digest is due once per day from {@code digest-time} (Danish time), a weekly one once per week from
 * Monday then; nothing is sent when nothing is new. Each digest is written in one transaction with its row in the
 * send log ({@code digest}) and the marks on its notes; if another node took a note first, the transaction is
 * rolled back. ShedLock keeps the job to one node at a time.
 */
@Service
public class Digests {

	static final String JOB = "notification-digests";

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Recipients recipients;

	private final NotificationMails mails;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final LocalTime sendAt;

	private final SequenceBlock ids;

	Digests(JdbcClient jdbc, PlatformTransactionManager transactions, Recipients recipients, NotificationMails mails,
			AccountManagement accounts, MessageSource messages,
			@Value("${spirekassen.notifications.digest-time:07:00}") LocalTime sendAt) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.recipients = recipients;
		this.mails = mails;
		this.accounts = accounts;
		this.messages = messages;
		this.sendAt = sendAt;
		this.ids = new SequenceBlock(jdbc, "digest_seq");
	}

	@Scheduled(fixedDelayString = "${spirekassen.notifications.digest-every:PT15M}",
			initialDelayString = "${spirekassen.notifications.digest-every:PT15M}")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT30M")
	public void sendScheduled() {
		sendDue(Instant.now());
	}

	/** Writes every digest due at {@code now}; gives how many were written. */
	public int sendDue(Instant now) {
		int written = 0;
		for (var frequency : List.of(Channel.DAILY, Channel.WEEKLY)) {
			var since = slot(frequency, now);
			var due = jdbc.sql("""
					select distinct n.account_id from notification n where n.channel = ? and n.digest_id is null
					and not exists (select 1 from digest d where d.account_id = n.account_id and d.frequency = ?
					    and d.sent_at >= ?)""")
				.params(frequency.name(), frequency.name(), Timestamp.from(since))
				.query(Long.class)
				.list();
			for (long accountId : due) {
				try {
					if (Boolean.TRUE.equals(transaction.execute(status -> send(accountId, frequency, now)))) {
						written++;
					}
				}
				catch (TakenByAnother | ConcurrencyFailureException taken) {
					// The other node writes it (or this one, on its next run); nothing is lost or sent twice.
					log.info("Digest of account {} not written here: another node took its notes", accountId);
				}
			}
		}
		return written;
	}

	/** The latest time a digest of the frequency was due at or before {@code now}. */
	Instant slot(Channel frequency, Instant now) {
		var local = now.atZone(Times.DANISH_TIME);
		var slot = local.with(sendAt);
		if (frequency == Channel.WEEKLY) {
			slot = slot.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		}
		if (slot.isAfter(local)) {
			slot = frequency == Channel.WEEKLY ? slot.minusWeeks(1) : slot.minusDays(1);
		}
		return slot.toInstant();
	}

	private record Item(long id, NotificationKind kind, Long projectId, String subject, String detail, String link,
			Instant createdAt, Instant startsAt, Instant endsAt) {
	}

	private boolean send(long accountId, Channel frequency, Instant now) {
		var account = accounts.accounts(List.of(accountId)).stream().filter(a -> a.enabled()).findFirst();
		if (account.isEmpty()) {
			return false;
		}
		var items = jdbc.sql("""
				select id, kind, project_id, subject, other, link, created_at, starts_at, ends_at from notification
				where account_id = ? and channel = ? and digest_id is null order by created_at desc, id desc""")
			.params(accountId, frequency.name())
			.query((rs, row) -> new Item(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
					rs.getObject("project_id", Long.class), rs.getString("subject"), rs.getString("other"),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at"))))
			.list();
		if (items.isEmpty()) {
			return false;
		}
		var last = jdbc.sql("select max(sent_at) from digest where account_id = ? and frequency = ?")
			.params(accountId, frequency.name())
			.query(Timestamp.class)
			.optional()
			.filter(Objects::nonNull)
			.map(Timestamp::toInstant);
		long digestId = ids.next();
		jdbc.sql("insert into digest (id, account_id, frequency, items, sent_at) values (?, ?, ?, ?, ?)")
			.params(digestId, accountId, frequency.name(), items.size(), Timestamp.from(now))
			.update();
		int marked = jdbc.sql("update notification set digest_id = :digest where id in (:ids) and digest_id is null")
			.param("digest", digestId)
			.param("ids", items.stream().map(Item::id).toList())
			.update();
		if (marked != items.size()) {
			// Another node's digest took some of them first: this one is not written.
			throw new TakenByAnother();
		}
		var recipient = recipients.forAccount(accountId);
		var body = body(account.get().displayName(), items, last.orElse(null), recipient.language());
		mails.digest(recipient, account.get().email(), frequency, body, "digest:" + digestId);
		return true;
	}

	/** Another node's digest took some of the notes first: this digest is rolled back. */
	private static final class TakenByAnother extends RuntimeException {

		TakenByAnother() {
			super(null, null, false, false);
		}
	}

	/** The digest's text: the greeting, then each group with its notes, newest first. */
	String body(String name, List<Item> items, Instant since, Locale language) {
		var times = Times.of(language);
		var text = new StringBuilder();
		text.append(since == null ? messages.getMessage("notification.digest.intro", new Object[] { name }, language)
				: messages.getMessage("notification.digest.introSince", new Object[] { name, times.at(since) },
						language));
		text.append("\n");
		var groups = new LinkedHashMap<String, List<Item>>();
		items.stream()
			.sorted(Comparator.comparing(Item::createdAt).thenComparing(Item::id).reversed())
			.forEach(item -> groups.computeIfAbsent(item.projectId() != null ? "project:" + item.projectId()
					: "category:" + item.kind().category(), g -> new ArrayList<>()).add(item));
		groups.values().forEach(group -> {
			var heading = heading(group.get(0), language);
			text.append("\n").append(heading).append("\n").append("-".repeat(Math.min(heading.length(), 60)))
				.append("\n");
			for (var item : group) {
				text.append("- ").append(times.at(item.createdAt())).append(": ")
					.append(mails.text(item.kind(), item.subject(), item.detail(), item.startsAt(), item.endsAt(),
							language))
					.append("\n  ")
					.append(mails.url(item.link() != null ? item.link() : "/projekter/" + item.projectId()))
					.append("\n");
			}
		});
		return text.toString();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** A project's notes are grouped under its title; the rest under their category. */
	private String heading(Item item, Locale language) {
		if (item.projectId() != null) {
			return messages.getMessage("notification.digest.project", new Object[] { item.subject() }, language);
		}
		return messages.getMessage("Category." + item.kind().category().name(), null, language);
	}
}
