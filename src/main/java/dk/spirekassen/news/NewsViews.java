package dk.spirekassen.news;

import java.time.Instant;

/** Posts as pages and feeds show them. */
public final class NewsViews {

	private NewsViews() {
	}

	/**
	 * A post in a list: its title, the start of its text, when and by whom, whether members only read it, and its
	 * image's description if it has one; for an update, its project.
	 */
	public record NewsRow(long id, Long projectId, String projectTitle, String title, String excerpt,
			Instant publishedAt, String authorName, boolean membersOnly, String imageAlt) {

		public boolean hasImage() {
			return imageAlt != null;
		}
	}

	/** A whole post: its row, its text as safe HTML, when it was last changed, and whether the viewer may change it. */
	public record NewsView(NewsRow row, String bodyHtml, Instant updatedAt, boolean canEdit) {
	}

	/** A post's image: its bytes and content type. */
	public record Image(byte[] content, String contentType) {
	}
}
