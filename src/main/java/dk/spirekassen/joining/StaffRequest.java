package dk.spirekassen.joining;

import jakarta.persistence.Entity;

import java.util.Locale;


/**
 * Someone on the staff of a member organisation asks to join it: the login they made belongs to the organisation but
 * cannot sign in until the organisation's staff or the secretariat approve. It is
 * {@link ApplicationStatus#UNCONFIRMED unconfirmed} until the mailed link is followed, then
 * {@link ApplicationStatus#WAITING waiting}, then approved or rejected with a reason.
 */
@Entity
class StaffRequest extends JoinRequest {

	private long organisationId;

	private Long decidedBy;

	protected StaffRequest() {
	}

	StaffRequest(long accountId, long organisationId, Locale locale) {
		super(accountId, locale);
		this.organisationId = organisationId;
	}

	/** Asked again before the address was confirmed: the newest organisation and language count. */
	void askAgain(long organisationId, Locale locale) {
		this.organisationId = organisationId;
		madeAgain(locale);
	}

	void decide(boolean approved, String reason, long deciderAccountId) {
		decide(approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED, reason);
		this.decidedBy = deciderAccountId;
	}

	long getOrganisationId() {
		return organisationId;
	}
}
