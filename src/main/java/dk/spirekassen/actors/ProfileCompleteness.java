package dk.spirekassen.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

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

	/** A partner: description, offers, themes, regions, a way to reach it, a website, people; a foundation's grants. */
	public static ProfileCompleteness of(PartnerView partner) {
		var p = partner.details();
		var checks = new Checks();
		checks.add("partner.field.description", () -> p.description() != null && p.description().strip().length() >= 40);
		checks.add("partner.field.offers", () -> !p.offers().isEmpty());
		checks.add("partner.field.themeIds", () -> !p.themeIds().isEmpty());
		checks.add("partner.field.regions", () -> !p.regions().isEmpty());
		checks.add("partner.field.email", () -> p.email() != null || p.phone() != null);
		checks.add("partner.field.website", () -> p.website() != null);
		checks.add("people.heading", () -> !partner.people().isEmpty());
		if (p.kind() == PartnerKind.FOUNDATION) {
			checks.add("partner.grantRange", () -> p.grantMin() != null || p.grantMax() != null);
			checks.add("partner.field.coFinancing", () -> p.coFinancing() != null);
		}
		return checks.result("/partnere/" + partner.row().id() + "/rediger");
	}

	/** A member organisation: address, municipality, website, departments, people. */
	public static ProfileCompleteness of(OrganisationView organisation) {
		var checks = new Checks();
		checks.add("organisation.field.address", () -> organisation.address() != null);
		checks.add("organisation.field.municipalityCode", () -> organisation.details().municipalityCode() != null);
		checks.add("organisation.field.website", () -> organisation.website() != null);
		checks.add("organisation.departments", () -> !organisation.departments().isEmpty());
		checks.add("people.heading", () -> !organisation.people().isEmpty());
		return checks.result("/organisationer/" + organisation.row().id() + "/rediger");
	}

	private static final class Checks {

		private final List<String> missing = new ArrayList<>();

		private int count;

		void add(String label, BooleanSupplier present) {
			count++;
			if (!present.getAsBoolean()) {
				missing.add(label);
			}
		}

		ProfileCompleteness result(String editUrl) {
			return new ProfileCompleteness(Math.round(100f * (count - missing.size()) / count), List.copyOf(missing),
					editUrl);
		}
	}
}
