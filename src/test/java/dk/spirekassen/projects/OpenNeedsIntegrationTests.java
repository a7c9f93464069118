package dk.spirekassen.projects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.projects.ProjectViews.NeedView;
import dk.spirekassen.projects.ProjectViews.OpenNeedRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-needs list (the page and the API) reads one page of needs from the database, and it is the same list as
 * the needs on the pages of the active projects the viewer may see.
 */
@SpirekassenTest
class OpenNeedsIntegrationTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final NeedFilter ANY = new NeedFilter(null, null, null, null, null);

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	AccountManagement accounts;

	@Test
	void listsTheOpenNeedsOfTheActiveProjectsTheViewerMaySeeNewestFirstPageByPage() {
		for (var viewer : List.of(Viewer.ANONYMOUS, viewer("partner@spirekassen.dk"),
				viewer("sekretariat@spirekassen.dk"))) {
			var expected = openNeedsOnProjectPages(viewer).stream().map(NeedView::id).toList();
			assertThat(expected).as("demo data has open needs").hasSizeGreaterThan(6);

			var all = catalogue.openNeeds(ANY, viewer, PageRequest.of(0, 1_000), DANISH);
			assertThat(all.getContent()).extracting(OpenNeedRow::needId).containsExactlyElementsOf(expected);
			assertThat(all.getTotalElements()).isEqualTo(expected.size());

			var second = catalogue.openNeeds(ANY, viewer, PageRequest.of(1, 3), DANISH);
			assertThat(second.getContent()).extracting(OpenNeedRow::needId)
				.containsExactlyElementsOf(expected.subList(3, 6));
			assertThat(second.getTotalElements()).isEqualTo(expected.size());
		}
	}

	@Test
	void filtersByKindAndPartnerKind() {
		var viewer = viewer("sekretariat@spirekassen.dk");
		var open = openNeedsOnProjectPages(viewer);
		for (var kind : NeedKind.values()) {
			var page = catalogue.openNeeds(new NeedFilter(null, kind, null, null, null), viewer,
					PageRequest.of(0, 1_000), DANISH);
			assertThat(page.getContent()).extracting(OpenNeedRow::needId)
				.containsExactlyElementsOf(open.stream().filter(n -> n.kind() == kind).map(NeedView::id).toList());
		}
		var withPartnerKind = open.stream().filter(n -> n.partnerKind() != null).findFirst().orElseThrow();
		var page = catalogue.openNeeds(new NeedFilter(null, null, withPartnerKind.partnerKind(), null, null), viewer,
				PageRequest.of(0, 1_000), DANISH);
		assertThat(page.getContent()).extracting(OpenNeedRow::needId)
			.containsExactlyElementsOf(open.stream()
				.filter(n -> n.partnerKind() == withPartnerKind.partnerKind())
				.map(NeedView::id)
				.toList());
	}

	/** The open needs on the pages of the active projects the viewer may see, newest first. */
	private List<NeedView> openNeedsOnProjectPages(Viewer viewer) {
		var active = EnumSet.of(Stage.IDEA, Stage.PROJECT_GROUP, Stage.RUNNING);
		return catalogue.allProjects(ProjectFilter.NONE, viewer, DANISH)
			.filter(row -> active.contains(row.stage()))
			.flatMap(row -> catalogue.project(row.id(), viewer, DANISH).needs().stream())
			.filter(need -> need.status() == NeedStatus.OPEN)
			.sorted(Comparator.comparing(NeedView::id).reversed())
			.toList();
	}

	private Viewer viewer(String email) {
		var account = accounts.accounts().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}
}
