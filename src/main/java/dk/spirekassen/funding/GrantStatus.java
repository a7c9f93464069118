package dk.spirekassen.funding;

/**
 * Where an application is: submitted, under review (once a reviewer is assigned), granted or rejected by the board,
 * or withdrawn by its applicant before the decision.
 */
public enum GrantStatus {
	SUBMITTED, IN_REVIEW, GRANTED, REJECTED, WITHDRAWN;

	/** Whether the board has yet to decide. */
	public boolean open() {
		return this == SUBMITTED || this == IN_REVIEW;
	}
}
