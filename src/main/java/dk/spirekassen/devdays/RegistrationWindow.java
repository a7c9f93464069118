package dk.spirekassen.devdays;

import java.time.Instant;

/**
 * Whether a day takes registrations now: not yet, yes, no longer, or the day is over.
 */
public enum RegistrationWindow {
	NOT_YET_OPEN, OPEN, CLOSED, PAST;

	/** Where a day that takes registrations from {@code opens} to {@code closes} and ends at {@code ends} is now. */
	static RegistrationWindow at(Instant now, Instant opens, Instant closes, Instant ends) {
		if (!now.isBefore(ends)) {
			return PAST;
		}
		if (now.isBefore(opens)) {
			return NOT_YET_OPEN;
		}
		if (!now.isBefore(closes)) {
			return CLOSED;
		}
		return OPEN;
	}
}
