package dk.spirekassen.joining;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
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
 * The one link that works is the one mailed last; its token is kept only as a hash.
 */
@Entity
class PartnerApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private long accountId;

	@Convert(converter = ProfileJson.class)
	private PartnerDetails profile;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private String message;

	private String language;

	private MailedLink link = new MailedLink();

	private Instant consentedAt;

	private Instant confirmedAt;

	private Instant createdAt;

	private Instant decidedAt;

	private Long partnerId;

	@Version
	private long version;

	protected PartnerApplication() {
	}

	PartnerApplication(long accountId, PartnerDetails profile, Locale locale) {
		this.accountId = accountId;
		this.profile = profile;
		this.language = locale.getLanguage().isEmpty() ? "da" : locale.getLanguage();
		this.status = ApplicationStatus.UNCONFIRMED;
		this.createdAt = Instant.now();
		this.consentedAt = createdAt;
	}

	/** Applied again before the address was confirmed: the newest profile and language count. */
	void reapply(PartnerDetails newest, Locale locale) {
		this.profile = newest;
		this.language = locale.getLanguage().isEmpty() ? "da" : locale.getLanguage();
		this.consentedAt = Instant.now();
	}

	/** A new link for the applicant; the one before it no longer works. Returns the token to put in the link. */
	String newToken(Duration validity) {
		return link().issue(validity);
	}

	/** The mailed link; Hibernate loads none when its columns are all empty. */
	private MailedLink link() {
		if (link == null) {
			link = new MailedLink();
		}
		return link;
	}

	boolean tokenUsable(Instant now) {
		return link().usable(now);
	}

	/** The address is confirmed: the application waits for the secretariat. The link is used up. */
	void confirm() {
		if (status == ApplicationStatus.UNCONFIRMED) {
			this.status = ApplicationStatus.WAITING;
			this.confirmedAt = Instant.now();
		}
		link().useUp();
	}

	/** The applicant answered the secretariat's question with a changed profile: it waits again. */
	void answer(PartnerDetails changed) {
		this.profile = changed;
		this.status = ApplicationStatus.WAITING;
		link().useUp();
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

	private void decide(ApplicationStatus decided, String message) {
		this.status = decided;
		this.message = message;
		this.decidedAt = Instant.now();
		link().useUp();
	}

	Long getId() {
		return id;
	}

	long getAccountId() {
		return accountId;
	}

	PartnerDetails getProfile() {
		return profile;
	}

	ApplicationStatus getStatus() {
		return status;
	}

	String getMessage() {
		return message;
	}

	Locale getLocale() {
		return Locale.forLanguageTag(language);
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	Long getPartnerId() {
		return partnerId;
	}
}
