package dk.spirekassen.projects;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of toolbox files: read from each kind the toolbox takes, cut at the limit, and none (with one line in
 * the log) from a file that cannot be read.
 */
class FileTextTests {

	private static final String PDF = "application/pdf";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@TempDir
	Path directory;

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void listen() {
		log.start();
		((Logger) LoggerFactory.getLogger(FileText.class)).addAppender(log);
	}

	@AfterEach
	void stopListening() {
		((Logger) LoggerFactory.getLogger(FileText.class)).detachAppender(log);
	}

	@Test
	void readsTheTextOfEachKindTheToolboxTakes() throws Exception {
		var pdf = write("vejledning.pdf", out -> {
			var document = new Document();
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph("Vejledning om ladestandere i afdelingen"));
			document.close();
		});
		var docx = write("skema.docx", out -> {
			try (var document = new XWPFDocument()) {
				document.createParagraph().createRun().setText("Spørgeskema om varmepumper");
				document.write(out);
			}
		});
		var xlsx = write("budget.xlsx", out -> {
			try (var workbook = new XSSFWorkbook()) {
				var row = workbook.createSheet("Budget").createRow(0);
				row.createCell(0).setCellValue("Regnvandsbede");
				row.createCell(1).setCellValue(12_500);
				workbook.write(out);
			}
		});
		var csv = write("tal.csv", out -> out.write("post;beløb\nlegeplads;4000\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(FileText.of(pdf, "vejledning.pdf", PDF)).contains("ladestandere");
		assertThat(FileText.of(docx, "skema.docx", DOCX)).contains("varmepumper");
		assertThat(FileText.of(xlsx, "budget.xlsx", XLSX)).contains("Regnvandsbede");
		assertThat(FileText.of(csv, "tal.csv", "text/csv")).contains("legeplads").contains("beløb");
		assertThat(log.list).isEmpty();
	}

	@Test
	void stopsAtTheLimitAndKeepsTheTextUpToIt() throws Exception {
		int paragraphs = 5_000;
		var docx = write("lang.docx", out -> {
			try (var document = new XWPFDocument()) {
				for (int i = 0; i < paragraphs; i++) {
					document.createParagraph().createRun().setText("Afsnit " + i + " om fælleshuset.");
				}
				document.write(out);
			}
		});
		int limit = 1_000;

		var whole = FileText.of(docx, "lang.docx", DOCX, Integer.MAX_VALUE, FileText.TIME_LIMIT);
		var cut = FileText.of(docx, "lang.docx", DOCX, limit, FileText.TIME_LIMIT);

		assertThat(whole).hasSizeGreaterThan(limit * 10).contains("Afsnit " + (paragraphs - 1) + " ");
		assertThat(cut).isNotBlank().hasSizeLessThanOrEqualTo(limit).contains("fælleshuset");
		assertThat(whole).startsWith(cut);
		assertThat(cut).doesNotContain("Afsnit " + (paragraphs - 1) + " ");
		assertThat(log.list).isEmpty();
	}

	@Test
	void stopsAtTheTimeLimitAndKeepsTheTextReadByThen() throws Exception {
		int rows = 50_000;
		var csv = write("lang.csv", out -> {
			var text = new StringBuilder();
			for (int i = 0; i < rows; i++) {
				text.append("række ").append(i).append(";fælleshuset\n");
			}
			out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		});

		var whole = FileText.of(csv, "lang.csv", "text/csv", Integer.MAX_VALUE, java.time.Duration.ofMinutes(1));
		var timedOut = FileText.of(csv, "lang.csv", "text/csv", Integer.MAX_VALUE, java.time.Duration.ZERO);

		assertThat(whole).contains("række " + (rows - 1) + "\t");
		assertThat(timedOut == null ? "" : timedOut).as("nothing past the time limit")
			.doesNotContain("række " + (rows - 1) + "\t");
		assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Text of toolbox file lang.csv (text/csv) read for 0 s only");
	}

	@Test
	void aFileThatCannotBeReadHasNoTextAndOneWarningWithoutAStackTrace() throws Exception {
		var random = new Random(7);
		var garbage = new byte[64 * 1024];
		random.nextBytes(garbage);
		var pdf = write("beskadiget.pdf", out -> {
			out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
			out.write(garbage);
		});
		var docx = write("beskadiget.docx", out -> {
			out.write(new byte[] { 'P', 'K', 3, 4 });
			out.write(garbage);
		});

		assertThat(FileText.of(pdf, "beskadiget.pdf", PDF)).isNull();
		assertThat(FileText.of(docx, "beskadiget.docx", DOCX)).isNull();

		assertThat(log.list).hasSize(2).allSatisfy(event -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getThrowableProxy()).isNull();
		});
		assertThat(log.list.get(0).getFormattedMessage()).contains("beskadiget.pdf");
	}

	@Test
	void anImageHasNoText() throws Exception {
		var png = write("billede.png", out -> out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
				'\n' }));

		assertThat(FileText.of(png, "billede.png", "image/png")).isNull();
	}

	private Path write(String name, Content content) throws IOException {
		var path = directory.resolve(name);
		try (var out = Files.newOutputStream(path)) {
			content.writeTo(out);
		}
		return path;
	}

	private interface Content {

		void writeTo(OutputStream out) throws IOException;
	}
}
