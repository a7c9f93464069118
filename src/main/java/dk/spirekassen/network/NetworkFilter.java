package dk.spirekassen.network;

import dk.spirekassen.actors.Region;

/**
 * Which links count: those of projects and groups with the theme, in the region, and from the years given; a
 * {@code null} leaves that out.
 */
public record NetworkFilter(Long theme, Region region, Integer fromYear, Integer toYear) {

	public static final NetworkFilter NONE = new NetworkFilter(null, null, null, null);

	public boolean none() {
		return theme == null && region == null && fromYear == null && toYear == null;
	}

	boolean admits(Tie tie) {
		return (theme == null || tie.themes().contains(theme))
				&& (region == null || tie.regions().contains(region.name()))
				&& (fromYear == null || tie.year() >= fromYear) && (toYear == null || tie.year() <= toYear);
	}
}
