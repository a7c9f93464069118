package dk.spirekassen.projects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import dk.spirekassen.accounts.Role;
import dk.spirekassen.shared.ProjectGroupFormed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over from the development days, seen from the incubator on its own (with the modules it needs): a
 * {@link ProjectGroupFormed} event becomes a project at the project group stage, once, with the group's members.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ProjectGroupHandoverScenarioTests {

	private static final Viewer SECRETARIAT = new Viewer(-1L, "Sekretariatet", Role.SECRETARIAT, null, null);

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Test
	void aGroupFormedAtADayBecomesAProjectAtTheProjectGroupStage(Scenario scenario) {
		var group = group();
		scenario.publish(group)
			.andWaitForStateChange(() -> projects.projectOfGroup(group.groupId()), Optional::isPresent)
			.andVerify(project -> {
				var view = catalogue.project(project.orElseThrow(), SECRETARIAT, Locale.ROOT);
				assertThat(view.row().title()).isEqualTo("Reparationscafé i kælderen");
				assertThat(view.row().stage()).isEqualTo(Stage.PROJECT_GROUP);
				assertThat(view.originDayId()).isEqualTo(group.dayId());
				assertThat(view.participants()).extracting(ProjectViews.ParticipantView::name)
					.contains("Aisha Beboer", "Jens fra driften");
			});
	}

	@Test
	void aGroupHandedOverTwiceIsOneProject(Scenario scenario) {
		var group = group();
		scenario.publish(group)
			.andWaitForStateChange(() -> projects.projectOfGroup(group.groupId()), Optional::isPresent)
			.andVerify(first -> assertThat(projects.createFromGroup(group)).isEqualTo(first.orElseThrow()));
	}

	private static ProjectGroupFormed group() {
		long groupId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
		return new ProjectGroupFormed(groupId + 7, "Levende lokalsamfund forebygger ensomhed", groupId,
				"Reparationscafé i kælderen", "Naboer reparerer sammen", "Et fast værksted hver torsdag", null,
				List.of(new ProjectGroupFormed.Member("Aisha Beboer", null, null),
						new ProjectGroupFormed.Member("Jens fra driften", null, null)));
	}
}
