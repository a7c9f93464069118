package dk.spirekassen.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the outbox, on one node at a time (ShedLock), every few seconds: the due emails, a small batch at a time,
 * each through the SMTP server. State lives in the table only, so a restarted node (or another one) carries on where
 * the last run stopped. Without an SMTP server ({@code spring.mail.host} unset) the worker is not scheduled and the
 * emails stay pending in the outbox, which is not an error ({@link SmtpServer} decides, when the node starts).
 * <p>
 * Each email is handled in three steps, and no database transaction is open while the SMTP server is talked to, so
 * a slow server holds no connection: (1) a short transaction <em>claims</em> the email by a conditional update that
 * counts the attempt and moves its next attempt {@code claim-for} ahead, so no other run takes it meanwhile, and
 * reads it; (2) the SMTP server is given it; (3) a short transaction marks it sent, or records the error and the next
 * attempt (backoff doubling from {@code retry.first} up to {@code retry.longest}), giving up (FAILED, shown on the
 * outbox page) after {@code retry.max-attempts} attempts, once older than {@code retry.max-age}, or at once when the
 * message cannot be built. An email is marked sent, and committed, before the next one is taken.
 * <p>
 * The one window left: if the node dies, or the database is lost, after the SMTP server accepted an email and before
 * step 3 commits, the email is still pending and is sent again once its claim runs out. SMTP gives no way to ask
 * whether a message was taken, so this delivers at least once rather than risk losing a mail.
 * <p>
 * A node killed in the middle of a run leaves its ShedLock row and its one claimed email behind, and no node sends
 * anything until the lock runs out ({@code spirekassen.mail.lock-for}, default 2 minutes), nor that email until its
 * claim does ({@code claim-for}, default 2 minutes). Both are kept short for that reason (bench/faults.sh kill9
 * measures it); a run takes no new batch after half its lock. Should a slow SMTP server stretch a run past its lock, a
 * second node's run may overlap it, which only costs work: each email is claimed before it is sent.
 */
@Component
class MailDelivery {

	static final String JOB = "mail-delivery";

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final OutgoingMails outbox;

	private final JavaMailSender smtp;

	private final boolean smtpConfigured;

	private final TransactionTemplate writing;

	private final String from;

	private final int batchSize;

	private final Duration claimFor;

	private final RetryPolicy retries;

	/** A run takes no new batch after this, half its lock, so no second node starts meanwhile. */
	private final Duration runAtMost;

	MailDelivery(OutgoingMails outbox, JavaMailSender smtp, MailProperties mail, PlatformTransactionManager transactions,
			@Value("${spirekassen.mail.from}") String from,
			@Value("${spirekassen.mail.batch-size:20}") int batchSize,
			@Value("${spirekassen.mail.claim-for:PT2M}") Duration claimFor,
			@Value("${spirekassen.mail.lock-for:PT2M}") Duration lockFor,
			@Value("${spirekassen.mail.retry.first:PT30S}") Duration firstRetry,
			@Value("${spirekassen.mail.retry.longest:PT1H}") Duration longestRetry,
			@Value("${spirekassen.mail.retry.max-attempts:20}") int maxAttempts,
			@Value("${spirekassen.mail.retry.max-age:P2D}") Duration maxAge) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.smtpConfigured = SmtpServer.configured(mail);
		this.writing = new TransactionTemplate(transactions);
		this.from = from;
		this.batchSize = batchSize;
		this.claimFor = claimFor;
		this.retries = new RetryPolicy(firstRetry, longestRetry, maxAttempts, maxAge);
		this.runAtMost = lockFor.dividedBy(2);
	}

	/**
	 * Sends the emails that are due, batch after batch, until none is due, one fails, or the run has taken long.
	 * Scheduled every {@code spirekassen.mail.send-every} by {@link SmtpServer}; does nothing without an SMTP server.
	 */
	@SchedulerLock(name = JOB, lockAtMostFor = "${spirekassen.mail.lock-for:PT2M}")
	public void sendDue() {
		if (!smtpConfigured) {
			return;
		}
		var started = Instant.now();
		int sent = 0;
		int failed = 0;
		List<Long> due;
		do {
			var now = Instant.now();
			due = writing.execute(status -> outbox.findDue(now, Limit.of(batchSize)));
			for (var id : due) {
				if (send(id)) {
					sent++;
				}
				else {
					failed++;
				}
			}
		}
		while (due.size() == batchSize && failed == 0 && Instant.now().isBefore(started.plus(runAtMost)));
		if (failed > 0) {
			log.warn("Mail delivery: {} emails sent, {} not sent (tried again later unless given up)", sent, failed);
		}
	}

	/** Claims, sends and marks one email; false if it was not sent (failed, or not due any more). */
	private boolean send(long id) {
		var letter = writing.execute(status -> {
			var now = Instant.now();
			return outbox.claim(id, now, now.plus(claimFor)) == 0 ? null
					: outbox.findWithAttachmentsById(id).map(Letter::of).orElse(null);
		});
		if (letter == null) {
			return false;
		}
		Failure failure = null;
		try {
			smtp.send(message -> letter.writeTo(message, from));
		}
		catch (MailParseException | MailPreparationException ex) {
			failure = new Failure(ex.getMessage(), true);
		}
		catch (MailException ex) {
			failure = new Failure(ex.getMessage(), false);
		}
		var outcome = failure;
		writing.executeWithoutResult(status -> outbox.findById(id).ifPresent(mail -> {
			if (outcome == null) {
				mail.markSent(Instant.now());
			}
			else {
				mail.attemptFailed(outcome.error(), outcome.permanent(), retries, Instant.now());
				log.info("Could not send mail {} (attempt {}, {}): {}", id, mail.getAttempts(), mail.getStatus(),
						outcome.error());
			}
		}));
		return outcome == null;
	}

	private record Failure(String error, boolean permanent) {
	}

	/** An email as read for one attempt, so it can be sent after its transaction closed. */
	private record Letter(String recipient, String subject, String body, List<Attachment> attachments,
			String listUnsubscribe) {

		static Letter of(OutgoingMail mail) {
			return new Letter(mail.getRecipient(), mail.getSubject(), mail.getBody(), mail.getAttachments()
				.stream()
				.map(a -> new Attachment(a.getName(), a.getContentType(), a.getContent()))
				.toList(), mail.getListUnsubscribe());
		}

		void writeTo(MimeMessage message, String from) throws MessagingException {
			var helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(recipient);
			helper.setSubject(subject);
			helper.setText(body);
			if (listUnsubscribe != null) {
				// RFC 8058: a mail program may unsubscribe with one POST, without opening a page.
				message.setHeader("List-Unsubscribe", "<" + listUnsubscribe + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			for (var attachment : attachments) {
				helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
		}
	}
}
