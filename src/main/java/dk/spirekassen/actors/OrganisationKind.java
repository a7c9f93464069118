package dk.spirekassen.actors;

/**
 * What kind of organisation an organisation is.
 */
public enum OrganisationKind {
	/** An almen boligorganisation, owning departments. */
	HOUSING,
	/** An administration organisation that administers housing organisations. */
	ADMINISTRATION,
	/** The association itself. */
	ASSOCIATION
}
