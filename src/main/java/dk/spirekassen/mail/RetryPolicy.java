package dk.spirekassen.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed email is tried again: after {@code first}, doubling with each attempt up to {@code longest}; given
 * up after {@code maxAttempts} attempts or once the email is older than {@code maxAge}.
 */
record RetryPolicy(Duration first, Duration longest, int maxAttempts, Duration maxAge) {

	/** The wait before the next attempt, after {@code attempts} failed ones (at least one). */
	Duration delayAfter(int attempts) {
		var delay = first;
		for (int i = 1; i < attempts && delay.compareTo(longest) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(longest) < 0 ? delay : longest;
	}

	boolean givesUp(int attempts, Instant createdAt, Instant now) {
		return attempts >= maxAttempts || createdAt.plus(maxAge).isBefore(now);
	}
}
