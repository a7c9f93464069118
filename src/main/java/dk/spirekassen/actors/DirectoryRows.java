package dk.spirekassen.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Read models of the directory, detached from the persistence context and safe to render.
 */
public final class DirectoryRows {

	private DirectoryRows() {
	}

	public record OrganisationRow(long id, String name, OrganisationKind kind, String cvr, String municipality,
			Region region, LocalDate memberSince, long departments, long homes) {

		public boolean member() {
			return memberSince != null;
		}
	}

	public record DepartmentRow(long id, String number, String name, long organisationId, String organisationName,
			boolean member, String address, String municipality, Region region, int homes, Integer outdoorAreaM2) {
	}

	public record PartnerRow(long id, String name, PartnerKind kind, String description, Set<Offer> offers,
			Set<Region> regions, List<String> themes, String email, String phone, String website, Long grantMin,
			Long grantMax, String coFinancing) {
	}

	public record PersonRow(long id, String name, String title, String email, String phone,
			AssociationRole associationRole, String affiliation) {
	}

	public record OrganisationView(OrganisationRow row, OrganisationDetails details, String address,
			String website, OrganisationRef administeredBy, List<OrganisationRef> administers,
			List<DepartmentRow> departments, List<PersonRow> people) {
	}

	public record PartnerView(PartnerRow row, PartnerDetails details, List<PersonRow> people) {
	}

	public record OrganisationRef(long id, String name) {
	}

	/** An organisation's id, name and CVR number, as a grant names its recipient. */
	public record OrganisationIdentity(long id, String name, String cvr) {
	}

	public record MembershipCoverage(long memberOrganisations, long memberHomes, long nationalHomes) {

		/** Members' homes as a share of all social homes, 0 to 1. */
		public double share() {
			return nationalHomes == 0 ? 0 : (double) memberHomes / nationalHomes;
		}
	}

	public record RegionFigures(Region region, long departments, long homes, long memberHomes) {
	}

	public record PartnerKindFigure(PartnerKind kind, long partners) {
	}

	public record DirectoryStatistics(List<RegionFigures> regions, List<PartnerKindFigure> partners,
			long organisations, long departments, long homes) {
	}
}
