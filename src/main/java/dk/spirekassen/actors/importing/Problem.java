package dk.spirekassen.actors.importing;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong in a file: where it is (the line as a spreadsheet numbers it, the header line being line 1, and
 * the column's header) and why (a message key with its arguments, so the reason can be shown in either language).
 * A problem with the file as a whole has line 0 and no column.
 */
record Problem(int line, String column, String reason, List<String> arguments) {

	Problem {
		arguments = List.copyOf(arguments);
	}

	static Problem at(int line, String column, String reason, String... arguments) {
		return new Problem(line, column, reason, Arrays.asList(arguments));
	}

	static Problem ofFile(String reason, String... arguments) {
		return new Problem(0, null, reason, Arrays.asList(arguments));
	}
}
