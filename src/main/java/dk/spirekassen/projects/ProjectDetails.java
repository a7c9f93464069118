package dk.spirekassen.projects;

import java.util.Set;

/**
 * What the project form edits: title, summary, Markdown description, visibility, owner, budget in DKK, and the
 * themes, municipalities and departments the project works with.
 */
public record ProjectDetails(String title, String summary, String description, Visibility visibility,
		Long ownerOrganisationId, Long budget, Set<Long> themeIds, Set<Integer> municipalityCodes,
		Set<Long> departmentIds) {
}
