package dk.spirekassen.projects;

/**
 * Who may see and change a project. The secretariat may do everything. A public project is seen by everyone, a
 * members' project by staff of member organisations and by its participants, a participants' project by its
 * participants only. The lead, the owner organisation's staff and (while it is an idea) the proposer edit it; only
 * the secretariat and the lead move it from stage to stage and decide on offers.
 */
final class ProjectAccess {

	private ProjectAccess() {
	}

	static boolean canSee(Project project, Viewer viewer) {
		if (project.getVisibility() == Visibility.PUBLIC || viewer.secretariat()) {
			return true;
		}
		if (!viewer.signedIn()) {
			return false;
		}
		if (project.isParticipant(viewer) || viewer.accountId().equals(project.getProposedByAccountId())) {
			return true;
		}
		return project.getVisibility() == Visibility.MEMBERS && viewer.member();
	}

	static boolean canEdit(Project project, Viewer viewer) {
		if (viewer.secretariat() || project.isLead(viewer)) {
			return true;
		}
		if (!viewer.signedIn()) {
			return false;
		}
		if (project.getOwnerOrganisationId() != null
				&& project.getOwnerOrganisationId().equals(viewer.organisationId())) {
			return true;
		}
		return project.getStage() == Stage.IDEA && viewer.accountId().equals(project.getProposedByAccountId());
	}

	static boolean canAdvance(Project project, Viewer viewer) {
		return viewer.secretariat() || project.isLead(viewer);
	}

	static boolean canOffer(Project project, Viewer viewer) {
		return viewer.partnerId() != null && project.getStage().active() && canSee(project, viewer);
	}
}
