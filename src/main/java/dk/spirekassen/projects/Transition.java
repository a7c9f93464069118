package dk.spirekassen.projects;

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

import java.time.Instant;

/**
 * One step in a project's history: who moved it, when, from which stage to which, and why.
 */
@Entity
@Table(name = "project_transition")
class Transition {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_transition_seq")
	@SequenceGenerator(name = "project_transition_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Enumerated(EnumType.STRING)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	private Stage toStage;

	private Long accountId;

	private String actorName;

	private String comment;

	private Instant happenedAt;

	protected Transition() {
	}

	Transition(Project project, Stage from, Stage to, Viewer actor, String comment, Instant at) {
		this.project = project;
		this.fromStage = from;
		this.toStage = to;
		this.accountId = actor.accountId();
		this.actorName = actor.name() == null ? "Spirekassen" : actor.name();
		this.comment = comment;
		this.happenedAt = at;
	}

	public Stage getFromStage() {
		return fromStage;
	}

	public Stage getToStage() {
		return toStage;
	}

	public String getActorName() {
		return actorName;
	}

	public String getComment() {
		return comment;
	}

	public Instant getHappenedAt() {
		return happenedAt;
	}
}
