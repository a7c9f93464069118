package dk.spirekassen.joining;

import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;

import dk.spirekassen.shared.OneTimeTokens;

/**
 * The one link mailed to someone who applied or asked to join (to confirm the address, or to answer a question): kept
 * only as the hash of its token, it works until it expires or is used, and a new link replaces the one before.
 */
@Embeddable
class MailedLink {

	private String tokenHash;

	private Instant tokenExpiresAt;

	/** A new link, valid for {@code validity}; returns the token to put in it. */
	String issue(Duration validity) {
		var token = OneTimeTokens.newToken();
		this.tokenHash = OneTimeTokens.hash(token);
		this.tokenExpiresAt = Instant.now().plus(validity);
		return token;
	}

	boolean usable(Instant now) {
		return tokenHash != null && tokenExpiresAt != null && now.isBefore(tokenExpiresAt);
	}

	/** The link works no more. */
	void useUp() {
		this.tokenHash = null;
	}
}
