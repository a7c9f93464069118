package dk.spirekassen.shared;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a table as CSV (semicolon-separated UTF-8 with a byte order mark, as Danish Excel expects) or as XLSX.
 * <p>
 * The rows come as a stream and are written as they come: a CSV row goes to the output before the next one is
 * read, and an XLSX row goes to a compressed temporary file once {@value #XLSX_WINDOW} newer rows have followed it.
 * So an export holds a bounded number of rows, however long the table, when its stream reads them lazily. The
 * stream is closed when the table is written, or when writing fails.
 */
public final class TableExport {

	public enum Format {
		CSV, XLSX
	}

	/** The rows of a sheet kept in memory while an XLSX file is written. */
	static final int XLSX_WINDOW = 200;

	private TableExport() {
	}

	public static Format format(String value) {
		return "xlsx".equalsIgnoreCase(value) ? Format.XLSX : Format.CSV;
	}

	/**
	 * Sets the headers of a download named {@code baseName} with the format's extension, then writes the table to
	 * the response as the rows come.
	 */
	public static void write(HttpServletResponse response, Format format, String baseName, List<String> headers,
			Stream<? extends List<?>> rows) throws IOException {
		var fileName = baseName + (format == Format.XLSX ? ".xlsx" : ".csv");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		if (format == Format.XLSX) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			writeXlsx(response.getOutputStream(), "Data", headers, rows);
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			writeCsv(response.getOutputStream(), headers, rows);
		}
	}

	/** Writes CSV: a byte order mark, the headers, then each row as it comes. Leaves the output open. */
	public static void writeCsv(OutputStream out, List<String> headers, Stream<? extends List<?>> rows)
			throws IOException {
		try (rows) {
			var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			var printer = new CSVPrinter(writer,
					CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(headers.toArray(String[]::new)).get());
			eachRow(rows, row -> printer.printRecord(row.stream().map(TableExport::safeCell)));
			printer.flush();
		}
	}

	/** Keeps a spreadsheet from reading a cell as a formula (CSV injection). */
	private static Object safeCell(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	/**
	 * Writes a workbook of one sheet: the headers in bold, then the rows, numbers as numbers. The temporary files
	 * of the rows are deleted when the workbook is written, and when writing fails. Leaves the output open.
	 */
	public static void writeXlsx(OutputStream out, String sheetName, List<String> headers,
			Stream<? extends List<?>> rows) throws IOException {
		// Closing the workbook deletes its temporary files, whether it was written or not.
		try (rows; var workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
			workbook.setCompressTempFiles(true);
			var sheet = workbook.createSheet(sheetName);
			var bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			var header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				var cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
			}
			int[] next = { 1 };
			eachRow(rows, row -> {
				var line = sheet.createRow(next[0]++);
				for (int i = 0; i < row.size(); i++) {
					var value = row.get(i);
					if (value instanceof Number number) {
						line.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						line.createCell(i).setCellValue(String.valueOf(value));
					}
				}
			});
			workbook.write(out);
		}
	}

	/** Writes one row. */
	@FunctionalInterface
	private interface RowWriter {

		void write(List<?> row) throws IOException;
	}

	/** Hands each row to the writer in order, letting the writer's {@link IOException} through as it is. */
	private static void eachRow(Stream<? extends List<?>> rows, RowWriter writer) throws IOException {
		try {
			rows.forEachOrdered(row -> {
				try {
					writer.write(row);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}
}
