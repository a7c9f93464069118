package dk.spirekassen.projects.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.Visibility;

/**
 * The project form as submitted.
 */
record ProjectForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max}") String summary,
		@Size(max = 20000, message = "{validation.max}") String description,
		@NotNull(message = "{validation.required}") Visibility visibility, Long ownerOrganisationId,
		@Min(value = 0, message = "{validation.min}") Long budget, Set<Long> themeIds,
		Set<Integer> municipalityCodes, Set<Long> departmentIds) {

	ProjectDetails toDetails() {
		return new ProjectDetails(title, summary, description, visibility, ownerOrganisationId, budget,
				themeIds == null ? new TreeSet<>() : new TreeSet<>(themeIds),
				municipalityCodes == null ? new TreeSet<>() : new TreeSet<>(municipalityCodes),
				departmentIds == null ? new TreeSet<>() : new TreeSet<>(departmentIds));
	}
}
