package dk.spirekassen.actors;

import java.util.Set;

/**
 * The editable facts of a partner.
 *
 * @param grantMin smallest typical grant in DKK (foundations only)
 * @param grantMax largest typical grant in DKK (foundations only)
 * @param coFinancing the foundation's co-financing rule, in words
 * @param themeIds ids of the themes the partner works on
 */
public record PartnerDetails(PartnerKind kind, String name, String description, String email, String phone,
		String website, Long grantMin, Long grantMax, String coFinancing, Set<Offer> offers, Set<Region> regions,
		Set<Long> themeIds) {
}
