package dk.spirekassen.projects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Interests;
import dk.spirekassen.notifications.Notice;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.notifications.Notifier;

/**
 * Tells of a new idea whoever works with its themes or in its regions: the people of the partners with one of its
 * themes or regions, and the staff of the organisations in its regions, each only if they may see it. Handled after
 * the commit and kept by the event publication registry until done.
 */
@Component
class IdeaNotifications {

	private final Projects projects;

	private final Interests interests;

	private final AccountManagement accounts;

	private final Notifier notifier;

	IdeaNotifications(Projects projects, Interests interests, AccountManagement accounts, Notifier notifier) {
		this.projects = projects;
		this.interests = interests;
		this.accounts = accounts;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ProjectProposed proposed) {
		var project = projects.findById(proposed.projectId()).orElse(null);
		if (project == null || project.getStage() != Stage.IDEA) {
			return;
		}
		var regions = interests.regionsOf(project.getMunicipalityCodes());
		var partners = interests.partners(project.getThemeIds(), regions);
		var organisations = interests.organisations(regions);
		var told = accounts.teamLogins(organisations, partners)
			.stream()
			.filter(login -> !Long.valueOf(login.id()).equals(proposed.accountId()))
			.map(login -> new Viewer(login.id(), login.displayName(), login.role(), login.organisationId(),
					login.partnerId()))
			.filter(viewer -> ProjectAccess.canSee(project, viewer))
			.map(Viewer::accountId)
			.toList();
		notifier.notify(told, new Notice(NotificationKind.IDEA_PROPOSED, project.getId(), project.getTitle(), null,
				"/projekter/" + project.getId()));
	}
}
