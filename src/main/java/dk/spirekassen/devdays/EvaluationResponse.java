package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * One participant's answers to the evaluation survey, kept apart from who gave them.
 */
@Entity
class EvaluationResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_response_seq")
	@SequenceGenerator(name = "evaluation_response_seq", allocationSize = 50)
	private Long id;

	private long dayId;

	private short benefit;

	private short relevance;

	private short continuation;

	private String comment;

	private Instant submittedAt;

	protected EvaluationResponse() {
	}

	EvaluationResponse(long dayId, int benefit, int relevance, int continuation, String comment) {
		this.dayId = dayId;
		this.benefit = (short) benefit;
		this.relevance = (short) relevance;
		this.continuation = (short) continuation;
		this.comment = DevelopmentDay.blankToNull(comment);
		this.submittedAt = Instant.now();
	}

	int[] scores() {
		return new int[] { benefit, relevance, continuation };
	}

	String getComment() {
		return comment;
	}
}
