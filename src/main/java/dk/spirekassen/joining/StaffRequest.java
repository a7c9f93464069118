package dk.spirekassen.joining;

import jakarta.persistence.Entity;

import java.util.Locale;


/**
 * Someone on the staff of a member organisation, or working for a partner already on Spirekassen, asks to join it
 * (its {@link Team}): the login they made belongs to the team but cannot sign in until the team's people or the
 * secretariat approve. It is
 * {@link ApplicationStatus#UNCONFIRMED unconfirmed} until the mailed link is followed, then
 * {@link ApplicationStatus#WAITING waiting}, then approved or rejected with a reason.
 */
@Entity
class StaffRequest extends JoinRequest {

	private Long organisationId;

	private Long partnerId;

	private Long decidedBy;

	protected StaffRequest() {
	}

	StaffRequest(long accountId, Team team, Locale locale) {
		super(accountId, locale);
		aimAt(team);
	}

	/** Asked again before the address was confirmed: the newest team and language count. */
	void askAgain(Team team, Locale locale) {
		aimAt(team);
		madeAgain(locale);
	}

	private void aimAt(Team team) {
		this.organisationId = team instanceof Team.Organisation ? team.id() : null;
		this.partnerId = team instanceof Team.Partner ? team.id() : null;
	}

	void decide(boolean approved, String reason, long deciderAccountId) {
		decide(approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED, reason);
		this.decidedBy = deciderAccountId;
	}

	Team team() {
		return organisationId != null ? new Team.Organisation(organisationId) : new Team.Partner(partnerId);
	}
}
