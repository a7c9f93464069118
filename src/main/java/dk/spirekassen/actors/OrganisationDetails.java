package dk.spirekassen.actors;

import java.time.LocalDate;

/**
 * The editable facts of an organisation.
 *
 * @param memberSince when it became a member of the association, or {@code null} when it is not a member
 * @param administeredById the administration organisation that administers it, or {@code null}
 */
public record OrganisationDetails(OrganisationKind kind, String name, String cvr, String address,
		Integer municipalityCode, String website, LocalDate memberSince, Long administeredById) {
}
