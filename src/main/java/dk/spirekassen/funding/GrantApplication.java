package dk.spirekassen.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A project's application to a call: submitted, taken into review when the first reviewer is assigned, then granted
 * (an amount up to what was asked for) or rejected with the board's written rationale, or withdrawn by the applicant
 * before that. Each transition checks it is allowed from where the application is.
 */
@Entity
@Table(name = "seed_application")
class GrantApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seed_application_seq")
	@SequenceGenerator(name = "seed_application_seq", allocationSize = 50)
	private Long id;

	private long callId;

	private long projectId;

	private long applicantAccountId;

	private String applicantName;

	private String summary;

	private String purpose;

	private long requested;

	private Long projectBudget;

	private long coFinancing;

	@Enumerated(EnumType.STRING)
	private GrantStatus status;

	private Instant submittedAt;

	private Long granted;

	private LocalDate decidedOn;

	private String rationale;

	@Version
	private long version;

	protected GrantApplication() {
	}

	GrantApplication(long callId, long projectId, long applicantAccountId, String applicantName,
			ApplicationDetails details, Instant now) {
		this.callId = callId;
		this.projectId = projectId;
		this.applicantAccountId = applicantAccountId;
		this.applicantName = applicantName;
		this.summary = details.summary().strip();
		this.purpose = details.purpose().strip();
		this.requested = details.requested();
		this.projectBudget = details.projectBudget();
		this.coFinancing = details.coFinancing();
		this.status = GrantStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/** Under review from the first reviewer on; returns whether this changed the status. */
	boolean takeIntoReview() {
		requireOpen();
		if (status == GrantStatus.IN_REVIEW) {
			return false;
		}
		status = GrantStatus.IN_REVIEW;
		return true;
	}

	void grant(long amount, String rationale, LocalDate on) {
		requireOpen();
		if (amount <= 0 || amount > requested) {
			throw new FundRuleException("granted", "fund.error.grantAmount", requested);
		}
		this.status = GrantStatus.GRANTED;
		this.granted = amount;
		this.rationale = rationale.strip();
		this.decidedOn = on;
	}

	void reject(String rationale, LocalDate on) {
		requireOpen();
		this.status = GrantStatus.REJECTED;
		this.rationale = rationale.strip();
		this.decidedOn = on;
	}

	void withdraw() {
		requireOpen();
		this.status = GrantStatus.WITHDRAWN;
	}

	private void requireOpen() {
		if (!status.open()) {
			throw new FundRuleException(null, "fund.error.decided");
		}
	}

	Long getId() {
		return id;
	}

	long getCallId() {
		return callId;
	}

	long getProjectId() {
		return projectId;
	}

	long getApplicantAccountId() {
		return applicantAccountId;
	}

	String getApplicantName() {
		return applicantName;
	}

	String getSummary() {
		return summary;
	}

	String getPurpose() {
		return purpose;
	}

	long getRequested() {
		return requested;
	}

	Long getProjectBudget() {
		return projectBudget;
	}

	long getCoFinancing() {
		return coFinancing;
	}

	GrantStatus getStatus() {
		return status;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	Long getGranted() {
		return granted;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

	String getRationale() {
		return rationale;
	}
}
