package dk.spirekassen.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An email in the outbox: written with the change that causes it, then sent by {@link MailDelivery}, which records
 * each attempt here (how many, the last error, when to try next) until the SMTP server accepts it or it is given up.
 */
@Entity
public class OutgoingMail {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String recipient;

	private String subject;

	private String body;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant sentAt;

	/** What the email was written for, when a repeated cause must not write it twice (a redelivered event). */
	private String reference;

	/** The one-click unsubscribe address of a notification mail (RFC 8058); none for other mails. */
	private String listUnsubscribe;

	@OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OutgoingMailAttachment> attachments = new ArrayList<>();

	protected OutgoingMail() {
	}

	OutgoingMail(String reference, String recipient, String subject, String body, List<Attachment> attachments) {
		this(reference, recipient, subject, body, attachments, null);
	}

	OutgoingMail(String reference, String recipient, String subject, String body, List<Attachment> attachments,
			String listUnsubscribe) {
		this.listUnsubscribe = listUnsubscribe;
		this.reference = reference;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = Instant.now();
		this.status = MailStatus.PENDING;
		this.nextAttemptAt = createdAt;
		attachments.forEach(a -> this.attachments.add(new OutgoingMailAttachment(this, a)));
	}

	/** The SMTP server accepted the email. */
	void markSent(Instant now) {
		if (status != MailStatus.PENDING) {
			throw new IllegalStateException("Mail " + id + " is " + status + ", not pending");
		}
		this.status = MailStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
		this.nextAttemptAt = null;
	}

	/**
	 * An attempt (already counted when it was claimed) failed: the email is tried again after the policy's delay,
	 * or given up when the policy says so or the failure is {@code permanent}.
	 */
	void attemptFailed(String error, boolean permanent, RetryPolicy policy, Instant now) {
		if (status != MailStatus.PENDING) {
			throw new IllegalStateException("Mail " + id + " is " + status + ", not pending");
		}
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		if (permanent || policy.givesUp(attempts, createdAt, now)) {
			this.status = MailStatus.FAILED;
			this.nextAttemptAt = null;
		}
		else {
			this.nextAttemptAt = now.plus(policy.delayAfter(attempts));
		}
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public MailStatus getStatus() {
		return status;
	}

	/** Attempts to send the email so far, the one under way included. */
	public int getAttempts() {
		return attempts;
	}

	/** When the email is tried next; none once sent or given up. */
	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	/** Why the last attempt failed, as the SMTP client said it. */
	public String getLastError() {
		return lastError;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	/** The one-click unsubscribe address sent with the email, if it is a notification mail. */
	public String getListUnsubscribe() {
		return listUnsubscribe;
	}

	String getReference() {
		return reference;
	}

	/** The files sent with the email; read them only where the mail was loaded with them. */
	public List<OutgoingMailAttachment> getAttachments() {
		return List.copyOf(attachments);
	}
}
