package dk.spirekassen.actors.importing;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Measures the import of 10,000 departments (200 organisations of 50 departments) through the pages, as CSV and as
 * XLSX: checking the upload, writing it, and importing the same file again. Not part of the test suite (surefire
 * runs only classes ending in Test or Tests); run it with
 * {@code mvn test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, add {@code -Ppostgres} for
 * PostgreSQL. The figures go to the console and to {@code target/import-benchmark.txt}.
 */
@SpirekassenTest
class ImportBenchmark {

	private static final int ORGANISATIONS = 200;

	private static final int DEPARTMENTS_PER_ORGANISATION = 50;

	private static final String[] MUNICIPALITIES = { "Aarhus", "København", "Odense Kommune", "751", "461", "Aalborg",
			"Esbjerg", "Vejle", "Randers", "Kolding" };

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Directory directory;

	private final Random random = new Random();

	@Test
	void importsTenThousandRows() throws Exception {
		var report = new StringBuilder();
		report.append(measure("CSV", "benchmark.csv", csv(rows())));
		report.append(measure("XLSX", "benchmark.xlsx", xlsx(rows())));
		System.out.print(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "import-benchmark.txt"), report);
	}

	private String measure(String format, String name, byte[] content) throws Exception {
		long start = System.nanoTime();
		var id = upload(name, content);
		long checked = System.nanoTime();
		carryOut(id);
		var first = awaitFinished(id);
		long written = System.nanoTime();
		var again = upload(name, content);
		carryOut(again);
		var second = awaitFinished(again);
		long repeated = System.nanoTime();

		assertThat(first).contains("data-figure=\"departmentsCreated\">10.000<");
		assertThat(second).contains("data-nothing-changed").contains("data-figure=\"departmentsUnchanged\">10.000<");
		double check = seconds(checked - start);
		double write = seconds(written - checked);
		double total = seconds(written - start);
		double repeat = seconds(repeated - written);
		assertThat(total).as("first import of 10,000 rows in seconds").isLessThan(10);
		return String.format(Locale.ROOT,
				"%s, %,d rows (%,d bytes): check and keep %.2f s + write %.2f s = %.2f s; same file again %.2f s%n",
				format, ORGANISATIONS * DEPARTMENTS_PER_ORGANISATION, content.length, check, write, total, repeat);
	}

	private List<List<String>> rows() {
		var rows = new ArrayList<List<String>>();
		for (int o = 0; o < ORGANISATIONS; o++) {
			var cvr = freshCvr();
			var organisation = "Benchmark Boligselskab " + cvr;
			for (int d = 1; d <= DEPARTMENTS_PER_ORGANISATION; d++) {
				rows.add(List.of(cvr, organisation, String.valueOf(d), "Afdeling " + d + " af " + cvr,
						MUNICIPALITIES[(o + d) % MUNICIPALITIES.length], String.valueOf(10 + (o * d) % 490)));
			}
		}
		return rows;
	}

	private static byte[] csv(List<List<String>> rows) {
		var text = new StringBuilder("CVR;Organisation;Afdelingsnummer;Afdelingsnavn;Kommune;Boliger\n");
		rows.forEach(row -> text.append(String.join(";", row)).append('\n'));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Afdelinger");
			var header = sheet.createRow(0);
			var headers = List.of("CVR", "Organisation", "Afdelingsnummer", "Afdelingsnavn", "Kommune", "Boliger");
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 1);
				var values = rows.get(r);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i).matches("\\d+")) {
						row.createCell(i).setCellValue(Double.parseDouble(values.get(i)));
					}
					else {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	private long upload(String name, byte[] content) throws Exception {
		var location = mvc.perform(multipart("/sekretariat/import").file(new MockMultipartFile("file", name, null, content))
			.with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk")))
			.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var matcher = Pattern.compile("/sekretariat/import/(\\d+)").matcher(String.valueOf(location));
		assertThat(matcher.matches()).as("redirect to the report, got " + location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private void carryOut(long id) throws Exception {
		mvc.perform(post("/sekretariat/import/" + id + "/udfoer")
			.with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk")))
			.with(csrf())
			.param("mode", "ALL"));
	}

	private String awaitFinished(long id) throws Exception {
		var deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline) {
			var html = mvc.perform(get("/sekretariat/import/" + id)
				.with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk")))
				.header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
			if (!html.contains("data-status=\"RUNNING\"")) {
				assertThat(html).contains("data-status=\"DONE\"");
				return html;
			}
			// Often enough to measure to a tenth of a second; a browser asks once a second.
			Thread.sleep(100);
		}
		throw new AssertionError("Import " + id + " did not finish in two minutes");
	}

	private String freshCvr() {
		int[] weights = { 2, 7, 6, 5, 4, 3, 2 };
		while (true) {
			var digits = String.valueOf(1_000_000 + random.nextInt(8_999_999));
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				sum += (digits.charAt(i) - '0') * weights[i];
			}
			int check = (11 - sum % 11) % 11;
			var cvr = digits + check;
			if (check < 10 && directory.organisations(new OrganisationFilter(cvr, null, null, null, null), Pageable.ofSize(1))
				.isEmpty()) {
				return cvr;
			}
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
