package dk.spirekassen.actors.importing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.util.Arrays;
import java.util.List;

/**
 * A problem found in a row of a checked file, kept with the job so the report can be read again and paged.
 */
@Entity
class ImportProblem {

	/** Separates the reason's arguments in one column; values from files never hold control characters. */
	private static final String SEPARATOR = "\u001F";

	private static final int MAX_ARGUMENTS_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private long jobId;

	private int line;

	private String columnName;

	private String reason;

	private String reasonArguments;

	protected ImportProblem() {
	}

	ImportProblem(long jobId, Problem problem) {
		this.jobId = jobId;
		this.line = problem.line();
		this.columnName = problem.column();
		this.reason = problem.reason();
		var arguments = String.join(SEPARATOR, problem.arguments());
		this.reasonArguments = arguments.isEmpty() ? null
				: arguments.substring(0, Math.min(arguments.length(), MAX_ARGUMENTS_LENGTH));
	}

	Problem problem() {
		List<String> arguments = reasonArguments == null ? List.of()
				: Arrays.asList(reasonArguments.split(SEPARATOR, -1));
		return new Problem(line, columnName, reason, arguments);
	}
}
