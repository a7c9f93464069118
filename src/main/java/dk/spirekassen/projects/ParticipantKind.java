package dk.spirekassen.projects;

/**
 * What takes part in a project: an organisation, a partner, or a person (with a login or only by name).
 */
public enum ParticipantKind {
	ORGANISATION, PARTNER, PERSON
}
