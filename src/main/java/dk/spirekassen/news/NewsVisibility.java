package dk.spirekassen.news;

/**
 * Who may read a post: everyone, or the members (the secretariat and the staff of member organisations; for an
 * update on a project also the people who take part in it). An update is never read by someone who may not see
 * its project.
 */
public enum NewsVisibility {
	PUBLIC, MEMBERS
}
