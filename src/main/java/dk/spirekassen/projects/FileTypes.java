package dk.spirekassen.projects;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a toolbox accepts: PDF, DOCX, XLSX, images and CSV, told apart by their content (Tika's magic bytes, with
 * the name only refining a type the content already shows; a DOCX or XLSX must also hold its document or workbook),
 * and file names made safe to store and send back.
 */
final class FileTypes {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The content type of the main part an Office document of each type must hold. */
	private static final Map<String, String> MAIN_PARTS = Map.of(
			DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
			XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");

	private static final Map<String, String> ALLOWED = Map.of(
			"application/pdf", "pdf",
			DOCX, "docx",
			XLSX, "xlsx",
			"image/png", "png",
			"image/jpeg", "jpg",
			"image/gif", "gif",
			"image/webp", "webp",
			"text/csv", "csv");

	private static final Tika TIKA = new Tika();

	private FileTypes() {
	}

	/**
	 * The content type if the file's content is one the toolbox accepts. Only the first bytes are read for the
	 * type, and a ZIP file (so an Office document) is opened from the file (its entries are read as needed, not
	 * held in memory).
	 */
	static Optional<String> detect(Path content, String fileName) {
		String type;
		try (var in = TikaInputStream.get(content)) {
			type = TIKA.detect(in, fileName == null ? "" : fileName);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (!ALLOWED.containsKey(type)) {
			return Optional.empty();
		}
		// The magic bytes of a DOCX or XLSX are those of any ZIP file, and the name does the rest: open it as an
		// Office package (POI guards against ZIP bombs) and look for the document or workbook inside.
		if (MAIN_PARTS.containsKey(type) && !holdsMainPart(content, MAIN_PARTS.get(type))) {
			return Optional.empty();
		}
		return Optional.of(type);
	}

	private static boolean holdsMainPart(Path content, String mainPartType) {
		OPCPackage office = null;
		try {
			office = OPCPackage.open(content.toFile(), PackageAccess.READ);
			return !office.getPartsByContentType(mainPartType).isEmpty();
		}
		catch (InvalidFormatException | RuntimeException ex) {
			return false;
		}
		finally {
			if (office != null) {
				office.revert();
			}
		}
	}

	/**
	 * A file name without a path, control characters or characters that mean something to a shell or a browser,
	 * ending in the extension of its detected type.
	 */
	static String sanitise(String fileName, String contentType) {
		var name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		int dot = name.lastIndexOf('.');
		var base = dot > 0 ? name.substring(0, dot) : name;
		base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("\\s+", " ").replaceAll("^[ ._-]+", "").strip();
		if (base.length() > 120) {
			base = base.substring(0, 120).strip();
		}
		if (base.isEmpty()) {
			base = "fil";
		}
		return base + "." + ALLOWED.get(contentType).toLowerCase(Locale.ROOT);
	}
}
