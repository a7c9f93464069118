package dk.spirekassen.notifications;

import java.time.Instant;

/**
 * What happened, as a note tells it: the kind, the project it is about (if any, for grouping digests), its subject
 * (a project's, a post's or a day's title), a detail (the partner, organisation, need, file, stage or place
 * concerned; may be null), the path on the site it leads to and, for a development day, when it is (written in each
 * reader's language; null otherwise).
 */
public record Notice(NotificationKind kind, Long projectId, String subject, String detail, String link,
		Instant startsAt, Instant endsAt) {

	public Notice {
		subject = cut(subject);
		detail = cut(detail);
	}

	/** A notice about no particular time. */
	public Notice(NotificationKind kind, Long projectId, String subject, String detail, String link) {
		this(kind, projectId, subject, detail, link, null, null);
	}

	private static String cut(String text) {
		return text == null || text.length() <= 300 ? text : text.substring(0, 299) + "…";
	}
}
