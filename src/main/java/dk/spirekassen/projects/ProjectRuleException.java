package dk.spirekassen.projects;

import dk.spirekassen.shared.RefusedException;

/**
 * A change a project's rules refuse, with the form field it concerns and the message key that says why.
 */
public class ProjectRuleException extends RefusedException {

	public ProjectRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}
}
