package dk.spirekassen.actors.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a CSV file or of the first sheet of an XLSX file as text cells, each row with its line number
 * as a spreadsheet shows it. The format is told by the content, not by the file name. CSV is read as UTF-8 (a byte
 * order mark is dropped; text that is not UTF-8 is read as Windows-1252, which Danish Excel writes) with ';' or ','
 * between cells, whichever the first line uses. Both are streamed from a temporary copy of the upload, so a large file
 * is never held in memory whole, and whole numbers come out without decimals ("12345678", not "1.2345678E7" or
 * "12345678.0").
 */
final class SpreadsheetReader {

	private static final Logger log = LoggerFactory.getLogger(SpreadsheetReader.class);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** How much of a CSV file's text is looked at to tell binary from text and to find the separator. */
	private static final int START_LENGTH = 64 * 1024;

	/**
	 * Takes the rows of a file one at a time.
	 */
	@FunctionalInterface
	interface RowHandler {

		/** Takes one row (blank rows included); returns whether to go on reading. */
		boolean row(int line, List<String> cells);
	}

	private SpreadsheetReader() {
	}

	/**
	 * Reads the rows of a file from the stream. The stream is copied to a temporary file first, which is deleted
	 * again, so that neither the file nor its text is ever held in memory whole.
	 */
	static void read(InputStream content, RowHandler handler) throws UnreadableFileException {
		Path file = null;
		try {
			file = Files.createTempFile("spirekassen-import-", ".upload");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			read(file, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void read(Path file, RowHandler handler) throws UnreadableFileException, IOException {
		var start = new byte[OLE2.length];
		int length;
		try (var in = Files.newInputStream(file)) {
			length = in.readNBytes(start, 0, start.length);
		}
		if (length == 0) {
			throw new UnreadableFileException("import.file.empty");
		}
		if (startsWith(start, length, ZIP)) {
			readXlsx(file, handler);
		}
		else if (startsWith(start, length, OLE2)) {
			throw new UnreadableFileException("import.file.oldExcel");
		}
		else {
			readCsv(file, startsWith(start, length, UTF8_BOM), handler);
		}
	}

	// --- CSV

	private static void readCsv(Path file, boolean byteOrderMark, RowHandler handler)
			throws UnreadableFileException, IOException {
		var charset = isUtf8(file, byteOrderMark) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		try (var text = new BufferedReader(new InputStreamReader(open(file, byteOrderMark), charset))) {
			text.mark(START_LENGTH);
			var start = start(text);
			text.reset();
			if (looksBinary(start)) {
				throw new UnreadableFileException("import.file.unreadable");
			}
			var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(start)).setIgnoreEmptyLines(false).get();
			readCsv(CSVParser.builder().setReader(text).setFormat(format).get(), handler);
		}
	}

	private static void readCsv(CSVParser parser, RowHandler handler) throws UnreadableFileException, IOException {
		try (parser) {
			Iterator<CSVRecord> records = parser.iterator();
			long previousEnd = 0;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						return;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					log.debug("CSV not readable after line {}", previousEnd, ex);
					throw new UnreadableFileException("import.file.csvSyntax", String.valueOf(previousEnd + 1));
				}
				int line = (int) previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				if (!handler.row(line, record.toList())) {
					return;
				}
			}
		}
	}

	/** The file's bytes after the byte order mark, if it has one. */
	private static InputStream open(Path file, boolean byteOrderMark) throws IOException {
		var in = Files.newInputStream(file);
		if (byteOrderMark) {
			in.skipNBytes(UTF8_BOM.length);
		}
		return in;
	}

	/** Whether the whole file is UTF-8; if not, it is read as Windows-1252, which Danish Excel writes. */
	private static boolean isUtf8(Path file, boolean byteOrderMark) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (var text = new InputStreamReader(open(file, byteOrderMark), decoder)) {
			var buffer = new char[8192];
			while (text.read(buffer) >= 0) {
				// Only whether it decodes matters.
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The first characters of the text, as many as {@value #START_LENGTH} or all there are. */
	private static String start(Reader text) throws IOException {
		var buffer = new char[START_LENGTH];
		int length = 0;
		int read;
		while (length < buffer.length && (read = text.read(buffer, length, buffer.length - length)) >= 0) {
			length += read;
		}
		return new String(buffer, 0, length);
	}

	/** Control characters other than tab and line breaks near the start mean the file is not text. */
	private static boolean looksBinary(String text) {
		int end = Math.min(text.length(), 8192);
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
				return true;
			}
		}
		return false;
	}

	/** The separator the first non-blank line uses most, outside quotes: ';' or ','. */
	static char delimiter(String text) {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		boolean seenText = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (seenText) {
					break;
				}
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			if (!Character.isWhitespace(c)) {
				seenText = true;
			}
		}
		return semicolons >= commas && semicolons > 0 ? ';' : ',';
	}

	// --- XLSX

	private static void readXlsx(Path file, RowHandler handler) throws UnreadableFileException {
		try {
			try (var workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				var reader = new XSSFReader(workbook);
				var strings = new ReadOnlySharedStringsTable(workbook, false);
				var styles = reader.getStylesTable();
				var sheets = reader.getSheetsData();
				if (!sheets.hasNext()) {
					throw new UnreadableFileException("import.file.empty");
				}
				try (var sheet = sheets.next()) {
					var xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new SheetRows(handler),
							new WholeNumberFormatter(), false));
					xml.parse(new InputSource(sheet));
				}
				catch (RuntimeException ex) {
					if (!isStop(ex)) {
						throw ex;
					}
				}
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// A zip that is not a workbook, a damaged workbook or a zip bomb: all are files we cannot read.
			log.debug("XLSX not readable", ex);
			throw new UnreadableFileException("import.file.xlsxUnreadable");
		}
	}

	private static boolean isStop(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof StopReading) {
				return true;
			}
		}
		return false;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", file, ex);
			}
		}
	}

	private static boolean startsWith(byte[] content, int length, byte[] prefix) {
		return length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** Hands the rows of a sheet on as lists of cells, with empty cells where the sheet skips some. */
	private static final class SheetRows implements SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		SheetRows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? cells.size() : column(cellReference);
			while (cells.size() < column) {
				cells.add("");
			}
			if (column < cells.size()) {
				cells.set(column, formattedValue);
			}
			else {
				cells.add(formattedValue);
			}
		}

		/** The zero-based column of a reference such as "AB12"; cheaper than parsing a CellReference. */
		private static int column(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = Character.toUpperCase(reference.charAt(i));
				if (c < 'A' || c > 'Z') {
					break;
				}
				column = column * 26 + (c - 'A' + 1);
			}
			return column - 1;
		}

		@Override
		public void endRow(int rowNum) {
			if (!handler.row(rowNum + 1, List.copyOf(cells))) {
				throw new StopReading();
			}
		}
	}

	/** Formats whole numbers as plain digits, whatever the cell's number format; dates and fractions as usual. */
	private static final class WholeNumberFormatter extends DataFormatter {

		WholeNumberFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (!DateUtil.isADateFormat(formatIndex, formatString) && value == Math.rint(value)
					&& Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}
	}

	/** Stops reading a sheet when the row handler has had enough. */
	private static final class StopReading extends RuntimeException {

		StopReading() {
			super(null, null, false, false);
		}
	}
}
