package dk.spirekassen.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a failed email is tried again, and when it is given up.
 */
class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 20,
			Duration.ofDays(2));

	@Test
	void waitsThirtySecondsDoublingUpToAnHour() {
		assertThat(IntStream.rangeClosed(1, 10).mapToObj(policy::delayAfter).toList()).isEqualTo(List.of(
				Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
				Duration.ofHours(1), Duration.ofHours(1)));
		assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void givesUpAfterTheLastAttemptOrOnceTooOld() {
		var now = Instant.parse("2026-11-29T12:00:00Z");

		assertThat(policy.givesUp(19, now.minus(Duration.ofHours(1)), now)).isFalse();
		assertThat(policy.givesUp(20, now.minus(Duration.ofHours(1)), now)).isTrue();
		assertThat(policy.givesUp(3, now.minus(Duration.ofDays(2)).minusSeconds(1), now)).isTrue();
	}

	@Test
	void aFailedAttemptMovesTheNextOneForwardOrGivesUp() {
		var mail = new OutgoingMail(null, "a@example.dk", "Emne", "Tekst", List.of());
		var now = mail.getCreatedAt().plusSeconds(5);

		mail.attemptFailed("Connection refused", false, policy, now);

		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getNextAttemptAt()).isEqualTo(now.plusSeconds(30));
		assertThat(mail.getLastError()).isEqualTo("Connection refused");

		mail.attemptFailed("Illegal address", true, policy, now);

		assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(mail.getNextAttemptAt()).isNull();
	}
}
