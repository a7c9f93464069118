package dk.spirekassen.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV and XLSX writer takes its rows as a lazy stream and writes them as they come, so that an export holds a
 * bounded number of rows however long the table.
 */
class TableExportTests {

	private static final List<String> HEADERS = List.of("Navn", "Antal", "Note");

	@Test
	void writesAMillionCsvRowsAsTheyComeWithoutHoldingThem() throws IOException {
		int rows = 1_000_000;
		var out = new CountingOutputStream();
		var source = new Source(rows, out);

		TableExport.writeCsv(out, HEADERS, source.rows());

		assertThat(source.produced).isEqualTo(rows);
		assertThat(out.count).isGreaterThan(30L * rows);
		// When the last row was made, all but the writer's buffer had gone out already.
		assertThat(out.count - source.writtenBeforeLast).isLessThan(64 * 1024);
		assertThat(source.firstRowWasLetGo).as("the first row is not held while later rows are written").isTrue();
	}

	@Test
	void writesXlsxRowsWithoutHoldingThem() throws IOException {
		int rows = 20_000;
		var out = new CountingOutputStream();
		var source = new Source(rows, out);

		TableExport.writeXlsx(out, "Data", HEADERS, source.rows());

		assertThat(source.produced).isEqualTo(rows);
		assertThat(source.firstRowWasLetGo).as("the first row is not held while later rows are written").isTrue();
		assertThat(out.count).isGreaterThan(0);
	}

	@Test
	void csvReadsBackWithItsByteOrderMarkHeadersAndGuardedFormulas() throws IOException {
		var out = new ByteArrayOutputStream();
		TableExport.writeCsv(out, HEADERS, sample(1_000));

		var text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFNavn;Antal;Note");
		var records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(records).hasSize(1_000);
		assertThat(records.get(0).toList()).containsExactly("Række 0", "0", "'=SUM(A1:A9)");
		assertThat(records.get(1).toList()).containsExactly("Række 1", "1", "");
		assertThat(records.get(999).toList()).containsExactly("Række 999", "999", "");
		assertThat(records.stream().map(CSVRecord::getRecordNumber)).doesNotHaveDuplicates();
	}

	@Test
	void xlsxReadsBackWithNumbersAsNumbersAndEmptyCellsForNothing() throws IOException {
		var out = new ByteArrayOutputStream();
		TableExport.writeXlsx(out, "Data", HEADERS, sample(1_000));

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheet("Data");
			assertThat(sheet.getLastRowNum()).isEqualTo(1_000);
			var header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Navn");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			var first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Række 0");
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
			var last = sheet.getRow(1_000);
			assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Række 999");
			assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(999);
			assertThat(last.getCell(2)).isNull();
		}
	}

	@Test
	void xlsxTemporaryFilesAreDeletedAndTheRowsClosedWhenTheRowsFail() {
		var before = sheetFiles();
		var closed = new AtomicBoolean();
		var failing = IntStream.range(0, 1_000).<List<Object>>mapToObj(i -> {
			if (i == 900) {
				throw new IllegalStateException("the database went away");
			}
			return List.of("Række " + i, i);
		}).onClose(() -> closed.set(true));

		assertThatThrownBy(() -> TableExport.writeXlsx(OutputStream.nullOutputStream(), "Data", HEADERS, failing))
			.hasMessage("the database went away");

		assertThat(closed).isTrue();
		assertThat(sheetFiles()).isSubsetOf(before);
	}

	@Test
	void xlsxTemporaryFilesAreDeletedWhenTheClientGoesAway() {
		var before = sheetFiles();
		var gone = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("Broken pipe");
			}
		};

		assertThatThrownBy(() -> TableExport.writeXlsx(gone, "Data", HEADERS, sample(1_000)))
			.isInstanceOf(IOException.class);

		assertThat(sheetFiles()).isSubsetOf(before);
	}

	/** Rows with a formula to guard in the first, numbers, and an empty cell in the others. */
	private static Stream<List<Object>> sample(int rows) {
		return IntStream.range(0, rows)
			.mapToObj(i -> Arrays.<Object>asList("Række " + i, i, i == 0 ? "=SUM(A1:A9)" : null));
	}

	/** The temporary files of SXSSF sheets now in POI's temporary directory. */
	private static List<String> sheetFiles() {
		var files = new File(System.getProperty("java.io.tmpdir"), "poifiles")
			.list((dir, name) -> name.startsWith("poi-sxssf-sheet"));
		return files == null ? List.of() : List.of(files);
	}

	/** Makes rows one at a time, never all of them, and notes what had been written when. */
	private static final class Source {

		private final int rows;

		private final CountingOutputStream out;

		private int produced;

		private long writtenBeforeLast;

		private boolean firstRowWasLetGo;

		private WeakReference<List<Object>> first;

		Source(int rows, CountingOutputStream out) {
			this.rows = rows;
			this.out = out;
		}

		Stream<List<Object>> rows() {
			return IntStream.range(0, rows).mapToObj(this::row);
		}

		private List<Object> row(int i) {
			produced++;
			if (i == rows / 2) {
				System.gc();
				firstRowWasLetGo = first.get() == null;
			}
			if (i == rows - 1) {
				writtenBeforeLast = out.count;
			}
			List<Object> row = Arrays.asList("Organisation nummer " + i, i, i % 7 == 0 ? "-minus" : "note");
			if (i == 0) {
				first = new WeakReference<>(row);
			}
			return row;
		}
	}

	private static final class CountingOutputStream extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}
}
