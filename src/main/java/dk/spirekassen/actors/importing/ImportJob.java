package dk.spirekassen.actors.importing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

import dk.spirekassen.actors.UpsertResult;

/**
 * One uploaded file of departments, from its check to its result. Its valid rows wait in {@link ImportRow} until
 * the user chooses to import them; its problems are {@link ImportProblem}s.
 */
@Entity
class ImportJob {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String fileName;

	@Enumerated(EnumType.STRING)
	private ImportStatus status;

	@Enumerated(EnumType.STRING)
	private ImportMode mode;

	private int totalRows;

	private int validRows;

	private int problemCount;

	private int processedRows;

	private int organisationsCreated;

	private int organisationsRenamed;

	private int departmentsCreated;

	private int departmentsUpdated;

	private int departmentsUnchanged;

	private String failureReference;

	private String createdBy;

	private Instant createdAt;

	private Instant startedAt;

	private Instant finishedAt;

	@Version
	private long version;

	protected ImportJob() {
	}

	/** A job for a file about to be checked; its rows and problems are kept as they are found. */
	ImportJob(String fileName, String createdBy) {
		this.fileName = fileName;
		this.createdBy = createdBy;
		this.status = ImportStatus.VALIDATED;
		this.createdAt = Instant.now();
	}

	/** Notes what the check of the file found, once it is read to the end. */
	void checked(int totalRows, int validRows, int problemCount) {
		this.totalRows = totalRows;
		this.validRows = validRows;
		this.problemCount = problemCount;
	}

	/**
	 * Starts writing. The whole file may be imported only when it has no problems; only its valid rows when it has
	 * some. A job is started once.
	 */
	void start(ImportMode mode) {
		if (status != ImportStatus.VALIDATED) {
			throw new ImportRefusedException("import.refused.started");
		}
		if (validRows == 0) {
			throw new ImportRefusedException("import.refused.noValidRows");
		}
		if (mode == ImportMode.ALL && problemCount > 0) {
			throw new ImportRefusedException("import.refused.problems");
		}
		this.mode = mode;
		this.status = ImportStatus.RUNNING;
		this.startedAt = Instant.now();
	}

	/** Takes a start back that could not be carried out, so the user may try again. */
	void release() {
		if (status == ImportStatus.RUNNING && processedRows == 0) {
			this.status = ImportStatus.VALIDATED;
			this.mode = null;
			this.startedAt = null;
		}
	}

	void progress(int processed) {
		if (status == ImportStatus.RUNNING) {
			this.processedRows = Math.max(processedRows, Math.min(processed, validRows));
		}
	}

	void finish(UpsertResult result) {
		if (status != ImportStatus.RUNNING) {
			throw new IllegalStateException("Import " + id + " is " + status + ", not running");
		}
		this.status = ImportStatus.DONE;
		this.processedRows = validRows;
		this.organisationsCreated = result.organisationsCreated();
		this.organisationsRenamed = result.organisationsRenamed();
		this.departmentsCreated = result.departmentsCreated();
		this.departmentsUpdated = result.departmentsUpdated();
		this.departmentsUnchanged = result.unchanged();
		this.finishedAt = Instant.now();
	}

	/** Marks the job failed; nothing was written. The reference is also in the log. */
	void fail(String reference) {
		if (status == ImportStatus.RUNNING) {
			this.status = ImportStatus.FAILED;
			this.failureReference = reference;
			this.finishedAt = Instant.now();
		}
	}

	ImportJobView view() {
		return new ImportJobView(id, fileName, status, mode, totalRows, validRows, problemCount, processedRows,
				organisationsCreated, organisationsRenamed, departmentsCreated, departmentsUpdated,
				departmentsUnchanged, failureReference, createdBy, createdAt, finishedAt);
	}

	Long getId() {
		return id;
	}

	ImportStatus getStatus() {
		return status;
	}

	int getValidRows() {
		return validRows;
	}

	int getProcessedRows() {
		return processedRows;
	}
}
