package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	/** What happened. */
	enum Kind {
		/** Registered through the form or the API. */
		REGISTERED,
		/** Recorded after the fact (a day already held). */
		RECORDED,
		/** Cancelled by the person through their link. */
		CANCELLED,
		/** Removed by the secretariat, with a reason. */
		REMOVED,
		/** Moved one place up the waitlist by the secretariat. */
		MOVED_UP,
		/** Moved one place down the waitlist by the secretariat. */
		MOVED_DOWN,
		/** Given a seat from the waitlist. */
		PROMOTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_event_seq")
	@SequenceGenerator(name = "registration_event_seq", allocationSize = 50)
	private Long id;

	private long registrationId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String reason;

	private String actorName;

	private Instant happenedAt;

	protected RegistrationEvent() {
	}

	RegistrationEvent(long registrationId, Kind kind, String reason, String actorName) {
		this.registrationId = registrationId;
		this.kind = kind;
		this.reason = reason;
		this.actorName = actorName;
		this.happenedAt = Instant.now();
	}

	Kind getKind() {
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
