package dk.spirekassen.projects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.spirekassen.shared.ProjectGroupFormed;

/**
 * Receives project groups formed at development days and makes each one a project. The event publication registry
 * keeps the hand-over until it has succeeded.
 */
@Component
class ProjectGroupHandover {

	private final ProjectManagement projects;

	ProjectGroupHandover(ProjectManagement projects) {
		this.projects = projects;
	}

	@ApplicationModuleListener
	void on(ProjectGroupFormed group) {
		projects.createFromGroup(group);
	}
}
