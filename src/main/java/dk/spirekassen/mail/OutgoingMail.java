package dk.spirekassen.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An email the platform sent, as kept in the outbox.
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

	private boolean delivered;

	@OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OutgoingMailAttachment> attachments = new ArrayList<>();

	protected OutgoingMail() {
	}

	OutgoingMail(String recipient, String subject, String body, List<Attachment> attachments) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = Instant.now();
		attachments.forEach(a -> this.attachments.add(new OutgoingMailAttachment(this, a)));
	}

	void markDelivered() {
		this.delivered = true;
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

	public boolean isDelivered() {
		return delivered;
	}

	/** The files sent with the email; read them only where the mail was loaded with them. */
	public List<OutgoingMailAttachment> getAttachments() {
		return List.copyOf(attachments);
	}
}
