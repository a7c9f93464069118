package dk.spirekassen.devdays;

import java.util.List;
import java.util.UUID;

/**
 * Within the module: registrations for one day were made, promoted from the waitlist or cancelled, together (one
 * event for a batch of registrations or for the seats a cancellation frees). Kept by the event publication registry
 * with the change and handled after the commit, outside the day's lock, to write the emails; {@code id} tells a
 * redelivery of the event from a new one.
 */
record RegistrationsChanged(UUID id, Kind kind, List<Change> changes) {

	RegistrationsChanged(Kind kind, List<Change> changes) {
		this(UUID.randomUUID(), kind, changes);
	}

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
