package dk.spirekassen.projects;

/**
 * The three bottom lines a project creates value on.
 */
public enum BottomLine {
	SOCIAL, CLIMATE, ECONOMIC
}
