package dk.spirekassen.devdays;

/**
 * Whether a day takes registrations now: not yet, yes, no longer, or the day is over.
 */
public enum RegistrationWindow {
	NOT_YET_OPEN, OPEN, CLOSED, PAST
}
