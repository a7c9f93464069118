package dk.spirekassen.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(3, 5, 15);

	@Test
	void blocksAnAccountNameAfterItsLimitWhateverTheCase() {
		throttle.failed("Anna@Eksempel.dk", "1.1.1.1");
		throttle.failed("anna@eksempel.dk", "1.1.1.2");
		assertThat(throttle.isBlocked("anna@eksempel.dk", "9.9.9.9")).isFalse();
		throttle.failed("anna@eksempel.dk ", "1.1.1.3");
		assertThat(throttle.isBlocked("ANNA@eksempel.dk", "9.9.9.9")).isTrue();
		assertThat(throttle.isBlocked("bo@eksempel.dk", "9.9.9.9")).isFalse();
	}

	@Test
	void blocksAnAddressAfterItsLimit() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("navn" + i, "2.2.2.2");
		}
		assertThat(throttle.isBlocked("ny", "2.2.2.2")).isTrue();
		assertThat(throttle.isBlocked("ny", "2.2.2.3")).isFalse();
	}

	@Test
	void successForgetsTheAccountsFailures() {
		throttle.failed("carl", "3.3.3.3");
		throttle.failed("carl", "3.3.3.3");
		throttle.succeeded("carl");
		throttle.failed("carl", "3.3.3.3");
		assertThat(throttle.isBlocked("carl", "3.3.3.4")).isFalse();
	}
}
