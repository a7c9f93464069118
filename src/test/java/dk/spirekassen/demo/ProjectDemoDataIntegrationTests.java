package dk.spirekassen.demo;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.OfferStatus;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.ProjectViews.FileView;
import dk.spirekassen.projects.ProjectViews.OfferView;
import dk.spirekassen.projects.ProjectViews.ProjectRow;
import dk.spirekassen.projects.ProjectViews.ProjectView;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

@SpirekassenTest
class ProjectDemoDataIntegrationTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActorManagement actors;

	@Test
	void loadsProjectsInEveryStageThemeAndRegion() {
		var rows = catalogue.allProjects(ProjectFilter.NONE, viewer("sekretariat@spirekassen.dk"), DANISH).toList();
		assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
		assertThat(rows.stream().map(ProjectRow::stage).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Stage.values());
		assertThat(rows.stream().map(ProjectRow::visibility).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Visibility.values());
		assertThat(actors.themes()).isNotEmpty();
		// The development days' own themes reach projects when the incubator has taken over the days' groups,
		// which it does after the demo data is committed.
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (var theme : actors.themes()) {
				assertThat(count(new ProjectFilter(null, null, theme.getId(), null, null, null, null)))
					.as(theme.getName()).isPositive();
			}
		});
		for (var region : Region.values()) {
			assertThat(count(new ProjectFilter(null, null, null, region, null, null, null))).as(region.name())
				.isPositive();
		}
	}

	@Test
	void finishedProjectsOf2022CarryTheirToolboxes() {
		var charging = project(ProjectDemoData.EV_CHARGING_TITLE);
		assertThat(charging.row().stage()).isEqualTo(Stage.ANCHORED);
		assertThat(charging.row().visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(charging.resultsHtml()).isNotBlank();
		assertThat(charging.lessonsHtml()).isNotBlank();
		assertThat(charging.files()).hasSize(4).allMatch(FileView::publicResult);
		assertThat(charging.files()).extracting(FileView::contentType)
			.containsExactlyInAnyOrder("application/pdf", "application/pdf",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		var biodiversity = project(ProjectDemoData.BIODIVERSITY_TITLE);
		assertThat(biodiversity.row().stage()).isIn(Stage.COMPLETED, Stage.ANCHORED);
		assertThat(biodiversity.resultsHtml()).isNotBlank();
		assertThat(biodiversity.lessonsHtml()).isNotBlank();
		assertThat(biodiversity.files()).isNotEmpty().allMatch(FileView::publicResult);
	}

	@Test
	void everyBottomLineHasMeasuredIndicators() {
		var measured = EnumSet.noneOf(BottomLine.class);
		var needs = EnumSet.noneOf(NeedKind.class);
		for (var view : allProjects()) {
			view.indicators()
				.stream()
				.filter(i -> i.measurements().size() >= 2)
				.forEach(i -> measured.add(i.bottomLine()));
			view.needs().forEach(n -> needs.add(n.kind()));
		}
		assertThat(measured).containsExactlyInAnyOrder(BottomLine.values());
		assertThat(needs).containsExactlyInAnyOrder(NeedKind.values());
	}

	@Test
	void demoLoginsTakePartInProjects() {
		var member = viewer("medlem@spirekassen.dk");
		var views = allProjects();
		assertThat(views.stream()
			.filter(v -> v.participants().stream()
				.anyMatch(p -> p.role() == ProjectRole.LEAD && member.name().equals(p.name())))
			.count()).isGreaterThanOrEqualTo(2);

		var partner = viewer("partner@spirekassen.dk");
		var offers = catalogue.allProjects(ProjectFilter.NONE, partner, DANISH)
			.map(row -> catalogue.project(row.id(), partner, DANISH))
			.flatMap(v -> v.needs().stream())
			.flatMap(n -> n.offers().stream())
			.filter(o -> o.partnerId() == partner.partnerId())
			.toList();
		assertThat(offers).extracting(OfferView::status).contains(OfferStatus.PENDING, OfferStatus.ACCEPTED);
	}

	private List<ProjectView> allProjects() {
		var secretariat = viewer("sekretariat@spirekassen.dk");
		return catalogue.allProjects(ProjectFilter.NONE, secretariat, DANISH)
			.map(row -> catalogue.project(row.id(), secretariat, DANISH))
			.toList();
	}

	private ProjectView project(String title) {
		var secretariat = viewer("sekretariat@spirekassen.dk");
		var row = catalogue.allProjects(ProjectFilter.NONE, secretariat, DANISH)
			.filter(r -> r.title().equals(title))
			.findFirst()
			.orElseThrow();
		return catalogue.project(row.id(), secretariat, DANISH);
	}

	private long count(ProjectFilter filter) {
		return catalogue.allProjects(filter, viewer("sekretariat@spirekassen.dk"), DANISH).count();
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
