package dk.spirekassen.devdays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.devdays.Seats.Submission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one batch of registrations does: it takes them in the order given as if one by one, refuses only the ones
 * the rules refuse, and when it cannot be written as a whole, the others are still written.
 */
@SpirekassenTest
class RegistrationBatchIntegrationTests {

	@Autowired
	DayManagement days;

	@Autowired
	Seats seats;

	@Autowired
	BatchWriter batchWriter;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private long openDay(int capacity) {
		return RegistrationConcurrencyIntegrationTests.openDay(days, capacity);
	}

	private static Submission submission(long day, String name, String email, String key) {
		return new Submission(day, new RegistrationDetails(name, email, null, null, ParticipantType.RESEARCHER, null,
				null, true), key, null, false);
	}

	@Test
	void takesABatchInTheOrderGivenAndRefusesOnlyWhatTheRulesRefuse() {
		long day = openDay(2);
		var outcomes = new TransactionTemplate(transactionManager)
			.execute(status -> seats.takeAll(day, List.of(submission(day, "Asta", "asta@example.dk", null),
					submission(day, "Bo", "bo@example.dk", "bo-1"),
					submission(day, "Asta igen", " ASTA@example.dk", null),
					submission(day, "Cai", "cai@example.dk", "cai-1"),
					// A double click sends the same again under the same key.
					submission(day, "Cai", "cai@example.dk", "cai-1"),
					submission(day, "Dina", "dina@example.dk", null),
					// The same key with someone else's details is not a retry.
					submission(day, "Eva", "eva@example.dk", "cai-1"))));

		assertThat(outcomes).extracting(o -> o.result() == null ? null : o.result().status())
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, null,
					RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED, null);
		assertThat(outcomes.get(6).refusal()).isInstanceOfSatisfying(RegistrationRefusedException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("registration.error.keyReused"));
		assertThat(outcomes.get(2).refusal()).isInstanceOfSatisfying(RegistrationRefusedException.class,
				ex -> assertThat(ex.field()).isEqualTo("email"));
		var cai = outcomes.get(3).result();
		var again = outcomes.get(4).result();
		assertThat(again.registrationId()).isEqualTo(cai.registrationId());
		assertThat(again.repeated()).isTrue();
		assertThat(again.token()).isNull();
		assertThat(cai.token()).isNotNull();
		assertThat(cai.waitlistPosition()).isEqualTo(1);
		assertThat(outcomes.get(5).result().waitlistPosition()).isEqualTo(2);
		assertThat(jdbc.sql("select name from registration where day_id = ? order by arrival").param(day)
			.query(String.class)
			.list()).containsExactly("Asta", "Bo", "Cai", "Dina");
		assertThat(jdbc.sql("select count(*) from registration_event e join registration r on r.id = e.registration_id "
				+ "where r.day_id = ? and e.kind = 'REGISTERED'").param(day).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void aRegistrationThatCannotBeWrittenDoesNotCostTheOthersInItsBatchTheirs() {
		long day = openDay(3);
		var answers = batchWriter.write(day, List.of(submission(day, "Eja", "eja@example.dk", null),
				submission(day, "Finn", "finn@example.dk", null),
				// Longer than the column: the database refuses it, and with it the batch's one transaction.
				submission(day, "G".repeat(300), "g@example.dk", null),
				submission(day, "Hans", "hans@example.dk", null),
				submission(day, "Ida", "ida@example.dk", null)));

		assertThat(answers.get(2).failure()).isInstanceOf(DataAccessException.class);
		var written = List.of(answers.get(0), answers.get(1), answers.get(3), answers.get(4))
			.stream()
			.map(BatchWriter.Answer::result)
			.toList();
		assertThat(written).extracting(RegistrationResult::status)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
					RegistrationStatus.WAITLISTED);
		assertThat(written.get(3).waitlistPosition()).isEqualTo(1);
		assertThat(jdbc.sql("select name from registration where day_id = ? order by arrival").param(day)
			.query(String.class)
			.list()).containsExactly("Eja", "Finn", "Hans", "Ida");
	}

	@Test
	void aCancelledRegistrationMadeAgainIsFoundByItsNewSubmissionsKey() {
		long day = openDay(5);
		var first = desk.register(day, submission(day, "Jonna", "jonna@example.dk", "jonna-1").details(), "jonna-1",
				null);
		desk.cancel(first.token());
		var again = desk.register(day, submission(day, "Jonna", "jonna@example.dk", "jonna-2").details(), "jonna-2",
				null);
		var retry = desk.register(day, submission(day, "Jonna", "jonna@example.dk", "jonna-2").details(), "jonna-2",
				null);

		assertThat(again.registrationId()).isEqualTo(first.registrationId());
		assertThat(again.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(retry.repeated()).isTrue();
		assertThat(retry.registrationId()).isEqualTo(first.registrationId());
	}
}
