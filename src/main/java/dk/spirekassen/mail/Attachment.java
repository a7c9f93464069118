package dk.spirekassen.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with an email: its file name, its media type (for example {@code text/calendar}) and its bytes.
 */
public record Attachment(String name, String contentType, byte[] content) {

	public Attachment {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(contentType, "contentType");
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Attachment that && name.equals(that.name) && contentType.equals(that.contentType)
				&& Arrays.equals(content, that.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, contentType, Arrays.hashCode(content));
	}

	@Override
	public String toString() {
		return "Attachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
	}
}
