package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The text read from a toolbox file on upload ({@link FileText}), kept apart from the file's row: a file loads it
 * only when asked, which the search index does and a project's page does not.
 */
@Entity
@Table(name = "project_file_text")
class ExtractedText {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_file_text_seq")
	@SequenceGenerator(name = "project_file_text_seq", allocationSize = 50)
	private Long id;

	private String text;

	protected ExtractedText() {
	}

	ExtractedText(String text) {
		this.text = text;
	}

	String getText() {
		return text;
	}
}
