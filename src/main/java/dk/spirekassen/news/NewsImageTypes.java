package dk.spirekassen.news;

import org.apache.tika.Tika;

import java.util.Optional;
import java.util.Set;

/** The images a post may carry, told apart by their content (Tika's magic bytes), never by a name or a header. */
final class NewsImageTypes {

	private static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	private static final Tika TIKA = new Tika();

	private NewsImageTypes() {
	}

	/** The image's content type, if its content is a PNG, JPEG, GIF or WebP image. */
	static Optional<String> detect(byte[] content) {
		var type = TIKA.detect(content);
		return ALLOWED.contains(type) ? Optional.of(type) : Optional.empty();
	}
}
