package dk.spirekassen.actors;

/**
 * The filters of the directory lists. Every field is optional; {@code null} means any.
 */
public final class DirectoryFilters {

	private DirectoryFilters() {
	}

	/** Filters organisations by free text (name or CVR), kind, region, municipality and membership. */
	public record OrganisationFilter(String q, OrganisationKind kind, Region region, Integer municipality,
			Boolean member) {
	}

	/** Filters departments by free text (name, number or organisation), region, municipality, owner, membership. */
	public record DepartmentFilter(String q, Region region, Integer municipality, Long organisation, Boolean member) {
	}

	/** Filters partners by free text (name or description), kind, region, theme and offer. */
	public record PartnerFilter(String q, PartnerKind kind, Region region, Long theme, Offer offer) {
	}
}
