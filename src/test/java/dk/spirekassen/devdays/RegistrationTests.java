package dk.spirekassen.devdays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationTests {

	private static final RegistrationDetails DETAILS = new RegistrationDetails("Ida Jensen", " Ida@Eksempel.dk ",
			null, null, ParticipantType.RESIDENT, null, null, true);

	@Test
	void onlySomeoneOnTheWaitlistIsGivenASeat() {
		var waiting = registration(RegistrationStatus.WAITLISTED);
		waiting.confirm();
		assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThatThrownBy(waiting::confirm).isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("waitlist.error.notWaitlisted");
	}

	@Test
	void onlySomeoneOnTheWaitlistMovesInIt() {
		assertThatThrownBy(() -> registration(RegistrationStatus.CONFIRMED).moveTo(3))
			.isInstanceOf(RegistrationRefusedException.class);
		var waiting = registration(RegistrationStatus.WAITLISTED);
		waiting.moveTo(3);
		assertThat(waiting.getArrival()).isEqualTo(3);
	}

	@Test
	void onlyAConfirmedParticipantIsCheckedIn() {
		assertThatThrownBy(() -> registration(RegistrationStatus.WAITLISTED).checkIn(true))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("checkin.error.notConfirmed");
		var confirmed = registration(RegistrationStatus.CONFIRMED);
		confirmed.checkIn(true);
		assertThat(confirmed.getCheckedInAt()).isNotNull();
	}

	@Test
	void cancellingTwiceChangesNothingTheSecondTime() {
		var confirmed = registration(RegistrationStatus.CONFIRMED);
		confirmed.checkIn(true);
		assertThat(confirmed.cancel()).isTrue();
		assertThat(confirmed.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(confirmed.getCheckedInAt()).isNull();
		assertThat(confirmed.cancel()).isFalse();
	}

	private static Registration registration(RegistrationStatus status) {
		return new Registration(1L, DETAILS, status, 1, "hash", null, null);
	}
}
