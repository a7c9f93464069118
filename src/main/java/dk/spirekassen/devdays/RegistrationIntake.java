package dk.spirekassen.devdays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dk.spirekassen.devdays.Seats.Submission;

/**
 * Lines up registrations per day and lets one writer at a time take a day's line in batches, one transaction each.
 * <p>
 * A request waits while its registration is in line. The writer takes everything that is waiting (up to
 * {@code spirekassen.registration.max-batch}) and gives it to {@link Seats} under one lock and one commit; whatever
 * arrives meanwhile makes up the next batch. So one registration alone is written at once, and a burst is written in
 * few, large transactions instead of one commit per person while the others wait for the lock. Different days have
 * their own lines and are written side by side, on up to {@code spirekassen.registration.writers} threads. Several
 * nodes each have their own lines; the day's row lock still puts their batches one after the other.
 * <p>
 * A batch is written by {@link BatchWriter}, which also takes a batch that fails as a whole one by one.
 */
@Component
class RegistrationIntake implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(RegistrationIntake.class);

	private final BatchWriter batchWriter;

	private final ExecutorService writers;

	private final int maxBatch;

	private final long maxWaitSeconds;

	private final Map<Long, Line> lines = new ConcurrentHashMap<>();

	RegistrationIntake(BatchWriter batchWriter,
			@Value("${spirekassen.registration.writers:4}") int writers,
			@Value("${spirekassen.registration.max-batch:250}") int maxBatch,
			@Value("${spirekassen.registration.max-wait-seconds:120}") long maxWaitSeconds) {
		this.batchWriter = batchWriter;
		var number = new AtomicInteger();
		this.writers = Executors.newFixedThreadPool(writers, task -> {
			var thread = new Thread(task, "registration-writer-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.maxBatch = maxBatch;
		this.maxWaitSeconds = maxWaitSeconds;
	}

	/** Lines the submission up for its day and waits until it is written (or refused). */
	RegistrationResult register(Submission submission) {
		var waiting = new Waiting(submission, new CompletableFuture<>());
		var line = lines.computeIfAbsent(submission.dayId(), Line::new);
		line.queue.add(waiting);
		if (line.writing.compareAndSet(false, true)) {
			try {
				writers.execute(() -> write(line));
			}
			catch (RejectedExecutionException ex) {
				// Shutting down: nothing more is written; say so instead of leaving the line waiting.
				line.writing.set(false);
				Waiting left;
				while ((left = line.queue.poll()) != null) {
					left.answer.completeExceptionally(ex);
				}
			}
		}
		return await(waiting.answer);
	}

	private RegistrationResult await(CompletableFuture<RegistrationResult> answer) {
		try {
			return answer.get(maxWaitSeconds, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException("Registration failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a registration", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("No answer for a registration within " + maxWaitSeconds + " s", ex);
		}
	}

	/** Writes the day's line in batches until it is empty; only one writer per day at a time. */
	private void write(Line line) {
		while (true) {
			var batch = new ArrayList<Waiting>();
			Waiting next;
			while (batch.size() < maxBatch && (next = line.queue.poll()) != null) {
				batch.add(next);
			}
			if (batch.isEmpty()) {
				line.writing.set(false);
				// A registration that arrived after the last poll but before the flag was cleared found a writer
				// still busy; take it now unless another writer already has.
				if (line.queue.isEmpty() || !line.writing.compareAndSet(false, true)) {
					return;
				}
				continue;
			}
			try {
				write(line.dayId, batch);
			}
			catch (Throwable ex) {
				LOG.error("Registrations for day {} could not be written", line.dayId, ex);
				batch.forEach(w -> w.answer.completeExceptionally(ex));
			}
		}
	}

	private void write(long dayId, List<Waiting> batch) {
		var answers = batchWriter.write(dayId, batch.stream().map(Waiting::submission).toList());
		for (int i = 0; i < batch.size(); i++) {
			var answer = answers.get(i);
			if (answer.failure() != null) {
				batch.get(i).answer.completeExceptionally(answer.failure());
			}
			else {
				batch.get(i).answer.complete(answer.result());
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		writers.shutdown();
		if (!writers.awaitTermination(20, TimeUnit.SECONDS)) {
			LOG.warn("Registration writers still busy at shutdown");
		}
	}

	private record Waiting(Submission submission, CompletableFuture<RegistrationResult> answer) {
	}

	private static final class Line {

		final long dayId;

		final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();

		final AtomicBoolean writing = new AtomicBoolean();

		Line(long dayId) {
			this.dayId = dayId;
		}
	}
}
