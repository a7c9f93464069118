package dk.spirekassen.news;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dk.spirekassen.news.NewsViews.Image;
import dk.spirekassen.news.NewsViews.NewsRow;
import dk.spirekassen.news.NewsViews.NewsView;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectUpdates;
import dk.spirekassen.projects.ProjectViews.Permissions;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.Generation;
import dk.spirekassen.shared.Markdown;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;
import dk.spirekassen.shared.RefusedException;
import dk.spirekassen.shared.Web;

/**
 * Writing and reading posts. The secretariat writes news; a project's lead and the owner organisation's staff
 * write updates on their project. Everyone reads public posts (an update only if they see its project); members'
 * posts are read by the secretariat, the staff of member organisations and, for an update, the people who take
 * part in its project. A post nobody may read is answered as if it did not exist.
 */
@Service
@Transactional
public class NewsManagement implements ProjectUpdates {

	/** The largest image a post takes: a photo for the web, not a print original. */
	public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

	private static final Set<NewsVisibility> PUBLIC_ONLY = EnumSet.of(NewsVisibility.PUBLIC);

	private static final Set<NewsVisibility> ALL = EnumSet.allOf(NewsVisibility.class);

	private final NewsPosts posts;

	private final NewsImages images;

	private final ProjectCatalogue projects;

	private final ApplicationEventPublisher events;

	private final RecentReads recent;

	/** Counts a post written, changed or removed: the front page keeps the newest news until then. */
	private final Generation changes = new Generation();

	NewsManagement(NewsPosts posts, NewsImages images, ProjectCatalogue projects, ApplicationEventPublisher events,
			RecentReads recent) {
		this.recent = recent;
		this.posts = posts;
		this.images = images;
		this.projects = projects;
		this.events = events;
	}

	/** Publishes the secretariat's news; gives its id. */
	public long publish(NewsDetails details, Viewer viewer) {
		Web.require(viewer.secretariat());
		return publish(null, details, viewer);
	}

	/** Publishes an update on a project, by its lead or the owner's staff; gives its id. */
	public long publishUpdate(long projectId, NewsDetails details, Viewer viewer) {
		Web.require(projects.heading(projectId, viewer).can().postUpdates());
		return publish(projectId, details, viewer);
	}

	private long publish(Long projectId, NewsDetails details, Viewer viewer) {
		var post = new NewsPost(projectId, viewer.accountId(), viewer.name());
		var image = checked(details, false);
		post.write(details, image == null ? null : image.contentType());
		// The image's row refers to the post's: the post is written first.
		posts.saveAndFlush(post);
		changes.changedOnCommit();
		if (image != null) {
			images.put(post.getId(), image.content());
		}
		events.publishEvent(new NewsPublished(post.getId(), projectId, post.getVisibility()));
		return post.getId();
	}

	/** The project a post is an update on; null for the secretariat's news. Not found for a post one may not write. */
	@Transactional(readOnly = true)
	public Long projectOf(long id, Viewer viewer) {
		return writable(id, viewer).getProjectId();
	}

	/** Changes a post, by whoever may write it. */
	public void revise(long id, NewsDetails details, Viewer viewer) {
		var post = writable(id, viewer);
		changes.changedOnCommit();
		var image = checked(details, post.hasImage());
		post.write(details, image == null ? null : image.contentType());
		if (image != null) {
			images.put(id, image.content());
		}
		else if (details.removeImage()) {
			images.remove(id);
		}
	}

	/** Removes a post, by whoever may write it; gives its project's id, or {@code null} for news. */
	public Long remove(long id, Viewer viewer) {
		var post = writable(id, viewer);
		changes.changedOnCommit();
		images.remove(id);
		posts.delete(post);
		return post.getProjectId();
	}

	/**
	 * The image to store, checked by its content and size, or {@code null} when none is given; a kept or new image
	 * must be described for people who cannot see it.
	 */
	private static Image checked(NewsDetails details, boolean hasImage) {
		var content = details.newImage();
		Image image = null;
		if (content != null && content.length > 0) {
			if (content.length > MAX_IMAGE_BYTES) {
				throw imageTooLarge();
			}
			image = new Image(content, NewsImageTypes.detect(content)
				.orElseThrow(() -> new RefusedException("image", "news.error.imageType")));
		}
		boolean shown = image != null || hasImage && !details.removeImage();
		if (shown && (details.imageAlt() == null || details.imageAlt().isBlank())) {
			throw new RefusedException("imageAlt", "news.error.imageAlt");
		}
		return image;
	}

	/** The refusal of an image larger than {@link #MAX_IMAGE_BYTES}. */
	public static RefusedException imageTooLarge() {
		return new RefusedException("image", "news.error.imageTooLarge", MAX_IMAGE_BYTES / 1024 / 1024);
	}

	/** A page of the secretariat's news the viewer may read, newest first. */
	@Transactional(readOnly = true)
	public Page<NewsRow> news(Viewer viewer, Pageable pageable) {
		return posts.news(insider(viewer) ? ALL : PUBLIC_ONLY, pageable).map(p -> row(p, null));
	}

	/**
	 * The newest of the secretariat's news the viewer may read, newest first, without counting them all; kept as the
	 * lists are until a post is written, changed or removed.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<NewsRow> newest(Viewer viewer, int max) {
		var visibilities = insider(viewer) ? ALL : PUBLIC_ONLY;
		return recent.get(new ListPage("newest-news", changes.get(), visibilities, PageRequest.of(0, max), null),
				() -> posts.newestNews(visibilities, Limit.of(max)).stream().map(p -> row(p, null)).toList());
	}

	/** A page of a project's updates the viewer may read, newest first; not found if the viewer cannot see it. */
	@Transactional(readOnly = true)
	public Page<NewsRow> updates(long projectId, Viewer viewer, Pageable pageable) {
		var project = projects.heading(projectId, viewer);
		return posts.updates(projectId, readable(project.can(), viewer), pageable).map(p -> row(p, project.title()));
	}

	/** The title of a project whose updates the viewer may read; not found otherwise. */
	@Transactional(readOnly = true)
	public String projectTitle(long projectId, Viewer viewer) {
		return projects.heading(projectId, viewer).title();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UpdateRow> newest(long projectId, Permissions can, Viewer viewer, int max) {
		return posts.newestUpdates(projectId, readable(can, viewer), Limit.of(max))
			.stream()
			.map(p -> new UpdateRow(p.getId(), p.getTitle(), p.getPublishedAt(), p.getAuthorName(),
					p.getVisibility() == NewsVisibility.MEMBERS))
			.toList();
	}

	/** The newest public news for the feed: what anyone may read without signing in. */
	@Transactional(readOnly = true)
	public List<NewsView> feed(int max) {
		return posts.newestNews(PUBLIC_ONLY, Limit.of(max))
			.stream()
			.map(p -> new NewsView(row(p, null), Markdown.toHtml(p.getBody()), p.getUpdatedAt(), false))
			.toList();
	}

	/** A post the viewer may read. */
	@Transactional(readOnly = true)
	public NewsView post(long id, Viewer viewer) {
		var post = posts.findById(id).orElseThrow(() -> new NotFoundException("news", id));
		var reader = reader(post, viewer);
		return new NewsView(row(post, reader.projectTitle()), Markdown.toHtml(post.getBody()), post.getUpdatedAt(),
				reader.mayWrite());
	}

	/** What a post says, for its form; only for whoever may change it. */
	@Transactional(readOnly = true)
	public NewsDetails details(long id, Viewer viewer) {
		var post = writable(id, viewer);
		return new NewsDetails(post.getTitle(), post.getBody(), post.getVisibility(), post.getImageAlt(), null, false);
	}

	/** A post's image, for whoever may read the post. */
	@Transactional(readOnly = true)
	public Image image(long id, Viewer viewer) {
		var post = posts.findById(id).filter(NewsPost::hasImage).orElseThrow(() -> new NotFoundException("image", id));
		reader(post, viewer);
		return new Image(images.content(id).orElseThrow(() -> new NotFoundException("image", id)),
				post.getImageType());
	}

	/**
	 * What the viewer is to a post: its project's title (for an update) and whether the viewer may change it.
	 * Throws {@link NotFoundException} if the viewer may not read it.
	 */
	private Reader reader(NewsPost post, Viewer viewer) {
		if (post.getProjectId() == null) {
			if (post.getVisibility() != NewsVisibility.PUBLIC && !insider(viewer)) {
				throw new NotFoundException("news", post.getId());
			}
			return new Reader(null, viewer.secretariat());
		}
		var project = projects.heading(post.getProjectId(), viewer);
		if (!readable(project.can(), viewer).contains(post.getVisibility())) {
			throw new NotFoundException("news", post.getId());
		}
		return new Reader(project.title(), project.can().postUpdates());
	}

	private record Reader(String projectTitle, boolean mayWrite) {
	}

	private NewsPost writable(long id, Viewer viewer) {
		var post = posts.findById(id).orElseThrow(() -> new NotFoundException("news", id));
		if (post.getProjectId() == null) {
			Web.require(viewer.secretariat());
		}
		else {
			Web.require(projects.heading(post.getProjectId(), viewer).can().postUpdates());
		}
		return post;
	}

	private static boolean insider(Viewer viewer) {
		return viewer.secretariat() || viewer.member();
	}

	private static Set<NewsVisibility> readable(Permissions can, Viewer viewer) {
		return insider(viewer) || can.takesPart() || can.postUpdates() ? ALL : PUBLIC_ONLY;
	}

	private static NewsRow row(NewsPost post, String projectTitle) {
		return new NewsRow(post.getId(), post.getProjectId(), projectTitle, post.getTitle(), post.getExcerpt(),
				post.getPublishedAt(), post.getAuthorName(), post.getVisibility() == NewsVisibility.MEMBERS,
				post.getImageAlt());
	}
}
