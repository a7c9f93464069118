package dk.spirekassen.actors;

import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.actors.DirectoryRows.OrganisationView;
import dk.spirekassen.actors.DirectoryRows.PartnerView;

/**
 * How complete a profile is: the share of what others look for that it holds, and what is missing (as the message
 * keys of the fields' labels), with where to fill it in. A complete profile is found and contacted far more often.
 */
public record ProfileCompleteness(int percent, List<String> missing, String editUrl) {

	/** Whether nothing is missing. */
	public boolean complete() {
		return missing.isEmpty();
	}

	/**
	 * What the measure of a partner's profile looks at: its description, whether it names offers, themes and regions,
	 * a way to reach it (email or phone), a website and people; for a foundation, a grant range and co-financing.
	 */
	public record PartnerFacts(long id, PartnerKind kind, String description, boolean offers, boolean themes,
			boolean regions, boolean contact, boolean website, boolean people, boolean grantRange,
			boolean coFinancing) {

		static PartnerFacts of(PartnerView partner) {
			var p = partner.details();
			return new PartnerFacts(partner.row().id(), p.kind(), p.description(), !p.offers().isEmpty(),
					!p.themeIds().isEmpty(), !p.regions().isEmpty(), p.email() != null || p.phone() != null,
					p.website() != null, !partner.people().isEmpty(), p.grantMin() != null || p.grantMax() != null,
					p.coFinancing() != null);
		}
	}

	/** What the measure of a member organisation's profile looks at. */
	public record OrganisationFacts(long id, boolean address, boolean municipality, boolean website,
			boolean departments, boolean people) {

		static OrganisationFacts of(OrganisationView organisation) {
			return new OrganisationFacts(organisation.row().id(), organisation.address() != null,
					organisation.details().municipalityCode() != null, organisation.website() != null,
					!organisation.departments().isEmpty(), !organisation.people().isEmpty());
		}
	}

	/** A partner: description, offers, themes, regions, a way to reach it, a website, people; a foundation's grants. */
	public static ProfileCompleteness of(PartnerView partner) {
		return of(PartnerFacts.of(partner));
	}

	public static ProfileCompleteness of(PartnerFacts p) {
		var checks = new Checks();
		checks.add("partner.field.description", p.description() != null && p.description().strip().length() >= 40);
		checks.add("partner.field.offers", p.offers());
		checks.add("partner.field.themeIds", p.themes());
		checks.add("partner.field.regions", p.regions());
		checks.add("partner.field.email", p.contact());
		checks.add("partner.field.website", p.website());
		checks.add("people.heading", p.people());
		if (p.kind() == PartnerKind.FOUNDATION) {
			checks.add("partner.grantRange", p.grantRange());
			checks.add("partner.field.coFinancing", p.coFinancing());
		}
		return checks.result("/partnere/" + p.id() + "/rediger");
	}

	/** A member organisation: address, municipality, website, departments, people. */
	public static ProfileCompleteness of(OrganisationView organisation) {
		return of(OrganisationFacts.of(organisation));
	}

	public static ProfileCompleteness of(OrganisationFacts o) {
		var checks = new Checks();
		checks.add("organisation.field.address", o.address());
		checks.add("organisation.field.municipalityCode", o.municipality());
		checks.add("organisation.field.website", o.website());
		checks.add("organisation.departments", o.departments());
		checks.add("people.heading", o.people());
		return checks.result("/organisationer/" + o.id() + "/rediger");
	}

	private static final class Checks {

		private final List<String> missing = new ArrayList<>();

		private int count;

		void add(String label, boolean present) {
			count++;
			if (!present) {
				missing.add(label);
			}
		}

		ProfileCompleteness result(String editUrl) {
			return new ProfileCompleteness(Math.round(100f * (count - missing.size()) / count), List.copyOf(missing),
					editUrl);
		}
	}
}
