package dk.spirekassen.news;

/**
 * What a post says, as written: its title, its text in Markdown and who may read it; an image's description for
 * people who cannot see it, a new image (or {@code null} to keep the one there is) and whether to remove the image.
 */
public record NewsDetails(String title, String body, NewsVisibility visibility, String imageAlt, byte[] newImage,
		boolean removeImage) {
}
