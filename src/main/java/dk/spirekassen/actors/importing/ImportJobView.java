package dk.spirekassen.actors.importing;

import java.time.Instant;

/**
 * An import as its pages show it.
 *
 * @param totalRows the non-blank rows below the header
 * @param validRows the rows without problems, the ones an import writes
 * @param problemCount the problems found, several per row at most one per column
 * @param processedRows the rows written so far
 */
public record ImportJobView(long id, String fileName, ImportStatus status, ImportMode mode, int totalRows,
		int validRows, int problemCount, int processedRows, int organisationsCreated, int organisationsRenamed,
		int departmentsCreated, int departmentsUpdated, int departmentsUnchanged, String failureReference,
		String createdBy, Instant createdAt, Instant finishedAt) {

	public int rowsWithProblems() {
		return totalRows - validRows;
	}

	/** Whether the whole file may be imported: it was checked and has no problems. */
	public boolean canImportAll() {
		return status == ImportStatus.VALIDATED && problemCount == 0 && validRows > 0;
	}

	/** Whether the user may choose to import only the valid rows: some rows have problems, some do not. */
	public boolean canImportValidOnly() {
		return status == ImportStatus.VALIDATED && problemCount > 0 && validRows > 0;
	}

	public boolean validated() {
		return status == ImportStatus.VALIDATED;
	}

	public boolean running() {
		return status == ImportStatus.RUNNING;
	}

	public boolean done() {
		return status == ImportStatus.DONE;
	}

	public boolean failed() {
		return status == ImportStatus.FAILED;
	}

	/** Whether a finished import found everything as the file says already. */
	public boolean changedNothing() {
		return done() && organisationsCreated + organisationsRenamed + departmentsCreated + departmentsUpdated == 0;
	}
}
