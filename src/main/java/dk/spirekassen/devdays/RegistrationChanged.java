package dk.spirekassen.devdays;

/**
 * Within the module: a registration was made, promoted from the waitlist or cancelled. Handled after the commit,
 * outside the day's lock, to send the emails. {@code token} is set only for a new registration.
 */
record RegistrationChanged(Kind kind, long registrationId, String token) {

	enum Kind {
		REGISTERED, PROMOTED, CANCELLED
	}
}
