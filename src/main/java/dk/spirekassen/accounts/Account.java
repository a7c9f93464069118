package dk.spirekassen.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/**
 * A login: an email address, a password hash and a role, tied to an organisation (members) or a partner.
 */
@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long organisationId;

	private Long partnerId;

	private boolean enabled;

	@Version
	private long version;

	private Instant createdAt;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Role role, Long organisationId, Long partnerId) {
		if (role == Role.MEMBER && organisationId == null) {
			throw new IllegalArgumentException("A member account needs an organisation");
		}
		if (role == Role.PARTNER && partnerId == null) {
			throw new IllegalArgumentException("A partner account needs a partner");
		}
		this.email = normaliseEmail(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.organisationId = role == Role.MEMBER ? organisationId : null;
		this.partnerId = role == Role.PARTNER ? partnerId : null;
		this.enabled = true;
		this.createdAt = Instant.now();
	}

	/**
	 * The login of someone who applied to become a partner: it belongs to no partner and cannot sign in until the
	 * application is approved ({@link #joinPartner}, {@link #setEnabled}).
	 */
	static Account applicant(String email, String displayName, String passwordHash) {
		var account = new Account();
		account.email = normaliseEmail(email);
		account.displayName = displayName.strip();
		account.passwordHash = passwordHash;
		account.role = Role.PARTNER;
		account.enabled = false;
		account.createdAt = Instant.now();
		return account;
	}

	static String normaliseEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** The person left: nothing that names them stays, and the login can never sign in again. */
	void forget(String placeholderEmail, String placeholderName, String unusablePasswordHash) {
		this.email = placeholderEmail;
		this.displayName = placeholderName;
		this.passwordHash = unusablePasswordHash;
		this.enabled = false;
	}

	void rename(String displayName) {
		this.displayName = displayName.strip();
	}

	/** A member's login now belongs to that organisation. */
	void joinOrganisation(long organisationId) {
		this.organisationId = organisationId;
	}

	/** A login not opened yet now asks to join a member organisation (as staff) or a partner (as its person). */
	void joinTeam(Long organisationId, Long partnerId) {
		this.role = partnerId != null ? Role.PARTNER : Role.MEMBER;
		this.organisationId = partnerId != null ? null : organisationId;
		this.partnerId = partnerId;
	}

	/** A partner's login now speaks for that partner. */
	void joinPartner(long partnerId) {
		this.partnerId = partnerId;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	Long getPartnerId() {
		return partnerId;
	}

	boolean isEnabled() {
		return enabled;
	}
}
