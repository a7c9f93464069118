package dk.spirekassen.devdays.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An idea as submitted, by staff (with the proposer's name) or by a participant (who is the proposer).
 */
record IdeaForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String title,
		@Size(max = 4000, message = "{validation.max}") String description, Long themeId,
		@Size(max = 200, message = "{validation.max}") String proposerName) {
}
