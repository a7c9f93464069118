package dk.spirekassen.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * A password reset link sent by email: stored only as a hash, it expires and works once.
 */
@Entity
class PasswordReset {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private Long accountId;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	protected PasswordReset() {
	}

	PasswordReset(Long accountId, String tokenHash, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	Long getId() {
		return id;
	}

	Long getAccountId() {
		return accountId;
	}
}
