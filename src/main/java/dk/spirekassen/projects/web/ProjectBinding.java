package dk.spirekassen.projects.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text submitted to the project pages loses its control characters (a NUL byte, an escape) except tabs and line
 * breaks, so that nothing unprintable is stored, and PostgreSQL, which refuses NUL in text, never sees one.
 */
@ControllerAdvice(basePackageClasses = ProjectBinding.class)
class ProjectBinding {

	@InitBinder
	void withoutControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PrintableText());
	}

	/** Keeps the text as typed, blanks included, without its control characters. */
	private static final class PrintableText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text == null ? null : text.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", ""));
		}
	}
}
