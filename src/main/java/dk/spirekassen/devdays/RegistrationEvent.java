package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * What happened to a registration and why: registered, promoted, moved, removed, cancelled, by whom.
 */
@Entity
class RegistrationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_event_seq")
	@SequenceGenerator(name = "registration_event_seq", allocationSize = 50)
	private Long id;

	private long registrationId;

	private String kind;

	private String reason;

	private String actorName;

	private Instant happenedAt;

	protected RegistrationEvent() {
	}

	RegistrationEvent(long registrationId, String kind, String reason, String actorName) {
		this.registrationId = registrationId;
		this.kind = kind;
		this.reason = reason;
		this.actorName = actorName;
		this.happenedAt = Instant.now();
	}

	String getKind() {
		return kind;
	}

	String getReason() {
		return reason;
	}

	String getActorName() {
		return actorName;
	}

	Instant getHappenedAt() {
		return happenedAt;
	}
}
