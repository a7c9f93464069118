package dk.spirekassen.projects;

import dk.spirekassen.actors.Region;

/**
 * Filters of the project list. Every field is optional; {@code null} means any.
 */
public record ProjectFilter(String q, Stage stage, Long theme, Region region, Long owner, BottomLine bottomLine,
		NeedKind need) {

	public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null);
}
