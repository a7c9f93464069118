package dk.spirekassen.projects.web;

import jakarta.validation.constraints.Size;

/**
 * A project's results summary and lessons learned, in Markdown.
 */
record ResultsForm(@Size(max = 20000, message = "{validation.max}") String resultsSummary,
		@Size(max = 20000, message = "{validation.max}") String lessons) {
}
