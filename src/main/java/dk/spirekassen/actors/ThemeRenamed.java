package dk.spirekassen.actors;

/**
 * A theme got a new name. What carries the theme is searched by its name, so the search index must learn it.
 */
public record ThemeRenamed(long themeId) {
}
