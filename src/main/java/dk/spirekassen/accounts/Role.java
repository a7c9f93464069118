package dk.spirekassen.accounts;

/**
 * What a signed-in person may do: the secretariat manages everything, a member edits their own organisation,
 * a partner edits their own partner profile.
 */
public enum Role {
	SECRETARIAT, MEMBER, PARTNER
}
