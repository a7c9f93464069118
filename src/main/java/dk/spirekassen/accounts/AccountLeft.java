package dk.spirekassen.accounts;

/**
 * Someone deleted their own login: each module forgets what it keeps about that person and keeps their contributions
 * under {@link #FORMER_PARTICIPANT}. Published inside the transaction that deletes the login, so all of it happens or
 * none does.
 */
public record AccountLeft(long accountId) {

	/** What a person who left is called wherever their contributions stay. */
	public static final String FORMER_PARTICIPANT = "Tidligere deltager";
}
