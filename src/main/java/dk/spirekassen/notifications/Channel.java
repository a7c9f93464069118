package dk.spirekassen.notifications;

/** How a category of notes reaches a person. */
public enum Channel {

	/** Not at all. */
	OFF,
	/** As a note on the site only. */
	SITE,
	/** As a note and a mail at once. */
	INSTANT,
	/** As a note, and in the next daily digest. */
	DAILY,
	/** As a note, and in the next weekly digest. */
	WEEKLY;

	/** Whether notes on this channel wait for a digest. */
	public boolean digest() {
		return this == DAILY || this == WEEKLY;
	}
}
