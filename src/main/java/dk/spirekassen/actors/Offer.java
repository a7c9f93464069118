package dk.spirekassen.actors;

/**
 * What a partner brings: knowledge, experience, funds or volunteering: viden, erfaring, midler og vilje.
 */
public enum Offer {
	KNOWLEDGE, EXPERIENCE, FUNDS, VOLUNTEERING
}
