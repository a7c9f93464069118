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

import java.time.LocalDate;

/**
 * Money applied for, pledged or granted by a funder: a foundation in the directory, or one named in free text.
 */
@Entity
class FundingLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_line_seq")
	@SequenceGenerator(name = "funding_line_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	private Long funderPartnerId;

	private String funderName;

	@Enumerated(EnumType.STRING)
	private FundingStatus status;

	private long amount;

	private LocalDate appliedOn;

	private LocalDate decidedOn;

	@Enumerated(EnumType.STRING)
	private FunderKind funderKind;

	/** The seed fund's application this grant of the association's own money came from, or null. */
	private Long seedApplicationId;

	protected FundingLine() {
	}

	FundingLine(Project project, FundingDetails details) {
		this.project = project;
		update(details);
	}

	void update(FundingDetails details) {
		this.funderPartnerId = details.funderPartnerId();
		this.funderName = details.funderPartnerId() == null ? details.funderName().strip() : null;
		this.status = details.status();
		this.amount = details.amount();
		this.appliedOn = details.appliedOn();
		this.decidedOn = details.decidedOn();
		this.funderKind = details.funderKind();
	}

	static FundingLine seedGrant(Project project, long applicationId, FundingDetails details) {
		var line = new FundingLine(project, details);
		line.seedApplicationId = applicationId;
		return line;
	}

	FundingDetails details() {
		return new FundingDetails(funderPartnerId, funderName, status, amount, appliedOn, decidedOn, funderKind);
	}

	public Long getId() {
		return id;
	}

	public Long getFunderPartnerId() {
		return funderPartnerId;
	}

	public String getFunderName() {
		return funderName;
	}

	public FundingStatus getStatus() {
		return status;
	}

	public long getAmount() {
		return amount;
	}

	public LocalDate getAppliedOn() {
		return appliedOn;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public FunderKind getFunderKind() {
		return funderKind;
	}

	public Long getSeedApplicationId() {
		return seedApplicationId;
	}
}
