package dk.spirekassen.actors.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dk.spirekassen.actors.Cvr;
import dk.spirekassen.actors.DepartmentRecord;

/**
 * Reads and checks a file of departments, one row per department with its organisation's CVR and name, its number,
 * name, municipality and homes (the shape of Landsbyggefonden's spreadsheets). Every problem is reported with its
 * line and column; the rows without problems come out as records ready to be written, one at a time as the file is
 * read, so that a large file is never held whole.
 */
final class DepartmentFile {

	static final int MAX_ROWS = 100_000;

	static final int MAX_HOMES = 100_000;

	private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

	private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}([. ]\\d{3})+");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

	private static final int SHOWN_LENGTH = 60;

	private DepartmentFile() {
	}

	/**
	 * Finds the code of a municipality by its name or its code.
	 */
	@FunctionalInterface
	interface Municipalities {

		Optional<Integer> codeOf(String nameOrCode);
	}

	/**
	 * A row without problems: where it was in the file and what it says.
	 */
	record Row(int line, DepartmentRecord record) {
	}

	/**
	 * Takes what a file holds as it is read: the rows without problems and the problems of single rows, in file
	 * order.
	 */
	interface Findings {

		void row(Row row);

		void problem(Problem problem);
	}

	/**
	 * What a file held. When the file as a whole has problems (it cannot be read, lacks a column, has no rows or too
	 * many), {@link #fileProblems()} says so, and the rows and problems handed on before that was found are to be
	 * dropped.
	 *
	 * @param totalRows the non-blank rows below the header
	 * @param validRows the rows without problems
	 * @param problems the problems of single rows
	 * @param fileProblems the problems of the file as a whole
	 */
	record Result(int totalRows, int validRows, int problems, List<Problem> fileProblems) {

		Result {
			fileProblems = List.copyOf(fileProblems);
		}

		static Result unreadable(List<Problem> fileProblems) {
			return new Result(0, 0, 0, fileProblems);
		}

		boolean readable() {
			return fileProblems.isEmpty();
		}
	}

	/**
	 * Reads and checks a file row by row, handing each valid row and each problem on as it is found. What it keeps
	 * to find duplicates grows with the rows, which are at most {@value #MAX_ROWS}.
	 */
	static Result read(InputStream content, Municipalities municipalities, Findings findings) {
		return read(content, municipalities, MAX_ROWS, findings);
	}

	static Result read(InputStream content, Municipalities municipalities, int maxRows, Findings findings) {
		var checker = new Checker(municipalities, maxRows, findings);
		try {
			SpreadsheetReader.read(content, checker::row);
		}
		catch (UnreadableFileException ex) {
			return Result.unreadable(List.of(ex.problem()));
		}
		return checker.result();
	}

	/** The name an organisation has where its CVR first appears in a file. */
	private record FirstName(String name, int line) {
	}

	/** Checks rows as they are read, remembering what it needs to find duplicates. */
	private static final class Checker {

		private final Municipalities municipalities;

		private final Map<String, Optional<Integer>> municipalityCache = new HashMap<>();

		private final int maxRows;

		private Map<Column, Integer> index;

		private final Map<Column, String> headers = new EnumMap<>(Column.class);

		private final Findings findings;

		private final List<Problem> fileProblems = new ArrayList<>();

		private final Map<String, Integer> firstLineOfDepartment = new HashMap<>();

		private final Map<String, FirstName> firstNameOfOrganisation = new HashMap<>();

		private int totalRows;

		private int validRows;

		private int problems;

		Checker(Municipalities municipalities, int maxRows, Findings findings) {
			this.municipalities = municipalities;
			this.maxRows = maxRows;
			this.findings = findings;
		}

		boolean row(int line, List<String> cells) {
			if (cells.stream().allMatch(cell -> clean(cell).isEmpty())) {
				return true;
			}
			if (index == null) {
				header(line, cells);
				return fileProblems.isEmpty();
			}
			if (++totalRows > maxRows) {
				fileProblems.add(Problem.ofFile("import.file.tooManyRows", String.valueOf(maxRows)));
				return false;
			}
			check(line, cells);
			return true;
		}

		Result result() {
			if (index == null) {
				fileProblems.add(Problem.ofFile("import.file.empty"));
			}
			else if (totalRows == 0 && fileProblems.isEmpty()) {
				fileProblems.add(Problem.ofFile("import.file.noRows"));
			}
			if (!fileProblems.isEmpty()) {
				return Result.unreadable(fileProblems);
			}
			return new Result(totalRows, validRows, problems, List.of());
		}

		private void header(int line, List<String> cells) {
			index = new EnumMap<>(Column.class);
			for (int i = 0; i < cells.size(); i++) {
				var text = clean(cells.get(i));
				var column = Column.of(text);
				if (column == null) {
					continue;
				}
				if (index.containsKey(column)) {
					fileProblems.add(Problem.at(line, shown(text), "import.file.duplicateColumn", column.header(),
							headers.get(column)));
				}
				else {
					index.put(column, i);
					headers.put(column, shown(text));
				}
			}
			for (var column : Column.values()) {
				if (!index.containsKey(column)) {
					fileProblems.add(Problem.at(line, column.header(), "import.file.missingColumn", column.header()));
				}
			}
		}

		private void check(int line, List<String> cells) {
			var found = new ArrayList<Problem>();
			var cvr = cvr(line, text(cells, Column.CVR), found);
			var organisation = required(line, Column.ORGANISATION, cells, found);
			var number = required(line, Column.NUMBER, cells, found);
			var name = required(line, Column.NAME, cells, found);
			var municipality = municipality(line, text(cells, Column.MUNICIPALITY), found);
			var homes = homes(line, text(cells, Column.HOMES), found);
			if (cvr != null && number != null) {
				var key = cvr + "\u0000" + number;
				var first = firstLineOfDepartment.putIfAbsent(key, line);
				if (first != null) {
					found.add(problem(line, Column.NUMBER, "import.problem.duplicate", number, cvr,
							String.valueOf(first)));
				}
			}
			if (cvr != null && organisation != null) {
				var first = firstNameOfOrganisation.putIfAbsent(cvr, new FirstName(organisation, line));
				if (first != null && !first.name().equals(organisation)) {
					found.add(problem(line, Column.ORGANISATION, "import.problem.organisationName", cvr,
							shown(first.name()), String.valueOf(first.line())));
				}
			}
			if (found.isEmpty()) {
				validRows++;
				findings.row(new Row(line, new DepartmentRecord(cvr, organisation, number, name, municipality, homes)));
			}
			else {
				found.sort((a, b) -> Integer.compare(columnOrder(a), columnOrder(b)));
				problems += found.size();
				found.forEach(findings::problem);
			}
		}

		private int columnOrder(Problem problem) {
			for (var column : Column.values()) {
				if (headers.get(column).equals(problem.column())) {
					return index.get(column);
				}
			}
			return Integer.MAX_VALUE;
		}

		private String cvr(int line, String text, List<Problem> found) {
			if (text.isEmpty()) {
				found.add(problem(line, Column.CVR, "import.problem.required"));
				return null;
			}
			var cvr = Cvr.normalise(text);
			if (!EIGHT_DIGITS.matcher(cvr).matches()) {
				found.add(problem(line, Column.CVR, "import.problem.cvrFormat", shown(text)));
				return null;
			}
			if (cvr.charAt(0) == '0') {
				found.add(problem(line, Column.CVR, "import.problem.cvrLeadingZero", cvr));
				return null;
			}
			if (!Cvr.isValid(cvr)) {
				found.add(problem(line, Column.CVR, "import.problem.cvrCheck", cvr));
				return null;
			}
			return cvr;
		}

		private String required(int line, Column column, List<String> cells, List<Problem> found) {
			var text = text(cells, column);
			if (text.isEmpty()) {
				found.add(problem(line, column, "import.problem.required"));
				return null;
			}
			if (text.length() > column.maxLength()) {
				found.add(problem(line, column, "import.problem.tooLong", String.valueOf(column.maxLength()),
						String.valueOf(text.length())));
				return null;
			}
			return text;
		}

		private Integer municipality(int line, String text, List<Problem> found) {
			if (text.isEmpty()) {
				found.add(problem(line, Column.MUNICIPALITY, "import.problem.required"));
				return null;
			}
			var code = text.length() > Column.MUNICIPALITY.maxLength() ? Optional.<Integer>empty()
					: municipalityCache.computeIfAbsent(text.toLowerCase(Locale.ROOT), municipalities::codeOf);
			if (code.isEmpty()) {
				found.add(problem(line, Column.MUNICIPALITY, "import.problem.municipality", shown(text)));
				return null;
			}
			return code.get();
		}

		private Integer homes(int line, String text, List<Problem> found) {
			if (text.isEmpty()) {
				found.add(problem(line, Column.HOMES, "import.problem.required"));
				return null;
			}
			var digits = GROUPED_DIGITS.matcher(text).matches() ? text.replace(".", "").replace(" ", "") : text;
			if (!WHOLE_NUMBER.matcher(digits).matches()) {
				found.add(problem(line, Column.HOMES, "import.problem.homesNumber", shown(text)));
				return null;
			}
			boolean negative = digits.startsWith("-");
			var unsigned = digits.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
			if (negative && !"0".equals(unsigned)) {
				found.add(problem(line, Column.HOMES, "import.problem.homesNegative", shown(text)));
				return null;
			}
			if (unsigned.length() > 9 || Integer.parseInt(unsigned) > MAX_HOMES) {
				found.add(problem(line, Column.HOMES, "import.problem.homesTooMany", shown(text)));
				return null;
			}
			return Integer.parseInt(unsigned);
		}

		private Problem problem(int line, Column column, String reason, String... arguments) {
			return Problem.at(line, headers.get(column), reason, arguments);
		}

		private String text(List<String> cells, Column column) {
			int i = index.get(column);
			return i < cells.size() ? clean(cells.get(i)) : "";
		}
	}

	private static String clean(String cell) {
		return cell == null ? "" : cell.replace('\u00A0', ' ').strip();
	}

	/** A value as a reason quotes it: without control characters and not too long. */
	static String shown(String value) {
		var text = value.replaceAll("\\p{Cntrl}", " ");
		return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH - 1) + "…";
	}
}
