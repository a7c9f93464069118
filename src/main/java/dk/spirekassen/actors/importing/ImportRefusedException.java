package dk.spirekassen.actors.importing;

/**
 * The import cannot be carried out as asked; the message key says why, in words for the user.
 */
class ImportRefusedException extends RuntimeException {

	private final String messageKey;

	ImportRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
