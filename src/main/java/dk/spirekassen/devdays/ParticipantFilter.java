package dk.spirekassen.devdays;

/**
 * Filters of a day's participant list. Every field is optional; {@code null} means any. The text matches names
 * and organisations.
 */
public record ParticipantFilter(RegistrationStatus status, ParticipantType type, String q) {

	public static final ParticipantFilter NONE = new ParticipantFilter(null, null, null);
}
