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
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (semicolon-separated UTF-8 with a byte order mark, as Danish Excel expects) or as XLSX.
 */
public final class TableExport {

	public enum Format {
		CSV, XLSX
	}

	private TableExport() {
	}

	public static Format format(String value) {
		return "xlsx".equalsIgnoreCase(value) ? Format.XLSX : Format.CSV;
	}

	public static void write(HttpServletResponse response, Format format, String baseName, List<String> headers,
			List<List<Object>> rows) throws IOException {
		var fileName = baseName + (format == Format.XLSX ? ".xlsx" : ".csv");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		if (format == Format.XLSX) {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			writeXlsx(response.getOutputStream(), "Data", headers, rows);
		}
		else {
			response.setContentType("text/csv;charset=UTF-8");
			writeCsv(response, headers, rows);
		}
	}

	private static void writeCsv(HttpServletResponse response, List<String> headers, List<List<Object>> rows)
			throws IOException {
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (var printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(headers.toArray(String[]::new)).get())) {
			for (var row : rows) {
				printer.printRecord(row.stream().map(TableExport::safeCell).toList());
			}
		}
	}

	/** Keeps a spreadsheet from reading a cell as a formula (CSV injection). */
	private static Object safeCell(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	/** Writes a workbook of one sheet: the headers in bold, then the rows, numbers as numbers. */
	public static void writeXlsx(OutputStream out, String sheetName, List<String> headers, List<List<Object>> rows)
			throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
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
			int r = 1;
			for (var row : rows) {
				var line = sheet.createRow(r++);
				for (int i = 0; i < row.size(); i++) {
					var value = row.get(i);
					if (value instanceof Number number) {
						line.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						line.createCell(i).setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}
}
