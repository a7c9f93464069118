package dk.spirekassen.notifications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.mail.Attachment;

/**
 * Tells people what happened, each as they chose for the notice's category: not at all, as a note on the site, or
 * as a note with a mail at once or in their next digest. Notes and mails are written in the caller's transaction, so
 * they exist exactly when what they tell of does.
 */
@Service
@Transactional
public class Notifier {

	private final JdbcTemplate batches;

	private final NotificationSettings settings;

	private final Recipients recipients;

	private final NotificationMails mails;

	private final AccountManagement accounts;

	private final SequenceBlock ids;

	@PersistenceContext
	private EntityManager entityManager;

	private final Notes notes;

	Notifier(JdbcTemplate batches, JdbcClient jdbc, NotificationSettings settings, Recipients recipients,
			NotificationMails mails, AccountManagement accounts, Notes notes) {
		this.notes = notes;
		this.batches = batches;
		this.settings = settings;
		this.recipients = recipients;
		this.mails = mails;
		this.accounts = accounts;
		this.ids = new SequenceBlock(jdbc, "notification_seq");
	}

	/** Tells the logins of the notice, each on the channel they chose for its category. */
	public void notify(Collection<Long> accountIds, Notice notice) {
		var category = notice.kind().category();
		var told = new LinkedHashSet<>(accountIds);
		told.remove(null);
		if (told.isEmpty()) {
			return;
		}
		Map<Long, Channel> chosen = settings.chosen(told, category);
		var now = Timestamp.from(Instant.now());
		var rows = new ArrayList<Object[]>();
		var mailed = new ArrayList<Long>();
		for (long accountId : told) {
			var channel = chosen.getOrDefault(accountId, category.standard());
			if (channel == Channel.OFF) {
				continue;
			}
			rows.add(row(accountId, channel, notice, now));
			if (channel == Channel.INSTANT) {
				mailed.add(accountId);
			}
		}
		write(rows);
		// A seat given from the waitlist is mailed by the registration itself.
		if (!mailed.isEmpty() && category != Category.WAITLIST) {
			var logins = accounts.accounts(mailed).stream().filter(account -> account.enabled()).toList();
			var recipientsOf = recipients.forAccounts(logins.stream().map(account -> account.id()).toList());
			for (var account : logins) {
				mails.instant(recipientsOf.get(account.id()), account.displayName(), account.email(), notice, List.of(),
						null);
			}
		}
	}

	/**
	 * Tells a registrant of a development day, who may have no login: with a login ({@code accountId}) as it chose;
	 * without, by a mail unless the address stopped them. {@code reference} makes the mail written once. Returns
	 * whether a mail was written.
	 */
	public boolean notifyRegistrant(Long accountId, String email, String name, Notice notice,
			List<Attachment> attachments, String reference) {
		if (accountId != null) {
			var category = notice.kind().category();
			var channel = settings.chosen(List.of(accountId), category).getOrDefault(accountId, category.standard());
			if (channel == Channel.OFF) {
				return false;
			}
			write(List.<Object[]>of(row(accountId, channel, notice, Timestamp.from(Instant.now()))));
			if (channel != Channel.INSTANT) {
				return false;
			}
			var account = accounts.accounts(List.of(accountId)).stream().filter(a -> a.enabled()).findFirst();
			if (account.isEmpty()) {
				return false;
			}
			mails.instant(recipients.forAccount(accountId), account.get().displayName(), account.get().email(),
					notice, attachments, reference);
			return true;
		}
		var recipient = recipients.forAddress(email);
		if (recipient.mailStopped()) {
			return false;
		}
		mails.instant(recipient, name, email, notice, attachments, reference);
		return true;
	}

	private Object[] row(long accountId, Channel channel, Notice notice, Timestamp now) {
		return new Object[] { ids.next(), accountId, notice.kind().name(), notice.kind().category().name(),
				channel.name(), notice.projectId(), notice.subject(), notice.detail(), notice.link(), now,
				notice.startsAt() == null ? null : Timestamp.from(notice.startsAt()),
				notice.endsAt() == null ? null : Timestamp.from(notice.endsAt()) };
	}

	/**
	 * Writes the notes in batches: a notice to thousands is a few statements, not thousands. What the caller changed
	 * through JPA (a new project, say) is flushed first, as the notes refer to it.
	 */
	private void write(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		entityManager.flush();
		notes.changedOnCommit();
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.batchUpdate("""
					insert into notification (id, account_id, kind, category, channel, project_id, subject, other, link,
					    created_at, starts_at, ends_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	private static final int BATCH = 1_000;
}
