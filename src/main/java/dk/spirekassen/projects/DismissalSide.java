package dk.spirekassen.projects;

/**
 * Who said a suggestion is not relevant: the partner it was suggested to, or the project whose need it was.
 */
public enum DismissalSide {
	PARTNER, PROJECT
}
