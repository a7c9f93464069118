package dk.spirekassen.devdays.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * A project group to form: a title, a short summary, the ideas it takes up and its members.
 */
record GroupForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String groupTitle,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.max}") String groupSummary,
		@NotEmpty(message = "{group.error.noIdeas}") Set<Long> ideaIds,
		@NotEmpty(message = "{group.error.noMembers}") Set<Long> memberIds) {
}
