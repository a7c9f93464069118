package dk.spirekassen;

import org.springframework.context.ApplicationContext;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import dk.spirekassen.news.NewsDetails;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.news.NewsVisibility;

/**
 * News and project updates to put into URLs, made once per application context: public news with an image, news
 * for members, and a public update on the demo member's own project and on someone else's; fresh ones for the
 * routes that remove one.
 */
public final class NewsSamples {

	private static NewsSamples current;

	private static ApplicationContext currentContext;

	public final long news;

	public final long membersNews;

	public final long update;

	public final long otherUpdate;

	private final NewsManagement management;

	private final ProjectSamples projects;

	public static synchronized NewsSamples of(ApplicationContext context, ProjectSamples projects) {
		if (current == null || currentContext != context) {
			current = new NewsSamples(context, projects);
			currentContext = context;
		}
		return current;
	}

	private NewsSamples(ApplicationContext context, ProjectSamples projects) {
		this.management = context.getBean(NewsManagement.class);
		this.projects = projects;
		news = management.publish(details("Prøvenyhed med billede", NewsVisibility.PUBLIC, png()), projects.secretariat);
		membersNews = freshNews(NewsVisibility.MEMBERS);
		update = freshUpdate(projects.project);
		otherUpdate = freshUpdate(projects.otherProject);
	}

	/** New news from the secretariat. */
	public long freshNews(NewsVisibility visibility) {
		return management.publish(details("Prøvenyhed", visibility, null), projects.secretariat);
	}

	/** A new public update on a project, written by the secretariat. */
	public long freshUpdate(long projectId) {
		return management.publishUpdate(projectId, details("Prøveopdatering", NewsVisibility.PUBLIC, null),
				projects.secretariat);
	}

	static NewsDetails details(String title, NewsVisibility visibility, byte[] image) {
		return new NewsDetails(title, "Tekst med **fed** skrift og et [link](https://example.dk).", visibility,
				image == null ? null : "Et lille grønt felt", image, false);
	}

	/** A real PNG image, 4 by 3 pixels. */
	public static byte[] png() {
		var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x2e7d32);
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
