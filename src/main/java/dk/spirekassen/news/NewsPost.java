package dk.spirekassen.news;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A post: the secretariat's news (without a project) or an update on a project. Its image, if any, is kept apart
 * ({@link NewsImages}); the post knows only its type and description.
 */
@Entity
class NewsPost {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_post_seq")
	@SequenceGenerator(name = "news_post_seq", allocationSize = 50)
	private Long id;

	private Long projectId;

	private String title;

	private String body;

	private String excerpt;

	@Enumerated(EnumType.STRING)
	private NewsVisibility visibility;

	private Long authorAccountId;

	private String authorName;

	private Instant publishedAt;

	private Instant updatedAt;

	private String imageType;

	private String imageAlt;

	@Version
	private long version;

	protected NewsPost() {
	}

	NewsPost(Long projectId, long authorAccountId, String authorName) {
		this.projectId = projectId;
		this.authorAccountId = authorAccountId;
		this.authorName = authorName;
		this.publishedAt = Instant.now();
	}

	/** Sets what the post says; {@code imageType} is the new image's type, or {@code null} to leave it be. */
	void write(NewsDetails details, String newImageType) {
		this.title = details.title().strip();
		this.body = details.body().strip();
		this.excerpt = excerptOf(body);
		this.visibility = details.visibility();
		if (details.removeImage()) {
			this.imageType = null;
		}
		if (newImageType != null) {
			this.imageType = newImageType;
		}
		this.imageAlt = imageType == null ? null : details.imageAlt().strip();
		if (id != null) {
			this.updatedAt = Instant.now();
		}
	}

	/** The longest excerpt, in characters, before it is cut at a word and ended with an ellipsis. */
	static final int EXCERPT = 240;

	/** The text of Markdown, without its markup, cut at a word after at most {@link #EXCERPT} characters. */
	static String excerptOf(String markdown) {
		var text = org.jsoup.Jsoup.parse(dk.spirekassen.shared.Markdown.toHtml(markdown)).text();
		if (text.length() <= EXCERPT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT);
		return text.substring(0, cut > 0 ? cut : EXCERPT) + " …";
	}

	/** The excerpt kept when the post was written; worked out now for a post written before excerpts were kept. */
	String getExcerpt() {
		return excerpt != null ? excerpt : excerptOf(body);
	}

	boolean hasImage() {
		return imageType != null;
	}

	Long getId() {
		return id;
	}

	Long getProjectId() {
		return projectId;
	}

	String getTitle() {
		return title;
	}

	String getBody() {
		return body;
	}

	NewsVisibility getVisibility() {
		return visibility;
	}

	Long getAuthorAccountId() {
		return authorAccountId;
	}

	String getAuthorName() {
		return authorName;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	String getImageType() {
		return imageType;
	}

	String getImageAlt() {
		return imageAlt;
	}
}
