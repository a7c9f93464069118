package dk.spirekassen.news;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.EnumSet;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.notifications.Notice;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.notifications.Notifier;
import dk.spirekassen.projects.ProjectManagement;

/**
 * Tells people of a post once it is published: the secretariat's news to everyone who may read it (every login, or
 * the secretariat and the members' staff for members' news), a project's update to who follows the project or takes
 * part in it. Handled after the commit and kept by the event publication registry until done, so that telling
 * thousands never holds up the writer and is not lost if the node stops.
 */
@Component
class NewsNotifications {

	private final NewsPosts posts;

	private final AccountManagement accounts;

	private final Notifier notifier;

	private final ProjectManagement projects;

	NewsNotifications(NewsPosts posts, AccountManagement accounts, Notifier notifier, ProjectManagement projects) {
		this.posts = posts;
		this.accounts = accounts;
		this.notifier = notifier;
		this.projects = projects;
	}

	@ApplicationModuleListener
	void on(NewsPublished published) {
		var post = posts.findById(published.postId()).orElse(null);
		if (post == null) {
			return;
		}
		var link = "/nyheder/" + post.getId();
		boolean membersOnly = published.visibility() == NewsVisibility.MEMBERS;
		if (published.projectId() != null) {
			projects.tellFollowers(published.projectId(), NotificationKind.UPDATE_POSTED, post.getTitle(), link,
					post.getAuthorAccountId(), membersOnly);
			return;
		}
		var readers = membersOnly ? EnumSet.of(Role.SECRETARIAT, Role.MEMBER) : EnumSet.allOf(Role.class);
		var told = new java.util.ArrayList<>(accounts.loginIds(readers));
		told.remove(post.getAuthorAccountId());
		notifier.notify(told, new Notice(NotificationKind.NEWS_POSTED, null, post.getTitle(), null, link));
	}
}
