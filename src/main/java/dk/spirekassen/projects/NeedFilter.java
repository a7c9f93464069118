package dk.spirekassen.projects;

import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;

/**
 * Filters of the open-needs list. Every field is optional; {@code null} means any.
 */
public record NeedFilter(String q, NeedKind kind, PartnerKind partnerKind, Long theme, Region region) {
}
