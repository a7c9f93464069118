package dk.spirekassen.projects;

import dk.spirekassen.actors.Region;

/**
 * Filters of the project list. Every field is optional; {@code null} means any. {@code mine} keeps the projects the
 * viewer takes part in (by login, organisation or partner), proposed or follows.
 */
public record ProjectFilter(String q, Stage stage, Long theme, Region region, Long owner, BottomLine bottomLine,
		NeedKind need, Boolean mine) {

	public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null, null);

	public ProjectFilter(String q, Stage stage, Long theme, Region region, Long owner, BottomLine bottomLine,
			NeedKind need) {
		this(q, stage, theme, region, owner, bottomLine, need, null);
	}

	/** Whether only the viewer's own projects are wanted. */
	public boolean onlyMine() {
		return Boolean.TRUE.equals(mine);
	}
}
