package dk.spirekassen.projects;

/**
 * Where a partner's offer to meet a need stands.
 */
public enum OfferStatus {
	PENDING, ACCEPTED, DECLINED
}
