package dk.spirekassen.shared;

/**
 * Rows were written straight into the database, past the entities (and so past the search index), for example the
 * synthetic national-scale data.
 */
public record RowsWrittenInBulk(String what, long rows) {
}
