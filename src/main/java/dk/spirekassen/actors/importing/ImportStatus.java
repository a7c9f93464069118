package dk.spirekassen.actors.importing;

/**
 * Where an import is: checked and waiting for the user's choice, being written, written, or failed (nothing
 * written).
 */
public enum ImportStatus {
	VALIDATED, RUNNING, DONE, FAILED
}
