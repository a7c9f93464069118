package dk.spirekassen.projects.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.spirekassen.projects.Stage;

/**
 * A move to another stage, with a comment for the history.
 */
record StageForm(@NotNull(message = "{validation.required}") Stage stage,
		@Size(max = 2000, message = "{validation.max}") String comment) {
}
