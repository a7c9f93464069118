package dk.spirekassen.accounts;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dk.spirekassen.shared.Strikes;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MovingClock clock = new MovingClock();

	private final LoginThrottle throttle = new LoginThrottle(Strikes.inMemory(), 3, 5, Duration.ofMinutes(15),
			clock);

	@Test
	void theFirstFailuresAreFreeThenEachTryWaitsTwiceAsLong() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("Anna@Eksempel.dk", "1.1.1.1");
			assertThat(throttle.waitFor("anna@eksempel.dk", "1.1.1.1")).isZero();
		}
		throttle.failed("anna@eksempel.dk ", "1.1.1.1");
		assertThat(throttle.waitFor("ANNA@eksempel.dk", "1.1.1.1")).isEqualTo(Duration.ofSeconds(1));
		clock.pass(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("anna@eksempel.dk", "1.1.1.1")).isZero();
		throttle.failed("anna@eksempel.dk", "1.1.1.1");
		assertThat(throttle.waitFor("anna@eksempel.dk", "1.1.1.1")).isEqualTo(Duration.ofSeconds(2));
		clock.pass(Duration.ofSeconds(2));
		throttle.failed("anna@eksempel.dk", "1.1.1.1");
		assertThat(throttle.waitFor("anna@eksempel.dk", "1.1.1.1")).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void theWaitNeverPassesTheMaximum() {
		for (int i = 0; i < 60; i++) {
			throttle.failed("bo@eksempel.dk", "2.2.2.1");
			clock.pass(Duration.ofHours(1));
		}
		throttle.failed("bo@eksempel.dk", "2.2.2.1");
		assertThat(throttle.waitFor("bo@eksempel.dk", "2.2.2.1")).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theOwnerFromAnotherAddressIsNeverSlowedBySomeoneElsesGuesses() {
		for (int i = 0; i < 30; i++) {
			throttle.failed("carl@eksempel.dk", "6.6.6." + (i % 2));
		}
		assertThat(throttle.waitFor("carl@eksempel.dk", "6.6.6.0")).isPositive();
		assertThat(throttle.waitFor("carl@eksempel.dk", "3.3.3.3")).isZero();
	}

	@Test
	void anAddressTryingManyAccountNamesIsSlowedForEveryName() {
		for (int i = 0; i < 6; i++) {
			throttle.failed("navn" + i, "4.4.4.4");
		}
		assertThat(throttle.waitFor("ny", "4.4.4.4")).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("ny", "4.4.4.5")).isZero();
	}

	@Test
	void successForgetsThatAccountAndAddressPair() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("dora", "5.5.5.5");
		}
		assertThat(throttle.waitFor("dora", "5.5.5.5")).isPositive();
		throttle.succeeded("dora", "5.5.5.5");
		throttle.failed("dora", "5.5.5.5");
		assertThat(throttle.waitFor("dora", "5.5.5.5")).isZero();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-29T10:00:00Z");

		void pass(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
