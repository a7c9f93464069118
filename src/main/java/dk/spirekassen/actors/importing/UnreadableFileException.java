package dk.spirekassen.actors.importing;

/**
 * A file that cannot be read as CSV or XLSX at all; the problem says why, in words the user understands.
 */
class UnreadableFileException extends Exception {

	private final Problem problem;

	UnreadableFileException(String reason, String... arguments) {
		super(reason, null, false, false);
		this.problem = Problem.ofFile(reason, arguments);
	}

	Problem problem() {
		return problem;
	}
}
