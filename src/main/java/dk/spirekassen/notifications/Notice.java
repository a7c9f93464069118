package dk.spirekassen.notifications;

/**
 * What happened, as a note tells it: the kind, the project it is about (if any, for grouping digests), its subject
 * (a project's, a post's or a day's title), a detail (the partner, organisation, need, file or stage concerned; may be
 * null) and the path on the site it leads to.
 */
public record Notice(NotificationKind kind, Long projectId, String subject, String detail, String link) {

	public Notice {
		subject = cut(subject);
		detail = cut(detail);
	}

	private static String cut(String text) {
		return text == null || text.length() <= 300 ? text : text.substring(0, 299) + "…";
	}
}
