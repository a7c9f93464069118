package dk.spirekassen.actors;

/**
 * A person's role in the association itself, if any.
 */
public enum AssociationRole {
	CHAIR, BOARD, EXECUTIVE_COMMITTEE, SECRETARIAT_HEAD, SECRETARIAT, ADVISORY_BOARD
}
