package dk.spirekassen.actors.importing;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Web;

/**
 * Imports files of departments in two steps: a file is checked and kept as a job with its valid rows and its
 * problems; when the user chooses, the rows are written in the background, in one transaction, so either all of
 * them are written or none. Progress is saved as the rows are written, so the job's page can show it.
 */
@Service
class DepartmentImports {

	static final int PROBLEMS_PER_PAGE = 500;

	/** Progress is saved at most this often (in rows), to keep the writing fast. */
	static final int PROGRESS_STEP = 500;

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

	DepartmentImports(ActorManagement actors, ImportJobs jobs, ImportRows rows, ImportProblems problems,
			PlatformTransactionManager transactions) {
		this.actors = actors;
		this.jobs = jobs;
		this.rows = rows;
		this.problems = problems;
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

	/** Reads and checks a file and keeps it as a job, unless it cannot be used at all. Writes no departments. */
	Checked check(String fileName, byte[] content, String user) {
		long started = System.nanoTime();
		var file = DepartmentFile.read(content, this::municipalityCode);
		if (!file.readable()) {
			return new Checked(null, file.fileProblems());
		}
		long read = System.nanoTime();
		var id = transaction.execute(status -> {
			var job = jobs.save(new ImportJob(displayName(fileName), user, file.totalRows(), file.rows().size(),
					file.problems().size()));
			long jobId = job.getId();
			rows.saveAll(file.rows().stream().map(row -> new ImportRow(jobId, row.line(), row.record())).toList());
			problems.saveAll(file.problems().stream().map(problem -> new ImportProblem(jobId, problem)).toList());
			return jobId;
		});
		log.info("Checked {} for {}: {} rows, {} valid, {} problems (import {}; read {} ms, kept {} ms)",
				displayName(fileName), user, file.totalRows(), file.rows().size(), file.problems().size(), id,
				TimeUnit.NANOSECONDS.toMillis(read - started), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - read));
		return new Checked(id, List.of());
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
			var records = readOnly
				.execute(status -> rows.findByJobIdOrderByLine(id).stream().map(ImportRow::record).toList());
			var started = System.nanoTime();
			transaction.executeWithoutResult(status -> {
				var result = actors.upsertDepartments(records, new Progress(id, records.size()));
				find(id).finish(result);
				rows.deleteByJobId(id);
			});
			log.info("Import {} wrote {} rows in {} ms", id, records.size(),
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
		}
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
