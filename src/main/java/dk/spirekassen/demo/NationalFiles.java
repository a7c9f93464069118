package dk.spirekassen.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dk.spirekassen.demo.NationalWords.pick;

/**
 * The toolbox files of the national-scale data: small PDFs, Word documents, spreadsheets and CSV files whose text
 * is Danish and says something about the project, made as {@link DemoFiles} makes the demo's, so that the upload's
 * content check takes them for what their names say.
 */
final class NationalFiles {

	/** A file's kind: its extension and the content type the content check gives it. */
	enum Kind {
		PDF("pdf", "application/pdf"),
		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		CSV("csv", "text/csv");

		final String extension;

		final String contentType;

		Kind(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}
	}

	/** A file made for a project: its title, name, kind and bytes, and the text they hold, for the search index. */
	record File(String title, String fileName, Kind kind, byte[] content, String text) {
	}

	private static final String[] QUESTIONS = { "Jeg kender mine naboer", "Jeg føler mig tryg, når det er mørkt",
			"Jeg deltager i fællesaktiviteter", "Jeg ved, hvem jeg kan spørge om hjælp",
			"Udearealerne bliver brugt mere end før", "Jeg har fået lavere varmeregning",
			"Jeg vil gerne være frivillig", "Informationen om projektet har været god" };

	private static final String[] BUDGET_ITEMS = { "Projektledelse", "Materialer", "Aktiviteter og forplejning",
			"Rådgivning", "Evaluering", "Kommunikation", "Frivilligpleje", "Uforudsete udgifter" };

	private NationalFiles() {
	}

	/** A file of the given kind about the project's topic, in the words of its theme. */
	static File make(Random random, Kind kind, String projectTitle, String theme) {
		var topic = NationalWords.topic(random, theme);
		var title = pick(random, NationalWords.FILE_TITLES).formatted(topic);
		title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
		var fileName = truncate(NationalWords.slug(title), 80) + "." + kind.extension;
		var paragraphs = new ArrayList<String>();
		paragraphs.add("Fra projektet " + projectTitle + ".");
		int count = 3 + random.nextInt(5);
		for (int i = 0; i < count; i++) {
			paragraphs.add(NationalWords.fileParagraph(random, theme));
		}
		var table = table(random, topic);
		byte[] content = switch (kind) {
			case PDF -> DemoFiles.pdf(title, paragraphs);
			case DOCX -> DemoFiles.docx(title, paragraphs);
			case XLSX -> DemoFiles.xlsx(truncate(table.sheet(), 31), table.header(), table.rows());
			case CSV -> csv(table.header(), table.rows());
		};
		var text = switch (kind) {
			case PDF, DOCX -> title + "\n\n" + String.join("\n\n", paragraphs);
			case XLSX, CSV -> text(table);
		};
		return new File(title, fileName, kind, content, text);
	}

	private record Table(String sheet, List<String> header, List<List<Object>> rows) {
	}

	private static Table table(Random random, String topic) {
		var rows = new ArrayList<List<Object>>();
		switch (random.nextInt(3)) {
			case 0 -> {
				for (var question : QUESTIONS) {
					rows.add(List.of(question, 1 + random.nextInt(5), 1 + random.nextInt(5), ""));
				}
				return new Table("Spørgeskema", List.of("Spørgsmål", "Før (1–5)", "Efter (1–5)", "Bemærkning"), rows);
			}
			case 1 -> {
				for (var item : BUDGET_ITEMS) {
					rows.add(List.of(item, 5_000 * (1 + random.nextInt(60)), "Vedrører " + topic));
				}
				return new Table("Budget", List.of("Post", "Beløb (kr.)", "Note"), rows);
			}
			default -> {
				for (var indicator : NationalWords.INDICATORS.subList(0, 6 + random.nextInt(8))) {
					rows.add(List.of(indicator.name(), indicator.unit(), Math.round(indicator.low()),
							Math.round(indicator.high())));
				}
				return new Table("Måleskema", List.of("Indikator", "Enhed", "Basislinje", "Mål"), rows);
			}
		}
	}

	/** A table's text as a reader of the file sees it: the header, then one line per row, cells apart by tabs. */
	private static String text(Table table) {
		var lines = new ArrayList<String>();
		lines.add(String.join("\t", table.header()));
		table.rows().forEach(row -> lines.add(String.join("\t", row.stream().map(String::valueOf).toList())));
		return String.join("\n", lines);
	}

	/** A CSV file as the application's own exports write them: UTF-8 with a byte order mark, semicolons. */
	private static byte[] csv(List<String> header, List<List<Object>> rows) {
		var text = new StringWriter();
		text.write('\uFEFF');
		try (var printer = new CSVPrinter(text,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).get())) {
			for (var row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length).replaceAll("-$", "");
	}
}
