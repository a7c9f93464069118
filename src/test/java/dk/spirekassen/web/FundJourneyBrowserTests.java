package dk.spirekassen.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.spirekassen.Axe;
import dk.spirekassen.Chromium;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.funding.Aspect;
import dk.spirekassen.funding.CallDetails;
import dk.spirekassen.funding.CallDetails.CriterionDetails;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.Visibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed fund in a real browser: a project's lead applies to the open call from the project's page; the
 * secretariat assigns two reviewers from the board, while the demo partner, whose partner takes part in the project,
 * is shown as in conflict and cannot be chosen; the two score it and the third cannot even open it; the secretariat
 * records the board's grant; and the grant shows on the project and in the portfolio. The reviewer's and the
 * secretariat's views pass axe's WCAG 2.1 AA rules.
 */
@SpirekassenTest
class FundJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActorManagement actors;

	@Autowired
	ProjectManagement projects;

	@Autowired
	FundManagement fund;

	private final Chromium.Visitors visitors = new Chromium.Visitors();

	@AfterEach
	void close() {
		visitors.close();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	void aLeadAppliesTwoReviewersScoreAThirdInConflictCannotSeeItAndTheGrantShows() {
		var samples = new Samples(context);
		var secretariatViewer = samples.projects.secretariat;
		var member = (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
		var partner = (SignedInUser) accounts.loadUserByUsername("partner@spirekassen.dk");
		long theme = actors.createTheme("Puljerejse " + System.nanoTime(), null);
		var callTitle = "Rejsepuljen " + System.nanoTime();
		var today = LocalDate.now();
		fund.createCall(new CallDetails(callTitle, "En pulje til rejsen gennem ansøgning og afgørelse.", 500_000,
				150_000, today.minusDays(5), today.plusDays(20), Set.of(theme),
				List.of(new CriterionDetails("Social værdi", Aspect.SOCIAL, 2),
						new CriterionDetails("Gennemførlighed", Aspect.FEASIBILITY, 1))), secretariatViewer);
		long project = projects.propose(new ProjectDetails("Grønne gårde i Puljeby", "Gårdene bliver grønne og "
				+ "fælles.", null, Visibility.PUBLIC, member.organisationId(), 400_000L, Set.of(theme), Set.of(),
				Set.of()), secretariatViewer);
		projects.addParticipant(project, ProjectRole.PARTICIPANT, null, partner.partnerId(), null,
				secretariatViewer);

		// 1. The lead applies to the open call from the project's page, on a form filled from the project.
		var lead = visitors.as(base(), "medlem@spirekassen.dk");
		lead.navigate(base() + "/projekter/" + project);
		lead.locator("#seed-fund").click();
		lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ansøg " + callTitle)).click();
		assertThat(Chromium.labelled(lead, "Resumé af projektet")).hasValue("Gårdene bliver grønne og fælles.");
		Chromium.labelled(lead, "Hvad skal pengene bruges til").fill("Planter, bede og tre plantedage.");
		Chromium.labelled(lead, "Ansøgt beløb (kr.)").fill("100000");
		lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send ansøgningen")).click();
		lead.waitForURL("**/puljer/ansoegninger/*");
		assertThat(lead.locator("#status")).hasText("Sendt");
		var applicationUrl = lead.url().replaceAll("\\?.*$", "");

		// 2. The secretariat assigns two of the board; the partner in conflict is shown, not offered.
		var secretariat = visitors.as(base(), "sekretariat@spirekassen.dk");
		secretariat.navigate(applicationUrl);
		assertThat(secretariat.locator("[data-conflict='" + partner.accountId() + "']")).hasCount(1);
		var reviewer = Chromium.labelled(secretariat, "Bedømmer");
		assertThat(reviewer.locator("option[value='" + partner.accountId() + "']")).hasCount(0);
		for (var email : List.of("bestyrelse@spirekassen.dk", "se@fjordbo.dk")) {
			var id = ((SignedInUser) accounts.loadUserByUsername(email)).accountId();
			Chromium.labelled(secretariat, "Bedømmer").selectOption(String.valueOf(id));
			secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj bedømmer")).click();
			secretariat.waitForURL("**?gemt#bedoemmere");
		}
		assertThat(secretariat.locator("#assignments li")).hasCount(2);

		// 3. Both score it; the third, in conflict, cannot open it and has no task for it.
		int[][] scores = { { 4, 3 }, { 5, 4 } };
		int at = 0;
		for (var email : List.of("bestyrelse@spirekassen.dk", "se@fjordbo.dk")) {
			var board = visitors.as(base(), email);
			board.navigate(base() + "/puljer");
			board.locator("#review-tasks a", new Page.LocatorOptions().setHasText("Grønne gårde i Puljeby")).click();
			assertNoViolations(board);
			var criteria = board.locator("fieldset[id^=f-score]");
			assertThat(criteria).hasCount(2);
			for (int c = 0; c < 2; c++) {
				criteria.nth(c).locator("input[value='" + scores[at][c] + "']").check();
			}
			board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem bedømmelsen")).click();
			board.waitForURL("**/puljer/ansoegninger/*");
			at++;
		}
		var inConflict = visitors.as(base(), "partner@spirekassen.dk");
		var response = inConflict.navigate(applicationUrl);
		assertThat(response.status()).isEqualTo(404);
		assertThat(inConflict.locator("main")).not().containsText("Grønne gårde i Puljeby");
		inConflict.navigate(base() + "/puljer");
		assertThat(inConflict.locator("#review-tasks a", new Page.LocatorOptions().setHasText(
				"Grønne gårde i Puljeby"))).hasCount(0);

		// 4. The secretariat sees both reviews and records the board's grant.
		secretariat.navigate(applicationUrl);
		assertThat(secretariat.locator("#scores tbody tr")).hasCount(2);
		assertNoViolations(secretariat);
		secretariat.locator("#f-outcome input[value=GRANT]").check();
		Chromium.labelled(secretariat, "Bevilget beløb (kr.)").fill("90000");
		Chromium.labelled(secretariat, "Bestyrelsens begrundelse").fill("Et godt projekt med stærk lokal opbakning.");
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
				"Registrér bestyrelsens afgørelse")).click();
		secretariat.waitForURL("**?gemt#afgoerelse");
		assertThat(secretariat.locator("#status")).hasText("Bevilget");

		// 5. The grant shows on the project, to the lead as well, and in the portfolio.
		lead.navigate(applicationUrl);
		assertThat(lead.locator("#status")).hasText("Bevilget");
		var visitor = visitors.as(base(), null);
		visitor.navigate(base() + "/projekter/" + project);
		var grantRow = visitor.locator("#finansiering tr", new Page.LocatorOptions().setHasText("Spirekassen"));
		assertThat(grantRow).containsText("90.000 kr.");
		visitor.navigate(base() + "/portefoelje?theme=" + theme);
		assertThat(visitor.locator("#funder-kinds tbody tr", new Page.LocatorOptions().setHasText(
				"Spirekassens egne midler"))).containsText("90.000 kr.");

		// And in the open data's 360Giving grants, read by a JSON parser.
		var openData = visitor.request().get(base() + "/api/v1/data/grants.json");
		assertThat(openData.status()).isEqualTo(200);
		var grants = tools.jackson.databind.json.JsonMapper.builder().build().readTree(openData.body()).get("grants");
		var ours = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
		grants.forEach(g -> {
			if (g.get("title").asString().equals("Grønne gårde i Puljeby")) {
				ours.add(g);
			}
		});
		assertThat(ours).singleElement().satisfies(g -> {
			assertThat(g.get("amountAwarded").asLong()).isEqualTo(90_000);
			assertThat(g.get("currency").asString()).isEqualTo("DKK");
			assertThat(g.get("awardDate").asString()).isEqualTo(LocalDate.now().toString());
			assertThat(g.get("fundingOrganization").get(0).get("name").asString()).isEqualTo("Spirekassen");
		});
	}

	private static void assertNoViolations(Page page) {
		var violations = Axe.violations(page);
		assertThat(violations).as("WCAG 2.1 AA violations on " + page.url()).isEmpty();
	}
}
