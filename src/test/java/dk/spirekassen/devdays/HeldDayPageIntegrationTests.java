package dk.spirekassen.devdays;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.Region;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page of a day that has been held shows the project groups formed there, each linked to the project it
 * became for the readers who may see that project.
 */
@SpirekassenTest
class HeldDayPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	IdeaManagement ideas;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	AccountManagement accounts;

	@Test
	void aHeldDayShowsItsGroupsAndLinksTheirProjectsToThoseWhoMaySeeThem() throws Exception {
		var now = Instant.now();
		var title = "Fællesskaber i Vollsmose " + System.nanoTime();
		long day = days.create(new DayDetails(title, null, null, Region.SYDDANMARK, "Vollsmose Kulturhus",
				"Vollsmose Torv 1, 5240 Odense NØ", now.plus(Duration.ofDays(5)),
				now.plus(Duration.ofDays(5)).plus(Duration.ofHours(6)), 20, now.minus(Duration.ofDays(5)),
				now.plus(Duration.ofDays(4)), null));
		var member = desk.register(day, new RegistrationDetails("Hanne Holm", "hanne.holm@example.dk", null, null,
				ParticipantType.HOUSING_STAFF, null, null, true), null, null);
		var resident = desk.register(day, new RegistrationDetails("Omar Beboer", "omar.beboer@example.dk", null, null,
				ParticipantType.RESIDENT, null, null, true), null, null);
		long bench = ideas.addIdea(day, "Bænke ved søen", null, null, "Omar Beboer");
		long kitchen = ideas.addIdea(day, "Fælleskøkken", null, null, "Hanne Holm");
		long benches = ideas.formGroup(day, "Mødesteder ved søen", "Bænke og borde", Set.of(bench),
				Set.of(member.registrationId(), resident.registrationId()), "Sekretariatet");
		long cooking = ideas.formGroup(day, "Madklubben", "Fællesspisning", Set.of(kitchen),
				Set.of(member.registrationId()), "Sekretariatet");
		await().atMost(Duration.ofSeconds(20)).until(() -> projects.projectOfGroup(benches).isPresent()
				&& projects.projectOfGroup(cooking).isPresent());
		long benchesProject = projects.projectOfGroup(benches).orElseThrow();
		long cookingProject = projects.projectOfGroup(cooking).orElseThrow();

		// Before the day, its page shows no groups.
		assertThat(page(get("/udviklingsdage/" + day)).select("#grupper")).isEmpty();

		var details = days.details(day).orElseThrow();
		var past = now.minus(Duration.ofDays(3));
		days.update(day, new DayDetails(title, null, null, details.region(), details.venue(), details.address(), past,
				past.plus(Duration.ofHours(6)), details.capacity(), past.minus(Duration.ofDays(20)),
				past.minus(Duration.ofDays(1)), null));

		// Anyone sees the groups; the projects they became are for members, so a visitor and a partner get no link.
		for (var visitor : new MockHttpServletRequestBuilder[] { get("/udviklingsdage/" + day),
				get("/udviklingsdage/" + day).with(user(login("partner@spirekassen.dk"))) }) {
			var page = page(visitor);
			assertThat(page.select("#gruppe-" + benches + " h3").text()).isEqualTo("Mødesteder ved søen");
			assertThat(page.select("#gruppe-" + benches).text()).contains("2 medlemmer");
			assertThat(page.select("#gruppe-" + cooking + " h3").text()).isEqualTo("Madklubben");
			assertThat(page.select("#grupper a[href^=/projekter/]")).isEmpty();
		}

		// Staff of a member organisation and the secretariat follow each group to its project.
		for (var email : new String[] { "medlem@spirekassen.dk", "sekretariat@spirekassen.dk" }) {
			var page = page(get("/udviklingsdage/" + day).with(user(login(email))));
			assertThat(page.select("#gruppe-" + benches + " a").attr("href")).isEqualTo("/projekter/" + benchesProject);
			assertThat(page.select("#gruppe-" + benches + " a").text()).isEqualTo("Mødesteder ved søen");
			assertThat(page.select("#gruppe-" + cooking + " a").attr("href")).isEqualTo("/projekter/" + cookingProject);
			assertThat(page.select("#gruppe-" + cooking).text()).contains("Projektgruppe");
		}

		// A project made public is linked for everyone.
		var staff = (SignedInUser) login("sekretariat@spirekassen.dk");
		var secretariat = new Viewer(staff.accountId(), staff.displayName(), staff.role(), null, null);
		var cookingDetails = catalogue.details(cookingProject, secretariat);
		projects.update(cookingProject, new ProjectDetails(cookingDetails.title(), cookingDetails.summary(),
				cookingDetails.description(), Visibility.PUBLIC, cookingDetails.ownerOrganisationId(),
				cookingDetails.budget(), cookingDetails.themeIds(), cookingDetails.municipalityCodes(),
				cookingDetails.departmentIds()), secretariat);
		var anonymous = page(get("/udviklingsdage/" + day));
		assertThat(anonymous.select("#grupper a[href^=/projekter/]")).extracting(a -> a.attr("href"))
			.containsExactly("/projekter/" + cookingProject);
	}

	@Test
	void theDemosSpringDaysOf2023ShowTheirTwentyOneGroups() throws Exception {
		int groups = 0;
		int days2023 = 0;
		for (var held : days.past(Locale.ROOT)) {
			if (held.startsAt().atZone(ZoneId.of("Europe/Copenhagen")).getYear() == 2023) {
				days2023++;
				groups += page(get("/udviklingsdage/" + held.id())).select("#grupper li").size();
			}
		}
		assertThat(days2023).isEqualTo(4);
		assertThat(groups).isEqualTo(21);
	}

	private UserDetails login(String email) {
		return accounts.loadUserByUsername(email);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
