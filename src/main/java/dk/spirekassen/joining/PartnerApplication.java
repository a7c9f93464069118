package dk.spirekassen.joining;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;

import java.util.Locale;

import dk.spirekassen.actors.PartnerDetails;

/**
 * An outside actor's application to become a partner: the login it made (which cannot sign in until the application
 * is approved) and the partner profile it proposes. It goes
 * <ol>
 * <li>{@link ApplicationStatus#UNCONFIRMED unconfirmed} until the link mailed to the address is followed,</li>
 * <li>{@link ApplicationStatus#WAITING waiting} for the secretariat, who approves it (the partner is made then),
 * rejects it with a reason, or asks for more ({@link ApplicationStatus#MORE_ASKED}): the applicant answers by a
 * mailed link, changing the profile, and it waits again.</li>
 * </ol>
 */
@Entity
class PartnerApplication extends JoinRequest {

	@Convert(converter = ProfileJson.class)
	private PartnerDetails profile;

	private Long partnerId;

	protected PartnerApplication() {
	}

	PartnerApplication(long accountId, PartnerDetails profile, Locale locale) {
		super(accountId, locale);
		this.profile = profile;
	}

	/** Applied again before the address was confirmed: the newest profile and language count. */
	void reapply(PartnerDetails newest, Locale locale) {
		this.profile = newest;
		madeAgain(locale);
	}

	/** The applicant answered the secretariat's question with a changed profile: it waits again. */
	void answer(PartnerDetails changed) {
		this.profile = changed;
		waitAgain();
	}

	void approve(long partnerId) {
		decide(ApplicationStatus.APPROVED, null);
		this.partnerId = partnerId;
	}

	void reject(String reason) {
		decide(ApplicationStatus.REJECTED, reason);
	}

	void askForMore(String question) {
		decide(ApplicationStatus.MORE_ASKED, question);
	}

	PartnerDetails getProfile() {
		return profile;
	}

	Long getPartnerId() {
		return partnerId;
	}
}
