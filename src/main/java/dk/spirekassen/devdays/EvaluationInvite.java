package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * An invitation to the evaluation survey, sent to one participant; its link works once.
 */
@Entity
class EvaluationInvite {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_invite_seq")
	@SequenceGenerator(name = "evaluation_invite_seq", allocationSize = 50)
	private Long id;

	private long dayId;

	private long registrationId;

	private String tokenHash;

	private Instant sentAt;

	private Instant answeredAt;

	protected EvaluationInvite() {
	}

	EvaluationInvite(long dayId, long registrationId, String tokenHash) {
		this.dayId = dayId;
		this.registrationId = registrationId;
		this.tokenHash = tokenHash;
		this.sentAt = Instant.now();
	}

	void answered() {
		if (answeredAt != null) {
			throw new RegistrationRefusedException(null, "evaluation.error.answered");
		}
		this.answeredAt = Instant.now();
	}

	long getDayId() {
		return dayId;
	}

	boolean isAnswered() {
		return answeredAt != null;
	}
}
