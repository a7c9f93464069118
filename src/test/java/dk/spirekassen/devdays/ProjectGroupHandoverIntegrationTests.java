package dk.spirekassen.devdays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.Region;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ideas captured at a day become a project group, and the incubator turns the group into a project at the project
 * group stage with the members as participants and the day as its origin.
 */
@SpirekassenTest
class ProjectGroupHandoverIntegrationTests {

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
	void aGroupFormedFromIdeasBecomesAProjectWithItsMembers() throws Exception {
		var now = Instant.now();
		long day = days.create(new DayDetails("Eksisterende boligområder og fremtidens behov", null, null,
				Region.SJAELLAND, "Roskilde Kongrescenter", "Møllehusvej 15, 4000 Roskilde", now.plus(Duration.ofDays(5)),
				now.plus(Duration.ofDays(5)).plus(Duration.ofHours(6)), 50, now.minus(Duration.ofDays(5)),
				now.plus(Duration.ofDays(4)), null));
		var member = (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
		var withLogin = desk.register(day, new RegistrationDetails(member.displayName(), "medlem@spirekassen.dk",
				null, member.organisationId(), ParticipantType.HOUSING_STAFF, null, null, true), null,
				member.accountId());
		var resident = desk.register(day, new RegistrationDetails("Aisha Beboer", "aisha@example.dk", null, null,
				ParticipantType.RESIDENT, null, null, true), null, null);

		mvc.perform(post("/tilmelding/" + resident.token() + "/ideer").with(csrf())
			.param("title", "Fælles tøjbytte")
			.param("description", "Et tøjbyttested i vaskeriet"))
			.andExpect(redirectedUrl("/tilmelding/" + resident.token() + "?ide"));
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		mvc.perform(post("/sekretariat/udviklingsdage/" + day + "/ideer").with(csrf()).with(user(secretariat))
			.param("title", "Reparationscafé")
			.param("proposerName", "Jens fra driften")).andExpect(status().is3xxRedirection());
		var dayIdeas = ideas.ideas(day);
		assertThat(dayIdeas).extracting(DayIdea::getProposerName).containsExactly("Aisha Beboer", "Jens fra driften");

		mvc.perform(post("/sekretariat/udviklingsdage/" + day + "/grupper").with(csrf()).with(user(secretariat))
			.param("groupTitle", "Cirkulært vaskeri")
			.param("groupSummary", "Tøjbytte og reparationer i vaskeriet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Idéer, gruppen arbejder videre med: Vælg mindst én idé")))
			.andExpect(content().string(containsString("value=\"Cirkulært vaskeri\"")));
		var form = post("/sekretariat/udviklingsdage/" + day + "/grupper").with(csrf()).with(user(secretariat))
			.param("groupTitle", "Cirkulært vaskeri")
			.param("groupSummary", "Tøjbytte og reparationer i vaskeriet")
			.param("memberIds", String.valueOf(withLogin.registrationId()), String.valueOf(resident.registrationId()));
		dayIdeas.forEach(i -> form.param("ideaIds", String.valueOf(i.getId())));
		mvc.perform(form).andExpect(status().is3xxRedirection());

		long group = ideas.groups(day).get(0).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> projects.projectOfGroup(group).isPresent());
		long projectId = projects.projectOfGroup(group).orElseThrow();
		var project = catalogue.project(projectId, new Viewer(-1L, "Sekretariatet",
				dk.spirekassen.accounts.Role.SECRETARIAT, null, null), Locale.ROOT);
		assertThat(project.row().stage()).isEqualTo(Stage.PROJECT_GROUP);
		assertThat(project.originDayId()).isEqualTo(day);
		assertThat(project.participants()).extracting(p -> p.name())
			.contains(member.displayName(), "Aisha Beboer");
		assertThat(project.descriptionHtml()).contains("Fælles tøjbytte").contains("Reparationscafé");
		mvc.perform(get("/projekter/fra-gruppe/" + group).with(user(member)))
			.andExpect(redirectedUrl("/projekter/" + projectId));
		mvc.perform(get("/projekter/" + projectId).with(user(member)))
			.andExpect(content().string(containsString("Fra udviklingsdagen")))
			.andExpect(content().string(containsString("Aisha Beboer")));

		// The same group handed over again (a redelivered event) makes no second project.
		assertThat(projects.createFromGroup(new dk.spirekassen.shared.ProjectGroupFormed(day, "x", group, "y", "z",
				null, null, java.util.List.of()))).isEqualTo(projectId);
	}
}
