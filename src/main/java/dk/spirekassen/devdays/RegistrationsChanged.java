package dk.spirekassen.devdays;

import java.util.List;

/**
 * Within the module: registrations for one day were made, promoted from the waitlist or cancelled, together (one
 * event for a batch of registrations or for the seats a cancellation frees). Handled after the commit, outside the
 * day's lock, to send the emails.
 */
record RegistrationsChanged(Kind kind, List<Change> changes) {

	enum Kind {
		REGISTERED, PROMOTED, CANCELLED
	}

	/**
	 * One registration: {@code token} (the secret link) only for a new one, {@code waitlistPosition} as it was given
	 * to the registrant (0 with a seat).
	 */
	record Change(long registrationId, String token, long waitlistPosition) {
	}

	static RegistrationsChanged one(Kind kind, long registrationId) {
		return new RegistrationsChanged(kind, List.of(new Change(registrationId, null, 0)));
	}
}
