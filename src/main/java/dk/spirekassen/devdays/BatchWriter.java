package dk.spirekassen.devdays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.devdays.Seats.Submission;
import dk.spirekassen.shared.NotFoundException;

/**
 * Writes one batch of a day's registrations through {@link Seats} in one transaction, and gives each its answer in
 * the order given: a result, a refusal, or the failure that stopped it.
 * <p>
 * When a batch fails as a whole (a collision the lock did not prevent, a value the database refuses, a lost
 * connection), nothing of it was written, and each of its registrations is tried again on its own, so one bad
 * registration never costs the others theirs.
 */
@Component
class BatchWriter {

	private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

	private final Seats seats;

	private final TransactionTemplate transactions;

	BatchWriter(Seats seats, PlatformTransactionManager transactionManager) {
		this.seats = seats;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The answer to one submission: its result, or why it was not written. */
	record Answer(RegistrationResult result, RuntimeException failure) {
	}

	List<Answer> write(long dayId, List<Submission> batch) {
		List<Seats.Outcome> outcomes;
		try {
			outcomes = transactions.execute(status -> seats.takeAll(dayId, batch));
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1 || ex instanceof NotFoundException) {
				return batch.stream().map(submission -> new Answer(null, ex)).toList();
			}
			LOG.warn("A batch of {} registrations for day {} failed as a whole ({}); taking them one by one",
					batch.size(), dayId, ex.getMessage());
			var answers = new ArrayList<Answer>();
			batch.forEach(submission -> answers.addAll(write(dayId, List.of(submission))));
			return answers;
		}
		return outcomes.stream()
			.map(outcome -> outcome.refusal() != null ? new Answer(null, outcome.refusal())
					: new Answer(outcome.result(), null))
			.toList();
	}
}
