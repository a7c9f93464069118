package dk.spirekassen.projects;

/**
 * Who may see and change a project. The secretariat may do everything. A public project is seen by everyone, a
 * members' project by staff of member organisations and by its participants, a participants' project by its
 * participants only; the staff of an organisation proposed as owner see it too, to decide. The lead, the owner
 * organisation's staff and (while it is an idea) the proposer edit it. Only the secretariat and the owner
 * organisation's staff appoint the lead and take an idea further; after that the lead moves it from stage to stage
 * too. The lead and the owner decide on offers.
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
		if (project.isParticipant(viewer) || viewer.accountId().equals(project.getProposedByAccountId())
				|| isStaffOf(project.getProposedOwnerOrganisationId(), viewer)) {
			return true;
		}
		return project.getVisibility() == Visibility.MEMBERS && viewer.member();
	}

	static boolean canEdit(Project project, Viewer viewer) {
		if (speaksFor(project.getOwnerOrganisationId(), viewer) || project.isLead(viewer)) {
			return true;
		}
		return viewer.signedIn() && project.getStage() == Stage.IDEA
				&& viewer.accountId().equals(project.getProposedByAccountId());
	}

	/** Leaving the idea stage needs the secretariat or the owner's staff; later stages the lead too. */
	static boolean canMove(Project project, Viewer viewer) {
		return speaksFor(project.getOwnerOrganisationId(), viewer)
				|| project.getStage() != Stage.IDEA && project.isLead(viewer);
	}

	static boolean canAppointLead(Project project, Viewer viewer) {
		return speaksFor(project.getOwnerOrganisationId(), viewer);
	}

	static boolean canDecideOffers(Project project, Viewer viewer) {
		return speaksFor(project.getOwnerOrganisationId(), viewer) || project.isLead(viewer);
	}

	/** Updates on a project are written by its lead and the owner organisation's staff. */
	static boolean canPostUpdates(Project project, Viewer viewer) {
		return speaksFor(project.getOwnerOrganisationId(), viewer) || project.isLead(viewer);
	}

	static boolean canDecideOwnership(Project project, Viewer viewer) {
		return project.getProposedOwnerOrganisationId() != null
				&& speaksFor(project.getProposedOwnerOrganisationId(), viewer);
	}

	static boolean canOffer(Project project, Viewer viewer) {
		return viewer.partnerId() != null && project.getStage().active() && canSee(project, viewer);
	}

	/** The secretariat, or staff of the given organisation. */
	static boolean speaksFor(Long organisationId, Viewer viewer) {
		return viewer.secretariat() || isStaffOf(organisationId, viewer);
	}

	private static boolean isStaffOf(Long organisationId, Viewer viewer) {
		return viewer.signedIn() && organisationId != null && organisationId.equals(viewer.organisationId());
	}
}
