package dk.spirekassen.shared;

/** What a document in the search index is. */
public enum SearchKind {
	PROJECT, NEED, FILE, ORGANISATION, DEPARTMENT, PARTNER, PERSON, DAY, IDEA, GROUP
}
