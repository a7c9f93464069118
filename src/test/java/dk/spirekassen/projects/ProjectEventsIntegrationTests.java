package dk.spirekassen.projects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import java.util.Set;

import dk.spirekassen.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projects module on its own (with the modules it needs): every stage transition publishes a past-tense
 * event for other modules.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ProjectEventsIntegrationTests {

	private static final Viewer SECRETARIAT = new Viewer(-1L, "Sekretariatet", Role.SECRETARIAT, null, null);

	@Autowired
	ProjectManagement projects;

	private long idea() {
		return projects.propose(new ProjectDetails("Delebilordning", "Beboerne deler tre elbiler", null,
				Visibility.PUBLIC, null, null, Set.of(), Set.of(), Set.of()), SECRETARIAT);
	}

	@Test
	void proposingAnIdeaPublishesProjectProposed(Scenario scenario) {
		scenario.stimulate(this::idea)
			.andWaitForEventOfType(ProjectProposed.class)
			.toArriveAndVerify((event, id) -> assertThat(event.projectId()).isEqualTo(id));
	}

	@Test
	void movingAProjectPublishesProjectStageChanged(Scenario scenario) {
		long id = idea();
		scenario.stimulate(() -> projects.move(id, Stage.PROJECT_GROUP, "Dannet på udviklingsdagen", SECRETARIAT))
			.andWaitForEventOfType(ProjectStageChanged.class)
			.matching(event -> event.projectId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.from()).isEqualTo(Stage.IDEA);
				assertThat(event.to()).isEqualTo(Stage.PROJECT_GROUP);
				assertThat(event.accountId()).isEqualTo(SECRETARIAT.accountId());
			});
	}

	@Test
	void pausingAndStoppingArePublishedToo(Scenario scenario) {
		long id = idea();
		scenario.stimulate(() -> projects.move(id, Stage.PAUSED, "Venter på midler", SECRETARIAT))
			.andWaitForEventOfType(ProjectStageChanged.class)
			.matching(event -> event.projectId() == id && event.to() == Stage.PAUSED)
			.toArrive();
		scenario.stimulate(() -> projects.move(id, Stage.STOPPED, "Ingen midler", SECRETARIAT))
			.andWaitForEventOfType(ProjectStageChanged.class)
			.matching(event -> event.projectId() == id && event.to() == Stage.STOPPED)
			.toArriveAndVerify(event -> assertThat(event.from()).isEqualTo(Stage.PAUSED));
	}
}
