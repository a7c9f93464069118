package dk.spirekassen.projects;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The text of a toolbox file, for the search index: what Tika reads from a PDF, a Word document, a spreadsheet or a
 * CSV file, up to {@link #LIMIT} characters. The file is read from disk as Tika needs it, never held whole in memory,
 * and reading stops at the limit, so a large file costs no more memory than a small one with that much text. Reading
 * also stops after {@link #TIME_LIMIT}, keeping the text read so far, so that an upload does not wait long for a file
 * that is slow to read. (The time is checked as text comes out: a parser that works long without giving any is not
 * stopped; Tika itself guards against compressed bombs.)
 * Images have no text here (there is no OCR). A file that cannot be read (encrypted, damaged) simply has no text.
 */
final class FileText {

	/** The most characters of a file's text kept; the column {@code project_file.text} holds this many. */
	static final int LIMIT = 200_000;

	/** The longest a file's text is read for. */
	static final Duration TIME_LIMIT = Duration.ofSeconds(20);

	private static final Logger log = LoggerFactory.getLogger(FileText.class);

	private static final Parser PARSER = new AutoDetectParser();

	/** Control characters but line breaks and tabs; PostgreSQL refuses NUL in text. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

	private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private FileText() {
	}

	/**
	 * The text of the file, up to {@code limit} characters, or null when it has none or cannot be read. The file
	 * name and content type (as detected on upload) only help Tika choose its parser.
	 */
	static String of(Path content, String fileName, String contentType, int limit, Duration timeLimit) {
		if (contentType == null || contentType.startsWith("image/")) {
			return null;
		}
		var text = new BodyContentHandler(limit);
		var metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		metadata.set(Metadata.CONTENT_TYPE, contentType);
		try (var in = TikaInputStream.get(content)) {
			PARSER.parse(in, new Deadline(text, timeLimit), metadata, context());
		}
		catch (Exception ex) {
			if (Deadline.reached(ex)) {
				log.info("Text of toolbox file {} ({}) read for {} s only", fileName, contentType,
						timeLimit.toSeconds());
			}
			else if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				log.warn("No text read from toolbox file {} ({}): {}", fileName, contentType, ex.toString());
				return null;
			}
		}
		return clean(text.toString());
	}

	/** As {@link #of(Path, String, String, int, Duration)}, up to {@link #LIMIT} and {@link #TIME_LIMIT}. */
	static String of(Path content, String fileName, String contentType) {
		return of(content, fileName, contentType, LIMIT, TIME_LIMIT);
	}

	private static ParseContext context() {
		var office = new OfficeParserConfig();
		// Word documents read as a stream of parts, as spreadsheets already are, not as one tree in memory.
		office.setUseSAXDocxExtractor(true);
		var context = new ParseContext();
		context.set(OfficeParserConfig.class, office);
		return context;
	}

	/** Stops the parser with {@link Reached} once the time is up, when it next gives text or an element. */
	private static final class Deadline extends ContentHandlerDecorator {

		private static final class Reached extends SAXException {

			Reached() {
				super("time limit reached");
			}
		}

		private final long deadline;

		Deadline(ContentHandler handler, Duration timeLimit) {
			super(handler);
			this.deadline = System.nanoTime() + timeLimit.toNanos();
		}

		static boolean reached(Throwable ex) {
			for (var cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof Reached) {
					return true;
				}
			}
			return false;
		}

		private void check() throws SAXException {
			if (System.nanoTime() - deadline > 0) {
				throw new Reached();
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			check();
			super.characters(ch, start, length);
		}

		@Override
		public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
			check();
			super.startElement(uri, localName, name, atts);
		}
	}

	/** Without control characters, trailing spaces and runs of blank lines; null when nothing is left. */
	private static String clean(String text) {
		var cleaned = CONTROL.matcher(text).replaceAll(" ");
		cleaned = TRAILING_SPACE.matcher(cleaned).replaceAll("\n");
		cleaned = BLANK_LINES.matcher(cleaned).replaceAll("\n\n").strip();
		if (!cleaned.isEmpty() && Character.isHighSurrogate(cleaned.charAt(cleaned.length() - 1))) {
			// the limit cut a character in two
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		return cleaned.isEmpty() ? null : cleaned;
	}
}
