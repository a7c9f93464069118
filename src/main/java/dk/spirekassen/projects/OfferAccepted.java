package dk.spirekassen.projects;

/**
 * A project accepted a partner's offer to meet one of its needs; the partner is now a participant.
 */
public record OfferAccepted(long projectId, long needId, long partnerId) {
}
