package dk.spirekassen.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetTests {

	private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

	@Test
	void worksBeforeItExpires() {
		var reset = new PasswordReset(1L, "hash", now.plusSeconds(60));
		assertThat(reset.isUsable(now)).isTrue();
	}

	@Test
	void refusesAnExpiredLink() {
		var reset = new PasswordReset(1L, "hash", now.minusSeconds(1));
		assertThat(reset.isUsable(now)).isFalse();
	}
}
