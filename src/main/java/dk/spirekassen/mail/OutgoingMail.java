package dk.spirekassen.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

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

	protected OutgoingMail() {
	}

	OutgoingMail(String recipient, String subject, String body) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = Instant.now();
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
}
