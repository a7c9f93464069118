package dk.spirekassen.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes plain-text email, with attachments if any, to the outbox in the caller's transaction: the email is sent by
 * {@link MailDelivery} once that transaction commits (never if it rolls back), and retried until the SMTP server
 * takes it. Without an SMTP server it is only kept, so links can be followed from the outbox page. Sent emails are
 * kept for the secretariat to read when {@code spirekassen.mail.keep-outbox} is on (the embedded default), else
 * deleted after {@code spirekassen.mail.keep-sent}.
 */
@Service
@Transactional
public class Mailer {

	/** How long a failed email is counted for the secretariat (emails are given up on within two days). */
	public static final Duration FAILED_SHOWN_FOR = Duration.ofDays(30);

	private final OutgoingMails outbox;

	private final boolean keepOutbox;

	private final Duration keepSent;

	Mailer(OutgoingMails outbox, @Value("${spirekassen.mail.keep-outbox:false}") boolean keepOutbox,
			@Value("${spirekassen.mail.keep-sent:P30D}") Duration keepSent) {
		this.outbox = outbox;
		this.keepOutbox = keepOutbox;
		this.keepSent = keepSent;
	}

	/** Writes an email to the outbox, to be sent after the caller's transaction commits. */
	public void send(String recipient, String subject, String body) {
		send(recipient, subject, body, List.of());
	}

	/**
	 * Writes an email with files attached (a multipart message) to the outbox, to be sent after the caller's
	 * transaction commits; the outbox keeps the files with the email.
	 */
	public void send(String recipient, String subject, String body, List<Attachment> attachments) {
		outbox.save(new OutgoingMail(null, recipient, subject, body, attachments));
	}

	/**
	 * Writes a notification mail, one a person may stop getting: it is sent with {@code List-Unsubscribe} on
	 * {@code unsubscribeUrl} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058), so a mail
	 * program can offer to unsubscribe with one click. Unless {@code reference} is null, it is written once, as
	 * {@link #sendOnce} does; returns whether it was written.
	 */
	public boolean sendUnsubscribable(String reference, String recipient, String subject, String body,
			List<Attachment> attachments, String unsubscribeUrl) {
		if (reference != null && outbox.existsByReference(reference)) {
			return false;
		}
		outbox.save(new OutgoingMail(reference, recipient, subject, body, attachments, unsubscribeUrl));
		return true;
	}

	/**
	 * Writes an email as {@link #send(String, String, String, List)} does, unless one was written before with the
	 * same {@code reference} (what it was written for, unique): a cause handled twice, such as an event delivered
	 * again, writes no second email. Returns whether it wrote one.
	 */
	public boolean sendOnce(String reference, String recipient, String subject, String body,
			List<Attachment> attachments) {
		if (outbox.existsByReference(reference)) {
			return false;
		}
		outbox.save(new OutgoingMail(reference, recipient, subject, body, attachments));
		return true;
	}

	@Transactional(readOnly = true)
	public Page<OutgoingMail> outbox(Pageable pageable) {
		return outbox.findAllByOrderByCreatedAtDescIdDesc(pageable);
	}

	/**
	 * How many emails written within {@link #FAILED_SHOWN_FOR} were given up on: the ones whose recipients the
	 * secretariat may have to reach another way. Older failures stay in the outbox but are no longer counted.
	 */
	@Transactional(readOnly = true)
	public long failedLately() {
		return outbox.countByStatusAndCreatedAtAfter(MailStatus.FAILED, Instant.now().minus(FAILED_SHOWN_FOR));
	}

	/** A kept email with its attachments loaded. */
	@Transactional(readOnly = true)
	public Optional<OutgoingMail> find(long id) {
		return outbox.findWithAttachmentsById(id);
	}

	/** One file of a kept email. */
	@Transactional(readOnly = true)
	public Optional<OutgoingMailAttachment> attachment(long mailId, long attachmentId) {
		return outbox.findWithAttachmentsById(mailId)
			.flatMap(mail -> mail.getAttachments().stream().filter(a -> a.getId() == attachmentId).findFirst());
	}

	/** Whether sent emails are kept; if not, they are deleted after {@link #keepsSentFor()}. */
	public boolean keepsOutbox() {
		return keepOutbox;
	}

	public Duration keepsSentFor() {
		return keepSent;
	}
}
