package dk.spirekassen.projects;

/**
 * What a project is looking for.
 */
public enum NeedKind {
	KNOWLEDGE, EXPERIENCE, FUNDS, VOLUNTEERING, PARTNER
}
