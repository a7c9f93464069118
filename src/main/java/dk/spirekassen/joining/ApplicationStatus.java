package dk.spirekassen.joining;

/** Where a partner application is (see {@link PartnerApplication}). */
public enum ApplicationStatus {

	/** The applicant has not yet followed the link mailed to the address. */
	UNCONFIRMED,

	/** Waiting for the secretariat. */
	WAITING,

	/** The secretariat asked for more; waiting for the applicant. */
	MORE_ASKED,

	/** Approved: the partner exists and the login is open. */
	APPROVED,

	/** Rejected, with a reason. */
	REJECTED
}
