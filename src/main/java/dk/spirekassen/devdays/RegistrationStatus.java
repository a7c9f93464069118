package dk.spirekassen.devdays;

/**
 * Where a registration stands: a seat, a place on the waitlist, or cancelled.
 */
public enum RegistrationStatus {
	CONFIRMED, WAITLISTED, CANCELLED
}
