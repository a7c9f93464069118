package dk.spirekassen.actors.importing;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.WindowIterator;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.DepartmentRecord;
import dk.spirekassen.actors.ImportFailed;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Web;

/**
 * Imports files of departments in two steps: a file is checked and kept as a job with its valid rows and its
 * problems; when the user chooses, the rows are written in the background, in one transaction, so either all of
 * them are written or none. Progress is saved as the rows are written, so the job's page can show it. Both steps
 * go through the rows a batch at a time, so a file of the largest size allowed is never held in memory whole.
 */
@Service
class DepartmentImports {

	static final int PROBLEMS_PER_PAGE = 500;

	/** Progress is saved at most this often (in rows), to keep the writing fast. */
	static final int PROGRESS_STEP = 500;

	/** Rows and problems are kept, and read back for writing, this many at a time. */
	static final int KEPT_AT_A_TIME = 500;

	private static final int WAITING_JOBS = 20;

	private static final Logger log = LoggerFactory.getLogger(DepartmentImports.class);

	private final ActorManagement actors;

	private final ImportJobs jobs;

	private final ImportRows rows;

	private final ImportProblems problems;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separateTransaction;

	private final TransactionTemplate readOnly;

	private final ExecutorService executor;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	DepartmentImports(ActorManagement actors, ImportJobs jobs, ImportRows rows, ImportProblems problems,
			PlatformTransactionManager transactions, EntityManager entityManager, ApplicationEventPublisher events) {
		this.actors = actors;
		this.events = events;
		this.jobs = jobs;
		this.rows = rows;
		this.problems = problems;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactions);
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		// One import at a time: two imports of the same organisations at once would only get in each other's way.
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_JOBS),
				task -> new Thread(task, "department-import"));
	}

	/**
	 * The outcome of checking a file: the job it became, or, when the file as a whole could not be used, why not.
	 */
	record Checked(Long jobId, List<Problem> fileProblems) {
	}

	/**
	 * Reads and checks a file and keeps it as a job, unless it cannot be used at all. Writes no departments. The
	 * rows and problems are kept as they are found, {@value #KEPT_AT_A_TIME} at a time, in the transaction that
	 * keeps the job; a file found unusable halfway (too many rows, broken further down) rolls it all back.
	 */
	Checked check(String fileName, InputStream content, String user) {
		long started = System.nanoTime();
		var name = displayName(fileName);
		var checked = transaction.execute(status -> {
			long jobId = jobs.saveAndFlush(new ImportJob(name, user)).getId();
			var kept = new Kept(jobId);
			var file = DepartmentFile.read(content, this::municipalityCode, kept);
			if (!file.readable()) {
				status.setRollbackOnly();
				return new CheckedFile(null, file);
			}
			kept.keep();
			find(jobId).checked(file.totalRows(), file.validRows(), file.problems());
			return new CheckedFile(jobId, file);
		});
		var file = checked.file();
		if (checked.jobId() == null) {
			return new Checked(null, file.fileProblems());
		}
		log.info("Checked {} for {}: {} rows, {} valid, {} problems (import {}; {} ms)", name, user,
				file.totalRows(), file.validRows(), file.problems(), checked.jobId(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		return new Checked(checked.jobId(), List.of());
	}

	private record CheckedFile(Long jobId, DepartmentFile.Result file) {
	}

	/**
	 * Keeps a job's rows and problems as they are found, a batch at a time, and lets the written ones go from the
	 * persistence context, so that checking a file of 100,000 rows holds one batch of them.
	 */
	private final class Kept implements DepartmentFile.Findings {

		private final long jobId;

		private final List<ImportRow> rowBatch = new ArrayList<>();

		private final List<ImportProblem> problemBatch = new ArrayList<>();

		Kept(long jobId) {
			this.jobId = jobId;
		}

		@Override
		public void row(DepartmentFile.Row row) {
			rowBatch.add(new ImportRow(jobId, row.line(), row.record()));
			keepWhenFull();
		}

		@Override
		public void problem(Problem problem) {
			problemBatch.add(new ImportProblem(jobId, problem));
			keepWhenFull();
		}

		private void keepWhenFull() {
			if (rowBatch.size() + problemBatch.size() >= KEPT_AT_A_TIME) {
				keep();
			}
		}

		void keep() {
			rows.saveAll(rowBatch);
			problems.saveAll(problemBatch);
			rowBatch.clear();
			problemBatch.clear();
			entityManager.flush();
			entityManager.clear();
		}
	}

	/** The municipality a name or code means. */
	private Optional<Integer> municipalityCode(String nameOrCode) {
		return actors.findMunicipality(nameOrCode).map(Municipality::getCode);
	}

	/**
	 * Starts writing a checked file in the background.
	 *
	 * @throws ImportRefusedException when the mode is not allowed for the file, the job has started already, or
	 * too many imports are waiting
	 */
	void start(long id, ImportMode mode) {
		try {
			transaction.executeWithoutResult(status -> find(id).start(mode));
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ImportRefusedException("import.refused.started");
		}
		try {
			executor.execute(() -> run(id));
		}
		catch (RejectedExecutionException ex) {
			transaction.executeWithoutResult(status -> find(id).release());
			throw new ImportRefusedException("import.refused.busy");
		}
	}

	ImportJobView job(long id) {
		return readOnly.execute(status -> find(id).view());
	}

	/** A page of a job's problems, in file order. */
	Page<Problem> problems(long id, int page) {
		return readOnly.execute(status -> problems
			.findByJobIdOrderByLineAscIdAsc(id, PageRequest.of(Math.min(Math.max(page, 0), Web.MAX_PAGE), PROBLEMS_PER_PAGE))
			.map(ImportProblem::problem));
	}

	/** The latest jobs, newest first. */
	List<ImportJobView> recent() {
		return readOnly
			.execute(status -> jobs.findTop10ByOrderByCreatedAtDesc().stream().map(ImportJob::view).toList());
	}

	private ImportJob find(long id) {
		return jobs.findById(id).orElseThrow(() -> new NotFoundException("import", id));
	}

	private void run(long id) {
		try {
			int total = readOnly.execute(status -> find(id).getValidRows());
			var started = System.nanoTime();
			transaction.executeWithoutResult(status -> {
				var result = actors.upsertDepartments(records(id), new Progress(id, total));
				find(id).finish(result);
				rows.deleteByJobId(id);
			});
			log.info("Import {} wrote {} rows in {} ms", id, total,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
		catch (RuntimeException | Error ex) {
			var reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Import {} failed; nothing was written (reference {})", id, reference, ex);
			try {
				separateTransaction.executeWithoutResult(status -> find(id).fail(reference));
			}
			catch (RuntimeException again) {
				log.error("Could not mark import {} as failed", id, again);
			}
			events.publishEvent(new ImportFailed(id));
		}
	}

	/** A job's kept rows in file order, read a batch at a time as the stream is consumed. */
	private Stream<DepartmentRecord> records(long id) {
		var kept = WindowIterator
			.of(position -> rows.findByJobId(id, position, Sort.by("line", "id"), Limit.of(KEPT_AT_A_TIME)))
			.startingAt(ScrollPosition.keyset());
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(kept, Spliterator.ORDERED), false)
			.map(ImportRow::record);
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
			executor.shutdownNow();
		}
	}

	/** The file's own name, without a path some browsers send, and not longer than the column. */
	static String displayName(String fileName) {
		var name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "fil";
		}
		return name.length() <= 255 ? name : name.substring(0, 255);
	}

	/** Saves how far the writing has come, in its own short transaction, now and then. */
	private final class Progress implements IntConsumer {

		private final long id;

		private final int total;

		private int saved;

		Progress(long id, int total) {
			this.id = id;
			this.total = total;
		}

		@Override
		public void accept(int done) {
			if (done - saved < PROGRESS_STEP && done < total) {
				return;
			}
			saved = done;
			try {
				separateTransaction.executeWithoutResult(status -> find(id).progress(done));
			}
			catch (RuntimeException ex) {
				// Progress is only shown; the import goes on without it.
				log.warn("Could not save the progress of import {}", id, ex);
			}
		}
	}
}
