package dk.spirekassen.projects;

/**
 * Who may see a project: everyone, the member organisations (and its participants), or its participants only.
 * The secretariat sees every project.
 */
public enum Visibility {
	PUBLIC, MEMBERS, PARTICIPANTS
}
