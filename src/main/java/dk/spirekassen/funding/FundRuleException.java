package dk.spirekassen.funding;

import dk.spirekassen.shared.RefusedException;

/** A step the seed fund's rules refuse, with the form field it concerns and the message key that says why. */
public class FundRuleException extends RefusedException {

	public FundRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}
}
