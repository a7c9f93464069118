package dk.spirekassen.shared;

/**
 * One choice in a select list or a group of checkboxes.
 */
public record Option(String value, String label) {
}
