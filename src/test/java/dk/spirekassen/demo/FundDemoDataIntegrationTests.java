package dk.spirekassen.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundViews.ApplicationView;
import dk.spirekassen.funding.FundViews.CallState;
import dk.spirekassen.funding.FundViews.CallSummary;
import dk.spirekassen.funding.GrantStatus;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.ProjectViews.FundingLineView;
import dk.spirekassen.projects.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

@SpirekassenTest
class FundDemoDataIntegrationTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Autowired
	FundManagement fund;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	AccountManagement accounts;

	@Test
	void theCallOf2022GrantedTheEvChargingAndBiodiversityProjects() {
		var call = call("Spirekassens pulje 2022: klima og biodiversitet");
		assertThat(call.state()).isEqualTo(CallState.CLOSED);
		var ranking = fund.ranking(call.id(), viewer("sekretariat@spirekassen.dk"), DANISH);
		assertThat(ranking.decided()).extracting(ApplicationView::projectTitle)
			.containsExactlyInAnyOrder(ProjectDemoData.EV_CHARGING_TITLE, ProjectDemoData.BIODIVERSITY_TITLE);
		assertThat(ranking.decided()).allMatch(a -> a.status() == GrantStatus.GRANTED
				&& a.decidedOn().getYear() == 2022);
		assertThat(call.committed()).isEqualTo(ranking.decided().stream().mapToLong(ApplicationView::granted).sum())
			.isLessThanOrEqualTo(call.budget());

		var seedLine = funding(ProjectDemoData.EV_CHARGING_TITLE).stream()
			.filter(l -> l.funder().equals("Spirekassen"))
			.findFirst()
			.orElseThrow();
		assertThat(seedLine.status()).isEqualTo(FundingStatus.GRANTED);
		assertThat(seedLine.decidedOn()).isEqualTo(LocalDate.of(2022, 5, 2));
	}

	@Test
	void theCallOf2023GrantedSomeAndRejectedOne() {
		var call = call("Pulje efter udviklingsdagene 2023");
		var decided = fund.ranking(call.id(), viewer("sekretariat@spirekassen.dk"), DANISH).decided();
		assertThat(decided).extracting(ApplicationView::status).contains(GrantStatus.GRANTED, GrantStatus.REJECTED);
		assertThat(decided).allMatch(a -> a.decidedOn().getYear() == 2023 && !a.rationale().isBlank());
	}

	@Test
	void anOpenCallHasApplicationsUnderReviewByTheBoard() {
		var open = fund.calls().stream().filter(c -> c.title().startsWith("Spirekassens pulje " + LocalDate.now()
			.getYear())).findFirst().orElseThrow();
		assertThat(open.state()).isEqualTo(CallState.OPEN);
		var ranking = fund.ranking(open.id(), viewer("sekretariat@spirekassen.dk"), DANISH);
		assertThat(ranking.open()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(fund.applicationsOf(viewer("medlem@spirekassen.dk"))).anyMatch(a -> a.callId() == open.id());
		var board = viewer("bestyrelse@spirekassen.dk");
		var partner = viewer("partner@spirekassen.dk");
		assertThat(fund.reviewTasks(board).size() + fund.reviewTasks(partner).size()).isPositive();
		assertThat(fund.reviewerPool()).extracting(r -> r.email())
			.contains("bestyrelse@spirekassen.dk", "se@fjordbo.dk", "partner@spirekassen.dk");
	}

	private CallSummary call(String title) {
		return fund.calls().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
	}

	private java.util.List<FundingLineView> funding(String title) {
		var secretariat = viewer("sekretariat@spirekassen.dk");
		var row = catalogue.allProjects(ProjectFilter.NONE, secretariat, DANISH)
			.filter(r -> r.title().equals(title))
			.findFirst()
			.orElseThrow();
		return catalogue.project(row.id(), secretariat, DANISH).funding().lines();
	}

	private Viewer viewer(String email) {
		var account = accounts.accounts()
			.stream()
			.filter(a -> a.email().equals(email))
			.findFirst()
			.orElseThrow();
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}
}
