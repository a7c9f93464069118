package dk.spirekassen.devdays;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.Set;

import dk.spirekassen.DaySamples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.TestOrganisations;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation's page lists the development days' project groups its staff joined, for members and the
 * secretariat (groups are theirs, as the projects they become); a visitor sees no groups.
 */
@SpirekassenTest
class ActorDayGroupsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ActorManagement actors;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	IdeaManagement ideas;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheGroupsTheOrganisationsStaffJoinedForMembersOnly() throws Exception {
		var day = DaySamples.of(context).day;
		long organisation = TestOrganisations.create(actors, "Boligforeningen Gruppebo", LocalDate.of(2021, 1, 1));
		long other = TestOrganisations.create(actors, "Boligforeningen Udenfor", LocalDate.of(2021, 1, 1));
		long registration = desk.register(day, new RegistrationDetails("Gitte Gruppebo",
				"gitte-" + System.nanoTime() + "@example.dk", null, organisation, ParticipantType.HOUSING_STAFF, null,
				null, true), null, null).registrationId();
		long idea = ideas.addIdea(day, "Fælles cykelværksted i Gruppebo", "Et værksted", null, "Sekretariatet");
		long group = ideas.formGroup(day, "Cykelgruppen i Gruppebo", "Et cykelværksted", Set.of(idea),
				Set.of(registration), "Sekretariatet");

		var member = page(get("/organisationer/" + organisation)
			.with(user(accounts.loadUserByUsername("medlem@spirekassen.dk"))));
		assertThat(member.select("#groups-heading + ul a").eachAttr("href"))
			.containsExactly("/projekter/fra-gruppe/" + group);
		assertThat(member.select("#groups-heading + ul a").text()).startsWith("Cykelgruppen i Gruppebo");
		assertThat(page(get("/organisationer/" + other)
			.with(user(accounts.loadUserByUsername("medlem@spirekassen.dk")))).select("#groups-heading + ul"))
			.isEmpty();
		assertThat(page(get("/organisationer/" + organisation)).select("#groups-heading")).isEmpty();
	}

	private org.jsoup.nodes.Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
