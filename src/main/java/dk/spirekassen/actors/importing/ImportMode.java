package dk.spirekassen.actors.importing;

/**
 * What the user chose to import: the whole file (allowed only when it has no problems) or only its valid rows.
 */
public enum ImportMode {
	ALL, VALID_ONLY
}
