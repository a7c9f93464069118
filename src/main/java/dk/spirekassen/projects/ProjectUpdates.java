package dk.spirekassen.projects;

import java.time.Instant;
import java.util.List;

import dk.spirekassen.projects.ProjectViews.Permissions;

/**
 * The updates written on a project, as its page lists them. The project page asks; the module that keeps the
 * updates (news) answers, so that projects need not know it.
 */
public interface ProjectUpdates {

	/**
	 * The newest updates on a project the viewer sees (with the viewer's permissions on it) that the viewer may
	 * read, newest first, at most {@code max}.
	 */
	List<UpdateRow> newest(long projectId, Permissions can, Viewer viewer, int max);

	/** One update as a line on the project page: its title, when and by whom, and whether members only read it. */
	record UpdateRow(long id, String title, Instant publishedAt, String authorName, boolean membersOnly) {
	}
}
