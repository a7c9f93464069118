package dk.spirekassen.actors;

/**
 * A change that breaks a rule of the directory, such as a CVR number already in use. Names the field and a
 * message key so the form can show the reason next to the field.
 */
public class DirectoryConflictException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public DirectoryConflictException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
