package dk.spirekassen.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A criterion of a call: what reviewers score from 0 to 5, the aspect it weighs and its weight. */
@Entity
@Table(name = "seed_criterion")
class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seed_criterion_seq")
	@SequenceGenerator(name = "seed_criterion_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "call_id")
	private Call call;

	private String name;

	@Enumerated(EnumType.STRING)
	private Aspect aspect;

	private int weight;

	private int position;

	protected Criterion() {
	}

	Criterion(Call call, CallDetails.CriterionDetails details, int position) {
		this.call = call;
		this.name = details.name().strip();
		this.aspect = details.aspect();
		this.weight = details.weight();
		this.position = position;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	Aspect getAspect() {
		return aspect;
	}

	int getWeight() {
		return weight;
	}
}
