package dk.spirekassen.devdays;

/**
 * The outcome of a registration: a seat or a place on the waitlist (1 is next in line, 0 with a seat). The secret
 * token for the self-service link is given only when the registration was made by this request, not when the same
 * submission (same idempotency key) arrived again.
 */
public record RegistrationResult(long registrationId, long dayId, RegistrationStatus status, long waitlistPosition,
		String token, boolean repeated) {
}
