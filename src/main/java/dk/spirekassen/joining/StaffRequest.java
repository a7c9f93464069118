package dk.spirekassen.joining;

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


/**
 * Someone on the staff of a member organisation asks to join it: the login they made belongs to the organisation but
 * cannot sign in until the organisation's staff or the secretariat approve. It is
 * {@link ApplicationStatus#UNCONFIRMED unconfirmed} until the mailed link is followed, then
 * {@link ApplicationStatus#WAITING waiting}, then approved or rejected with a reason.
 */
@Entity
class StaffRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private long accountId;

	private long organisationId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private String message;

	private String language;

	private MailedLink link = new MailedLink();

	private Instant consentedAt;

	private Instant confirmedAt;

	private Instant createdAt;

	private Instant decidedAt;

	private Long decidedBy;

	@Version
	private long version;

	protected StaffRequest() {
	}

	StaffRequest(long accountId, long organisationId, Locale locale) {
		this.accountId = accountId;
		this.organisationId = organisationId;
		this.language = locale.getLanguage().isEmpty() ? "da" : locale.getLanguage();
		this.status = ApplicationStatus.UNCONFIRMED;
		this.createdAt = Instant.now();
		this.consentedAt = createdAt;
	}

	/** Asked again before the address was confirmed: the newest organisation and language count. */
	void askAgain(long organisationId, Locale locale) {
		this.organisationId = organisationId;
		this.language = locale.getLanguage().isEmpty() ? "da" : locale.getLanguage();
		this.consentedAt = Instant.now();
	}

	/** The link that confirms the address; returns the token to put in it. */
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

	void confirm() {
		if (status == ApplicationStatus.UNCONFIRMED) {
			this.status = ApplicationStatus.WAITING;
			this.confirmedAt = Instant.now();
		}
		link().useUp();
	}

	void decide(boolean approved, String reason, long deciderAccountId) {
		this.status = approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
		this.message = reason;
		this.decidedAt = Instant.now();
		this.decidedBy = deciderAccountId;
	}

	Long getId() {
		return id;
	}

	long getAccountId() {
		return accountId;
	}

	long getOrganisationId() {
		return organisationId;
	}

	ApplicationStatus getStatus() {
		return status;
	}

	Locale getLocale() {
		return Locale.forLanguageTag(language);
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
