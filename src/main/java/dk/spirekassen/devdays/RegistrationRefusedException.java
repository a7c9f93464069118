package dk.spirekassen.devdays;

/**
 * A registration or a change of seats the rules refuse, with the form field it concerns (or {@code null}) and the
 * message key that says why.
 */
public class RegistrationRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	public RegistrationRefusedException(String field, String messageKey, Object... args) {
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
