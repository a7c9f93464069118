package dk.spirekassen.web;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.ServletException;

import java.sql.SQLException;
import java.util.List;

import dk.spirekassen.accounts.LoginThrottle;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.DirectoryRows.MembershipCoverage;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.notifications.Notes;
import dk.spirekassen.projects.Matchmaking;
import dk.spirekassen.projects.ProjectCatalogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page in a web slice: the template, the locale handling and the security headers, with the directory
 * replaced by a stub so the figures are known.
 */
@WebMvcTest(HomeController.class)
@Import({ SecurityConfiguration.class, LocaleConfiguration.class, SessionRegistryImpl.class })
@ImportAutoConfiguration({ JteAutoConfiguration.class, ServletJteAutoConfiguration.class })
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ActorManagement actors;

	@MockitoBean
	LoginThrottle throttle;

	@MockitoBean
	DayManagement days;

	@MockitoBean
	ProjectCatalogue projects;

	@MockitoBean
	NewsManagement news;

	@MockitoBean
	Matchmaking matchmaking;

	/** The header counts a signed-in person's unread notes; nobody signs in here. */
	@MockitoBean
	Notes notes;

	/** The lists of the front page are empty here: the page is tested whole in {@code FrontPageIntegrationTests}. */
	@BeforeEach
	void emptyLists() {
		given(news.newest(any(), org.mockito.ArgumentMatchers.anyInt())).willReturn(List.of());
		given(projects.projects(any(), any(), any(), any())).willReturn(Page.empty());
	}

	@Test
	void showsMembershipCoverageWithDanishNumbers() throws Exception {
		given(actors.coverage()).willReturn(new MembershipCoverage(3, 450_000, 600_000));
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"da\">")))
			.andExpect(content().string(containsString("data-figure=\"members\">3<")))
			.andExpect(content().string(containsString("data-figure=\"homes\">450.000<")))
			.andExpect(content().string(containsString("data-figure=\"share\">75\u00a0%<")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
	}

	@Test
	void showsEnglishNumbersInEnglish() throws Exception {
		given(actors.coverage()).willReturn(new MembershipCoverage(3, 450_000, 600_000));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("data-figure=\"homes\">450,000<")))
			.andExpect(content().string(containsString("Member organisations")));
	}

	@Test
	void answersTheDanish503WhenTheConnectionIsLostAndTheRollbackFailsToo() throws Exception {
		given(actors.coverage()).willThrow(new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))));
		mvc.perform(get("/"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("Spirekassen er midlertidigt utilgængelig")))
			.andExpect(content().string(not(containsString("SQLException"))));
	}

	@Test
	void leavesOtherUncategorisedDatabaseErrorsToTheErrorPage() {
		given(actors.coverage()).willThrow(new JpaSystemException(new RuntimeException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))));
		assertThatThrownBy(() -> mvc.perform(get("/"))).isInstanceOf(ServletException.class)
			.hasCauseInstanceOf(JpaSystemException.class);
	}

	@Test
	void offersSignInToAnonymousVisitors() throws Exception {
		given(actors.coverage()).willReturn(new MembershipCoverage(0, 0, 600_000));
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("href=\"/login\"")))
			.andExpect(content().string(containsString("Gå til indhold")));
	}
}
