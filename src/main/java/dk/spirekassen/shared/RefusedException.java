package dk.spirekassen.shared;

/**
 * A change the business rules refuse, with the form field it concerns (or {@code null}) and the message key, with
 * its arguments, that says why in the user's language.
 */
public class RefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public RefusedException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
