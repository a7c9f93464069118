package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.TableExport;

/**
 * The project list as CSV or XLSX, with the list's filters and only the projects the caller may see, read in
 * chunks and written as they are read.
 */
@Controller
class ProjectExportController {

	private final ProjectCatalogue catalogue;

	private final MessageSource messages;

	ProjectExportController(ProjectCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** A filter value that does not convert is a bad request, as on the list page. */
	@GetMapping("/projekter/eksport")
	void projects(@ModelAttribute("filter") ProjectFilter filter,
			@RequestParam(defaultValue = "csv") String format, Authentication authentication, Locale locale,
			HttpServletResponse response) throws IOException {
		var headers = Arrays.stream(new String[] { "project.field.title", "project.field.summary", "project.stage",
				"project.field.visibility", "project.field.ownerOrganisationId", "project.field.themeIds",
				"project.openNeeds" })
			.map(key -> messages.getMessage(key, null, key, locale))
			.toList();
		var rows = catalogue.allProjects(filter, Viewer.of(authentication), locale)
			.map(p -> Arrays.<Object>asList(p.title(), p.summary(), label(p.stage(), locale),
					label(p.visibility(), locale), p.ownerName(), String.join(", ", p.themes()), p.openNeeds()));
		TableExport.write(response, TableExport.format(format), "projekter", headers, rows);
	}

	private String label(Enum<?> value, Locale locale) {
		return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(),
				locale);
	}
}
