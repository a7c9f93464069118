package dk.spirekassen.projects;

import dk.spirekassen.actors.PartnerKind;

/**
 * What a need holds: its kind (with the kind of partner or the amount where that applies) and a description.
 */
public record NeedDetails(NeedKind kind, PartnerKind partnerKind, Long amount, String description) {
}
