package dk.spirekassen.projects;

/**
 * Whether a need is still open.
 */
public enum NeedStatus {
	OPEN, MET
}
