package dk.spirekassen.news;

/** A post was published: the secretariat's news ({@code projectId} null) or an update on a project. */
public record NewsPublished(long postId, Long projectId, NewsVisibility visibility) {
}
