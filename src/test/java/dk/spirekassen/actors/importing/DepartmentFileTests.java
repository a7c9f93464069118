package dk.spirekassen.actors.importing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.spirekassen.actors.DepartmentRecord;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentFileTests {

	private static final String HEADER = "CVR;Organisation;Afdelingsnummer;Afdelingsnavn;Kommune;Boliger\n";

	private static final Map<String, Integer> MUNICIPALITIES = Map.of("aarhus", 751, "aarhus kommune", 751, "751",
			751, "københavn", 101, "101", 101, "odense", 461, "461", 461);

	private static final DepartmentFile.Municipalities LOOKUP = text -> Optional
		.ofNullable(MUNICIPALITIES.get(text.toLowerCase(Locale.ROOT)));

	private static final ResourceBundleMessageSource MESSAGES = messages();

	@Test
	void readsSemicolonSeparatedUtf8WithByteOrderMark() {
		var result = read("\uFEFF" + HEADER + "39172046;Boligforeningen Spirehøj;1;Spirehøj Nord;Aarhus;212\n"
				+ "39172046;Boligforeningen Spirehøj;2;Spirehøj Syd;Aarhus Kommune;148\n");

		assertThat(result.fileProblems()).isEmpty();
		assertThat(result.problems()).isEmpty();
		assertThat(result.totalRows()).isEqualTo(2);
		assertThat(result.rows()).extracting(DepartmentFile.Row::line).containsExactly(2, 3);
		assertThat(result.rows().get(0).record())
			.isEqualTo(new DepartmentRecord("39172046", "Boligforeningen Spirehøj", "1", "Spirehøj Nord", 751, 212));
	}

	@Test
	void readsCommaSeparatedWithQuotedCells() {
		var result = read("CVR,Organisation,Afdelingsnummer,Afdelingsnavn,Kommune,Boliger\r\n"
				+ "45820114,\"Boligselskabet Frøbænken, Amba\",101,\"Frøbænken \"\"Øst\"\"\",København,\"1.120\"\r\n");

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).singleElement()
			.extracting(DepartmentFile.Row::record)
			.isEqualTo(new DepartmentRecord("45820114", "Boligselskabet Frøbænken, Amba", "101", "Frøbænken \"Øst\"",
					101, 1120));
	}

	@Test
	void acceptsEnglishHeadersInAnyCaseAndOrderAndSkipsOtherColumns() {
		var result = read("homes;MUNICIPALITY;Note;department name;Department Number;organization name;CVR-nr.\n"
				+ "57;461;ignored;Stiklingen;4;Andelsboligforeningen Kimplanten;DK 55200335\n");

		assertThat(result.fileProblems()).isEmpty();
		assertThat(result.rows()).singleElement()
			.extracting(DepartmentFile.Row::record)
			.isEqualTo(new DepartmentRecord("55200335", "Andelsboligforeningen Kimplanten", "4", "Stiklingen", 461,
					57));
	}

	@Test
	void readsWindows1252TextThatIsNotUtf8() {
		var content = (HEADER + "39172046;Boligforeningen Spirehøj;1;Spirehøj Nord;Aarhus;212\n")
			.getBytes(Charset.forName("windows-1252"));

		var result = read(content, LOOKUP);

		assertThat(result.rows()).singleElement()
			.extracting(row -> row.record().organisationName())
			.isEqualTo("Boligforeningen Spirehøj");
	}

	@Test
	void readsXlsxWithNumericCellsAsWholeNumbers() throws IOException {
		byte[] xlsx;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Afdelinger");
			var header = sheet.createRow(0);
			var headers = List.of("CVR", "Organisation", "Afdelingsnummer", "Afdelingsnavn", "Kommune", "Boliger");
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue(39172046d);
			row.createCell(1).setCellValue("Boligforeningen Spirehøj");
			row.createCell(2).setCellValue(7d);
			row.createCell(3).setCellValue("Kimbladet");
			row.createCell(4).setCellValue(751d);
			var homes = row.createCell(5);
			homes.setCellValue(1064d);
			var grouped = workbook.createCellStyle();
			grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			homes.setCellStyle(grouped);
			// Row 3 is left out; row 4 has a gap in column B and a fraction.
			var sparse = sheet.createRow(3);
			sparse.createCell(0).setCellValue("39172046");
			sparse.createCell(2).setCellValue("8");
			sparse.createCell(3).setCellValue("Frøet");
			sparse.createCell(4).setCellValue("Aarhus");
			sparse.createCell(5).setCellValue(12.5d);
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		var result = read(xlsx, LOOKUP);

		assertThat(result.fileProblems()).isEmpty();
		assertThat(result.rows()).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.record())
				.isEqualTo(new DepartmentRecord("39172046", "Boligforeningen Spirehøj", "7", "Kimbladet", 751, 1064));
		});
		assertThat(texts(result.problems())).containsExactly("4|Organisation|skal udfyldes",
				"4|Boliger|skal være et helt tal, men er \"12.5\"");
	}

	@Test
	void reportsEveryKindOfRowProblemWithLineColumnAndDanishReason() {
		var result = read(HEADER
				+ ";Boligforeningen A;1;A1;Aarhus;10\n"
				+ "1234;Boligforeningen B;1;B1;Aarhus;10\n"
				+ "01234567;Boligforeningen C;1;C1;Aarhus;10\n"
				+ "39172047;Boligforeningen D;1;D1;Aarhus;10\n"
				+ "45820114;;1;E1;Aarhus;10\n"
				+ "45820114;Boligselskabet E;" + "x".repeat(21) + ";E1;Aarhus;10\n"
				+ "55200335;Boligforeningen F;1;" + "y".repeat(201) + ";Atlantis;abc\n"
				+ "55200343;Boligforeningen G;1;G1;Odense;-3\n"
				+ "55200343;Boligforeningen G;2;G2;Odense;250000\n"
				+ "55200343;Boligforeningen G;3;G3;Odense;12,5\n"
				+ "55200343;Boligforeningen G;4;G4;;\n");

		assertThat(result.fileProblems()).isEmpty();
		assertThat(result.totalRows()).isEqualTo(11);
		assertThat(result.rows()).isEmpty();
		assertThat(texts(result.problems())).containsExactly(
				"2|CVR|skal udfyldes",
				"3|CVR|skal være et CVR-nummer på 8 cifre, men er \"1234\"",
				"4|CVR|er ikke et gyldigt CVR-nummer: et CVR-nummer begynder aldrig med 0 (01234567)",
				"5|CVR|er ikke et gyldigt CVR-nummer: kontrolcifferet passer ikke (39172047)",
				"6|Organisation|skal udfyldes",
				"7|Afdelingsnummer|må højst være 20 tegn, men er 21 tegn",
				"8|Afdelingsnavn|må højst være 200 tegn, men er 201 tegn",
				"8|Kommune|er ikke en kendt kommune: \"Atlantis\". Skriv kommunens navn, fx Aarhus, eller dens 3-cifrede kode, fx 751",
				"8|Boliger|skal være et helt tal, men er \"abc\"",
				"9|Boliger|må ikke være negativt, men er -3",
				"10|Boliger|må højst være 100.000, men er 250000",
				"11|Boliger|skal være et helt tal, men er \"12,5\"",
				"12|Kommune|skal udfyldes",
				"12|Boliger|skal udfyldes");
	}

	@Test
	void keepsTheValidRowsBesideTheBadOnes() {
		var result = read(HEADER + "39172046;Boligforeningen Spirehøj;1;Spirehøj Nord;Aarhus;212\n"
				+ "39172047;Boligforeningen Fejl;1;Fejlen;Aarhus;10\n"
				+ "39172046;Boligforeningen Spirehøj;2;Spirehøj Syd;751;148\n");

		assertThat(result.totalRows()).isEqualTo(3);
		assertThat(result.rows()).extracting(DepartmentFile.Row::line).containsExactly(2, 4);
		assertThat(result.problems()).extracting(Problem::line).containsExactly(3);
	}

	@Test
	void reportsADuplicateDepartmentOnTheLaterLineNamingTheFirst() {
		var result = read(HEADER + "39172046;Boligforeningen Spirehøj;1;Spirehøj Nord;Aarhus;212\n"
				+ "39172046;Boligforeningen Spirehøj;2;Spirehøj Syd;Aarhus;148\n"
				+ "DK39172046;Boligforeningen Spirehøj; 1 ;Spirehøj Nord igen;Aarhus;212\n"
				+ "45820114;Boligselskabet Frøbænken;1;Frøbænken;København;86\n");

		assertThat(result.rows()).extracting(DepartmentFile.Row::line).containsExactly(2, 3, 5);
		assertThat(texts(result.problems()))
			.containsExactly("4|Afdelingsnummer|afdeling 1 hos CVR-nummer 39172046 står allerede i linje 2");
	}

	@Test
	void reportsOneCvrWithDifferentOrganisationNames() {
		var result = read(HEADER + "39172046;Boligforeningen Spirehøj;1;Spirehøj Nord;Aarhus;212\n"
				+ "39172046;Boligforening Spirehøj;2;Spirehøj Syd;Aarhus;148\n");

		assertThat(result.rows()).extracting(DepartmentFile.Row::line).containsExactly(2);
		assertThat(texts(result.problems())).containsExactly("3|Organisation|CVR-nummer 39172046 hedder "
				+ "\"Boligforeningen Spirehøj\" i linje 2; et CVR-nummer skal have samme navn i hele filen");
	}

	@Test
	void missingColumnsAreProblemsOfTheWholeFile() {
		var result = read("CVR;Navn;Afdelingsnummer;Afdelingsnavn;Boliger\n39172046;X;1;Y;2\n");

		assertThat(result.readable()).isFalse();
		assertThat(result.rows()).isEmpty();
		assertThat(texts(result.fileProblems())).containsExactly(
				"1|Organisation|mangler i overskriftslinjen. Tilføj en kolonne med overskriften Organisation.",
				"1|Kommune|mangler i overskriftslinjen. Tilføj en kolonne med overskriften Kommune.");
	}

	@Test
	void aColumnNamedTwiceIsAProblemOfTheWholeFile() {
		var result = read("CVR;Organisation;Afdelingsnummer;Afdelingsnavn;Kommune;Kommunekode;Boliger\n");

		assertThat(texts(result.fileProblems())).containsExactly(
				"1|Kommunekode|står to gange i overskriftslinjen (også som \"Kommune\"). Fjern den ene kolonne.");
	}

	@Test
	void emptyFilesAndFilesWithOnlyAHeaderAreClearErrors() {
		assertThat(texts(read("").fileProblems())).containsExactly("0|null|Filen er tom.");
		assertThat(texts(read("\n \n;;\n").fileProblems())).containsExactly("0|null|Filen er tom.");
		assertThat(texts(read(HEADER + ";;;;;\n").fileProblems()))
			.containsExactly("0|null|Filen har kun en overskriftslinje og ingen afdelinger.");
	}

	@Test
	void filesThatAreNotCsvOrXlsxAreClearErrors() {
		var binary = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, (byte) 0xFF };
		var brokenZip = new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		var oldExcel = new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 };

		assertThat(texts(read(binary, LOOKUP).fileProblems()))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("0|null|Filen kan ikke læses som CSV eller XLSX.");
		assertThat(texts(read(brokenZip, LOOKUP).fileProblems()))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("0|null|Filen ligner en XLSX-fil, men kan ikke læses.");
		assertThat(texts(read(oldExcel, LOOKUP).fileProblems()))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("0|null|Filen er i det gamle Excel-format (.xls)");
	}

	@Test
	void anUnclosedQuoteNamesTheLine() {
		var result = read(HEADER + "39172046;Boligforeningen Spirehøj;1;Spirehøj Nord;Aarhus;212\n"
				+ "39172046;\"Boligforeningen Spirehøj;2;Spirehøj Syd;Aarhus;148\n");

		assertThat(texts(result.fileProblems()))
			.containsExactly("0|null|CSV-filen kan ikke læses fra linje 3: et anførselstegn bliver ikke lukket.");
	}

	@Test
	void lineNumbersCountBlankLinesAndLineBreaksInsideCells() {
		var result = read("\n" + HEADER + "39172046;Boligforeningen Spirehøj;1;\"Spirehøj\nNord\";Aarhus;212\n\n"
				+ "39172046;Boligforeningen Spirehøj;2;Spirehøj Syd;Aarhus;x\n");

		assertThat(result.rows()).extracting(DepartmentFile.Row::line).containsExactly(3);
		assertThat(result.problems()).extracting(Problem::line).containsExactly(6);
	}

	@Test
	void stopsAtTheRowLimit() {
		var result = DepartmentFile.read(
				new ByteArrayInputStream((HEADER + "39172046;A;1;B;Aarhus;1\n".repeat(4)).getBytes(StandardCharsets.UTF_8)),
				LOOKUP, 3, new Collected());

		assertThat(result.readable()).isFalse();
		assertThat(texts(result.fileProblems())).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("0|null|Filen har mere end 100.000 rækker.");
	}

	@Test
	void theSampleFileIsValid() throws IOException {
		try (var sample = getClass().getResourceAsStream("/static/import/eksempel-afdelinger.csv")) {
			var result = read(sample.readAllBytes(), LOOKUP_WITH_SAMPLE_MUNICIPALITIES);

			assertThat(result.fileProblems()).isEmpty();
			assertThat(result.problems()).isEmpty();
			assertThat(result.rows()).hasSize(7);
		}
	}

	private static final DepartmentFile.Municipalities LOOKUP_WITH_SAMPLE_MUNICIPALITIES = text -> "frederiksberg"
		.equalsIgnoreCase(text) ? Optional.of(147) : LOOKUP.codeOf(text);

	private static Collected read(String csv) {
		return read(csv.getBytes(StandardCharsets.UTF_8), LOOKUP);
	}

	private static Collected read(byte[] content, DepartmentFile.Municipalities municipalities) {
		var collected = new Collected();
		collected.result = DepartmentFile.read(new ByteArrayInputStream(content), municipalities, collected);
		return collected;
	}

	/** What a file held, gathered as it is handed on, with the counts checked against what came. */
	private static final class Collected implements DepartmentFile.Findings {

		private final List<DepartmentFile.Row> rows = new ArrayList<>();

		private final List<Problem> problems = new ArrayList<>();

		private DepartmentFile.Result result;

		@Override
		public void row(DepartmentFile.Row row) {
			rows.add(row);
		}

		@Override
		public void problem(Problem problem) {
			problems.add(problem);
		}

		List<DepartmentFile.Row> rows() {
			if (result.readable()) {
				assertThat(result.validRows()).isEqualTo(rows.size());
			}
			return result.readable() ? rows : List.of();
		}

		List<Problem> problems() {
			if (result.readable()) {
				assertThat(result.problems()).isEqualTo(problems.size());
			}
			return result.readable() ? problems : List.of();
		}

		List<Problem> fileProblems() {
			return result.fileProblems();
		}

		int totalRows() {
			return result.totalRows();
		}

		boolean readable() {
			return result.readable();
		}
	}

	/** Each problem as line|column|Danish reason. */
	private static List<String> texts(List<Problem> problems) {
		return problems.stream()
			.map(p -> p.line() + "|" + p.column() + "|"
					+ MESSAGES.getMessage(p.reason(), p.arguments().toArray(), Locale.forLanguageTag("da")))
			.toList();
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
