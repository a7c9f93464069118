package dk.spirekassen.accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.ProjectViews.ParticipantView;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.shared.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Someone deletes their own login: after the password, their address, name, password, notes and follows are gone and
 * they are signed out; what they contributed stays, as "Tidligere deltager". The last secretariat login stays.
 */
@SpirekassenTest
class LeavingIntegrationTests {

	private static final String PASSWORD = "en-lang-adgangskode";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	private ProjectSamples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context).projects;
	}

	@Test
	void aPersonWhoLeavesIsForgottenAndTheirContributionsStayAsAFormerParticipant() throws Exception {
		var email = "forlader-" + System.nanoTime() + "@example.dk";
		long id = accounts.createAccount(email, "Astrid Afsked", PASSWORD, Role.MEMBER, samples.organisation, null);
		var leaver = new Viewer(id, "Astrid Afsked", Role.MEMBER, samples.organisation, null);
		long project = projects.propose(new ProjectDetails("Afskedens gårdfest", "En fest i gården.", null,
				Visibility.PUBLIC, samples.organisation, null, Set.of(), Set.of(), Set.of()), leaver);
		projects.addParticipant(project, ProjectRole.LEAD, null, null, id, samples.secretariat);
		projects.follow(project, true, leaver);
		projects.move(project, Stage.PROJECT_GROUP, "Vi går videre.", leaver);
		var login = accounts.loadUserByUsername(email);

		mvc.perform(post("/konto/slet").with(csrf()).with(user(login)).param("password", "forkert-adgangskode"))
			.andExpect(status().isOk());
		assertThat(accounts.exists(email)).as("a wrong password deletes nothing").isTrue();

		mvc.perform(post("/konto/slet").with(csrf()).with(user(login)).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?slettet"));

		assertThat(accounts.exists(email)).isFalse();
		assertThatThrownBy(() -> accounts.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
		var page = catalogue.project(project, samples.secretariat, Locale.ROOT);
		assertThat(page.participants()).extracting(ParticipantView::name).contains("Tidligere deltager")
			.doesNotContain("Astrid Afsked");
		assertThat(page.history()).extracting(t -> t.actor()).contains("Tidligere deltager")
			.doesNotContain("Astrid Afsked");
		assertThat(page.followers()).as("their follow is gone").isZero();
		assertThat(accounts.createAccount(email, "Astrid igen", PASSWORD, Role.MEMBER, samples.organisation, null))
			.as("the address is free again")
			.isPositive();
	}

	@Test
	void theLastSecretariatLoginThatCanSignInStays() {
		long demo = ((SignedInUser) accounts.loadUserByUsername("sekretariat@spirekassen.dk")).accountId();
		var email = "sidste-" + System.nanoTime() + "@example.dk";
		long last = accounts.createAccount(email, "Sidste Sekretær", PASSWORD, Role.SECRETARIAT, null, null);
		var others = accounts.accounts()
			.stream()
			.filter(a -> a.role() == Role.SECRETARIAT && a.enabled() && a.id() != last)
			.map(AccountManagement.AccountRow::id)
			.toList();
		others.forEach(other -> accounts.setEnabled(other, false, last));
		try {
			assertThatThrownBy(() -> accounts.leave(last, PASSWORD)).isInstanceOf(RefusedException.class);
		}
		finally {
			others.forEach(other -> accounts.setEnabled(other, true, last));
		}
		assertThat(others).contains(demo);
		assertThat(accounts.leave(last, PASSWORD)).as("with another secretariat login, it may go").isTrue();
	}
}
