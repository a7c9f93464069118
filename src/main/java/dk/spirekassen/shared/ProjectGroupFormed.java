package dk.spirekassen.shared;

import java.util.List;

/**
 * A development day formed a project group from one or more ideas. Published by the development days; the
 * incubator turns it into a project at the project group stage with the members as participants. It lives here,
 * between the two modules, so that neither depends on the other.
 */
public record ProjectGroupFormed(long dayId, String dayTitle, long groupId, String title, String summary,
		String description, Long themeId, List<Member> members) {

	/** A member of the group: a person by name, with their organisation or login where the day knew them. */
	public record Member(String name, Long organisationId, Long accountId) {
	}
}
