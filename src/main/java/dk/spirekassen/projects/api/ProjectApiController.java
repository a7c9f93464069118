package dk.spirekassen.projects.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

import dk.spirekassen.projects.NeedFilter;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectFilter;
import dk.spirekassen.projects.ProjectViews.OpenNeedRow;
import dk.spirekassen.projects.ProjectViews.ProjectRow;
import dk.spirekassen.projects.ProjectViews.ProjectView;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.Web;

/**
 * The JSON API to read projects. Every answer holds only the projects the caller may see: public projects for
 * anonymous callers, and members' and participants' projects for those signed in who may see them.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Projects", description = "Projects from idea to anchored result, and their open needs")
class ProjectApiController {

	private final ProjectCatalogue catalogue;

	ProjectApiController(ProjectCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/projects")
	@Operation(summary = "Projects the caller may see, filtered and paged")
	Paged<ProjectRow> projects(@ModelAttribute ProjectFilter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication authentication, Locale locale) {
		return Paged.of(catalogue.projects(filter, Viewer.of(authentication), Web.apiPage(page, size), locale));
	}

	@GetMapping("/projects/{id}")
	@Operation(summary = "One project with participants, needs, funding, indicators, history and files",
			description = "404 for an unknown project and for a project the caller may not see.")
	ProjectView project(@PathVariable long id, Authentication authentication, Locale locale) {
		return catalogue.project(id, Viewer.of(authentication), locale);
	}

	@GetMapping("/needs")
	@Operation(summary = "Open needs of active projects the caller may see")
	Paged<OpenNeedRow> needs(@ModelAttribute NeedFilter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication authentication, Locale locale) {
		return Paged.of(catalogue.openNeeds(filter, Viewer.of(authentication), Web.apiPage(page, size), locale));
	}


	/** One page of results with the totals needed to ask for the next. */
	record Paged<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> Paged<T> of(Page<T> page) {
			return new Paged<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}
	}
}
