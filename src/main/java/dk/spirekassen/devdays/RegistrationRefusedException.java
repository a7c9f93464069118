package dk.spirekassen.devdays;

import dk.spirekassen.shared.RefusedException;

/**
 * A registration or a change of seats the rules refuse, with the form field it concerns and the message key that
 * says why.
 */
public class RegistrationRefusedException extends RefusedException {

	public RegistrationRefusedException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}
}
