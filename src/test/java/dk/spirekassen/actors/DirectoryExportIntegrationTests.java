package dk.spirekassen.actors;

import jakarta.persistence.EntityManagerFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.SqlStatements;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.actors.DirectoryRows.DepartmentRow;
import dk.spirekassen.actors.DirectoryRows.OrganisationRow;
import dk.spirekassen.actors.DirectoryRows.PartnerRow;
import dk.spirekassen.shared.IndexState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory exports read their rows a chunk at a time ({@code spirekassen.export.chunk-size}, 50 in the tests)
 * and still give every row of the filter once, in the order of the list, as CSV and as XLSX. Lists and exports are in
 * Danish alphabetical order.
 */
@SpirekassenTest
class DirectoryExportIntegrationTests {

	/** More than two chunks, with a name shared across a chunk's edge, so that the order must fall back on ids. */
	private static final int DEPARTMENTS = 130;

	@Autowired
	MockMvc mvc;

	@Autowired
	ActorManagement actors;

	@Autowired
	Directory directory;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	IndexState indexState;

	@Value("${spirekassen.export.chunk-size}")
	int chunkSize;

	private Statistics statistics;

	@BeforeEach
	void countQueries() {
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
	}

	@AfterEach
	void stopCounting() {
		statistics.setStatisticsEnabled(false);
		SqlStatements.stop();
	}

	@Test
	void exportsEveryDepartmentOfTheFilterInTheListsOrderReadingChunkByChunk() throws Exception {
		long organisation = newOrganisation();
		for (int i = 1; i <= DEPARTMENTS; i++) {
			var name = i % 2 == 0 ? "Bakkehuset" : i == 1 ? "=HYPERLINK(\"http://example.dk\")" : "Afdeling " + i;
			actors.createDepartment(organisation,
					new DepartmentDetails(String.valueOf(i), name, "Bakkevej " + i, 751, 10 + i, null));
		}
		var filter = new DepartmentFilter(null, null, null, organisation, null);
		var expected = directory.departments(filter, Pageable.unpaged()).getContent();
		assertThat(expected).hasSize(DEPARTMENTS);
		statistics.clear();
		SqlStatements.record();

		var csv = csv(export("/afdelinger/eksport", "csv", "organisation", String.valueOf(organisation)));

		assertThat(csv).extracting(r -> r.get(1)).containsExactlyElementsOf(numbers(expected));
		assertThat(csv).extracting(r -> r.get(2)).contains("Bakkehuset", "'=HYPERLINK(\"http://example.dk\")");
		assertThat(csv.get(0).toList()).containsExactly(expected.get(0).organisationName(), expected.get(0).number(),
				expected.get(0).name().replaceFirst("^=", "'="), expected.get(0).address(), "Aarhus", "Region Midtjylland",
				String.valueOf(expected.get(0).homes()), "");
		assertReadInChunks(DEPARTMENTS);

		var xlsx = export("/afdelinger/eksport", "xlsx", "organisation", String.valueOf(organisation));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(DEPARTMENTS);
			var numbers = new ArrayList<String>();
			for (int r = 1; r <= DEPARTMENTS; r++) {
				numbers.add(sheet.getRow(r).getCell(1).getStringCellValue());
			}
			assertThat(numbers).containsExactlyElementsOf(numbers(expected));
			assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void listsAndExportsNamesInDanishAlphabeticalOrderFromTheIndexAndTheSameRowsWhileItIsRebuilt() throws Exception {
		long organisation = newOrganisation();
		var names = List.of("Åparken", "Zinniahaven", "bakkehuset", "Ørneparken", "Bakkegården", "Æblehaven");
		for (int i = 0; i < names.size(); i++) {
			actors.createDepartment(organisation,
					new DepartmentDetails(String.valueOf(i + 1), names.get(i), "Parkvej " + i, 751, 10, null));
		}
		var filter = new DepartmentFilter(null, null, null, organisation, null);
		var danish = List.of("Bakkegården", "bakkehuset", "Zinniahaven", "Æblehaven", "Ørneparken", "Åparken");

		assertThat(directory.departments(filter, PageRequest.of(0, 10)).getContent()).extracting(DepartmentRow::name)
			.containsExactlyElementsOf(danish);
		assertThat(csv(export("/afdelinger/eksport", "csv", "organisation", String.valueOf(organisation))))
			.extracting(r -> r.get(2))
			.containsExactlyElementsOf(danish);

		indexState.whole(false);
		try {
			var fromDatabase = directory.departments(filter, PageRequest.of(0, 10));
			assertThat(fromDatabase.getContent()).extracting(DepartmentRow::name)
				.containsExactlyInAnyOrderElementsOf(danish);
			assertThat(fromDatabase.getTotalElements()).isEqualTo(danish.size());
		}
		finally {
			indexState.whole(true);
		}
	}

	@Test
	void exportsEveryOrganisationAndPartnerOfTheListsInTheirOrder() throws Exception {
		var organisations = directory.organisations(new OrganisationFilter(null, null, null, null, null),
				Pageable.unpaged()).getContent();
		assertThat(csv(export("/organisationer/eksport", "csv"))).extracting(r -> r.get(0))
			.containsExactlyElementsOf(organisations.stream().map(OrganisationRow::name).map(this::guarded).toList());
		assertThat(csv(export("/organisationer/eksport", "csv"))).extracting(r -> r.get(7))
			.containsExactlyElementsOf(organisations.stream().map(o -> String.valueOf(o.homes())).toList());

		var partners = directory.partners(new PartnerFilter(null, null, null, null, null), Pageable.unpaged(),
				Locale.forLanguageTag("da")).getContent();
		assertThat(csv(export("/partnere/eksport", "csv"))).extracting(r -> r.get(0))
			.containsExactlyElementsOf(partners.stream().map(PartnerRow::name).map(this::guarded).toList());
	}

	/**
	 * The departments were read by statements that ran once a chunk, each time for no more than a chunk and the row
	 * that tells whether more follow: by their ids (as one array where the database takes one) in the order the search index gave (or, while the
	 * index is rebuilt, page by page in the database's order).
	 */
	private void assertReadInChunks(int rows) {
		var reads = SqlStatements.recorded().stream()
			.filter(sql -> sql.contains("from department") && (sql.contains("order by")
					|| sql.contains(".id in (") || sql.matches("(?s).*\\bany ?\\(.*")))
			.toList();
		int chunks = (rows + chunkSize - 1) / chunkSize;
		assertThat(reads).as("chunks read, by %s", SqlStatements.recorded()).hasSize(chunks);
		assertThat(statistics.getEntityStatistics(Department.class.getName()).getLoadCount()).isBetween((long) rows,
				(long) chunks * (chunkSize + 1));
	}

	/** A housing organisation with a name and a CVR number nobody else has. */
	private long newOrganisation() {
		return TestOrganisations.create(actors, "Boligselskabet Eksporten " + UUID.randomUUID(), null);
	}

	private byte[] export(String path, String format, String... parameters) throws Exception {
		var request = get(path).param("format", format);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static List<CSVRecord> csv(byte[] content) throws IOException {
		var text = new String(content, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	private static List<String> numbers(List<DepartmentRow> rows) {
		return rows.stream().map(DepartmentRow::number).toList();
	}

	private String guarded(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
