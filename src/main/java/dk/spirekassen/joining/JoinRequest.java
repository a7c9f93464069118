package dk.spirekassen.joining;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What every request to join has (a partner application, a staff request): the login it made, where it stands, the
 * message of its decision, the language to write to its maker in, the one mailed link, and when it was made,
 * consented to, confirmed and decided. It is {@link ApplicationStatus#UNCONFIRMED unconfirmed} until the link is
 * followed, then {@link ApplicationStatus#WAITING waiting} for a decision.
 */
@MappedSuperclass
abstract class JoinRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private String message;

	private String language;

	private MailedLink link = new MailedLink();

	private Instant consentedAt;

	private Instant confirmedAt;

	private Instant createdAt;

	private Instant decidedAt;

	@Version
	private long version;

	protected JoinRequest() {
	}

	protected JoinRequest(long accountId, Locale locale) {
		this.accountId = accountId;
		this.status = ApplicationStatus.UNCONFIRMED;
		this.createdAt = Instant.now();
		madeAgain(locale);
	}

	/** Made again before the address was confirmed: the newest language and consent count. */
	protected void madeAgain(Locale locale) {
		this.language = locale.getLanguage().isEmpty() ? "da" : locale.getLanguage();
		this.consentedAt = Instant.now();
	}

	/** A new link for the maker; the one before it no longer works. Returns the token to put in the link. */
	String newToken(Duration validity) {
		return link().issue(validity);
	}

	boolean tokenUsable(Instant now) {
		return link().usable(now);
	}

	/** The address is confirmed: the request waits for a decision. The link is used up. */
	void confirm() {
		if (status == ApplicationStatus.UNCONFIRMED) {
			this.status = ApplicationStatus.WAITING;
			this.confirmedAt = Instant.now();
		}
		link().useUp();
	}

	/** It waits for a decision again (an answer came); the link is used up. */
	protected void waitAgain() {
		this.status = ApplicationStatus.WAITING;
		link().useUp();
	}

	protected void decide(ApplicationStatus decided, String message) {
		this.status = decided;
		this.message = message;
		this.decidedAt = Instant.now();
		link().useUp();
	}

	/** The mailed link; Hibernate loads none when its columns are all empty. */
	private MailedLink link() {
		if (link == null) {
			link = new MailedLink();
		}
		return link;
	}

	Long getId() {
		return id;
	}

	long getAccountId() {
		return accountId;
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
}
