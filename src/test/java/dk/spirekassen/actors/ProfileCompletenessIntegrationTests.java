package dk.spirekassen.actors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A profile's completeness: the share of what others look for that it holds and what is missing, shown to those who
 * can fill it in, on their dashboard and on the profile's page, and gone once it is complete.
 */
@SpirekassenTest
class ProfileCompletenessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActorManagement actors;

	@Autowired
	Directory directory;

	@Autowired
	AccountManagement accounts;

	@Test
	void aPartnerSeesWhatIsMissingUntilTheProfileIsComplete() throws Exception {
		long partner = actors.createPartner(new PartnerDetails(PartnerKind.FOUNDATION, "Fonden for Halvfærdige Profiler",
				null, "fond@example.dk", null, null, null, null, null, EnumSet.of(Offer.FUNDS), Set.of(), Set.of()));
		var email = "fond-" + System.nanoTime() + "@example.dk";
		accounts.createAccount(email, "Fie Fond", "en-lang-adgangskode", Role.PARTNER, null, partner);
		var completeness = ProfileCompleteness.of(directory.partner(partner, Locale.ROOT).orElseThrow());
		assertThat(completeness.missing()).containsExactly("partner.field.description", "partner.field.themeIds",
				"partner.field.regions", "partner.field.website", "people.heading", "partner.grantRange",
				"partner.field.coFinancing");
		assertThat(completeness.percent()).isEqualTo(22);
		assertThat(directory.partnerCompleteness(partner)).as("as the dashboard reads it").contains(completeness);

		var dashboard = page(get("/mit-overblik").with(user(accounts.loadUserByUsername(email))));
		assertThat(dashboard.select("#completeness-heading").text()).isEqualTo("Jeres profil er 22 % udfyldt");
		assertThat(dashboard.select(".completeness").text()).contains("Beskrivelse").contains("Temaer");
		assertThat(dashboard.select(".completeness a").attr("href")).isEqualTo("/partnere/" + partner + "/rediger");
		assertThat(page(get("/partnere/" + partner).with(user(accounts.loadUserByUsername(email))))
			.select(".completeness")).hasSize(1);
		assertThat(page(get("/partnere/" + partner)).select(".completeness")).as("not for others").isEmpty();

		long theme = actors.themes().get(0).getId();
		actors.updatePartner(partner, new PartnerDetails(PartnerKind.FOUNDATION, "Fonden for Halvfærdige Profiler",
				"Vi støtter projekter, der gør boligområder grønnere og mere trygge.", "fond@example.dk", null,
				"https://fonden.example.dk", 50_000L, 500_000L, "Mindst 25 % egenfinansiering",
				EnumSet.of(Offer.FUNDS), EnumSet.of(Region.SJAELLAND), Set.of(theme)));
		actors.addPersonToPartner(partner, new PersonDetails("Fie Fond", null, null, null, null));
		assertThat(ProfileCompleteness.of(directory.partner(partner, Locale.ROOT).orElseThrow()).complete()).isTrue();
		assertThat(directory.partnerCompleteness(partner).orElseThrow().complete()).isTrue();
		assertThat(page(get("/mit-overblik").with(user(accounts.loadUserByUsername(email))))
			.select(".completeness")).isEmpty();
	}

	@Test
	void theDashboardMeasuresAnOrganisationAsItsPageDoes() {
		long bare = TestOrganisations.create(actors, "Boligselskabet Næsten Uden Noget", null);
		var measured = ProfileCompleteness.of(directory.organisation(bare).orElseThrow());
		assertThat(measured.missing()).containsExactly("organisation.field.address", "organisation.field.website",
				"organisation.departments", "people.heading");
		assertThat(directory.organisationCompleteness(bare)).contains(measured);

		var members = directory.memberRefs();
		assertThat(members).isNotEmpty();
		for (var member : members) {
			assertThat(directory.organisationCompleteness(member.id())).as(member.name())
				.contains(ProfileCompleteness.of(directory.organisation(member.id()).orElseThrow()));
		}
		assertThat(directory.organisationCompleteness(-1)).isEmpty();
		assertThat(directory.partnerCompleteness(-1)).isEmpty();
	}

	private org.jsoup.nodes.Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}
}
