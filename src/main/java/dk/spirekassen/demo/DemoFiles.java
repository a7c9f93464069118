package dk.spirekassen.demo;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.shared.TableExport;

/**
 * Small but real toolbox files for the demo projects: one-page PDFs, Word documents and spreadsheets (written as
 * the application's own exports are) that a content check recognises for what they are.
 */
final class DemoFiles {

	private static final Charset WIN_ANSI = Charset.forName("windows-1252");

	private static final int LINE_WIDTH = 88;

	private DemoFiles() {
	}

	/** A one-page PDF with a title and lines of text in Helvetica, wrapped to the page. */
	static byte[] pdf(String title, List<String> paragraphs) {
		var text = new StringBuilder("BT /F1 16 Tf 56 780 Td (").append(escape(title)).append(") Tj")
			.append(" /F1 10 Tf 14 TL 0 -30 Td");
		for (var paragraph : paragraphs) {
			for (var line : wrap(paragraph)) {
				text.append(" (").append(escape(line)).append(") Tj T*");
			}
			text.append(" T*");
		}
		text.append(" ET");
		var stream = text.toString().getBytes(WIN_ANSI);
		var objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
						+ "/Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
		var out = new ByteArrayOutputStream();
		var offsets = new ArrayList<Integer>();
		write(out, "%PDF-1.4\n");
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		offsets.add(out.size());
		write(out, "5 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
		out.writeBytes(stream);
		write(out, "\nendstream\nendobj\n");
		int xref = out.size();
		var table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
		offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
		write(out, table + "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	/** A Word document with a bold title and one paragraph per line. */
	static byte[] docx(String title, List<String> paragraphs) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var heading = document.createParagraph().createRun();
			heading.setBold(true);
			heading.setFontSize(16);
			heading.setText(title);
			for (var paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A spreadsheet with one sheet: a header row in bold, then rows of text and numbers. */
	static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
		var out = new ByteArrayOutputStream();
		try {
			TableExport.writeXlsx(out, sheetName, header, rows.stream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static List<String> wrap(String paragraph) {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : paragraph.split("\\s+")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_WIDTH) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(WIN_ANSI));
	}
}
