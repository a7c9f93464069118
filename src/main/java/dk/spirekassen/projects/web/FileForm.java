package dk.spirekassen.projects.web;

import jakarta.validation.constraints.Size;

/**
 * A toolbox file's title and whether it is a public result, as submitted with the file.
 */
record FileForm(@Size(max = 200, message = "{validation.max}") String title, Boolean publicResult) {

	boolean isPublic() {
		return Boolean.TRUE.equals(publicResult);
	}
}
