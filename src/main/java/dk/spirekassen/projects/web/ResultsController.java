package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.LinkedHashMap;
import java.util.Locale;

import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;

/**
 * A project's results summary and lessons learned.
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/resultater")
class ResultsController {

	private static final String LABELS = "results.field.";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final PartForms forms;

	ResultsController(ProjectCatalogue catalogue, ProjectManagement projects, PartForms forms) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		return catalogue.editableHeading(id, Viewer.of(authentication));
	}

	@GetMapping
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			Authentication authentication, Locale locale, Model model) {
		var results = catalogue.results(project.id(), Viewer.of(authentication));
		var values = new LinkedHashMap<String, Object>();
		values.put("resultsSummary", results.resultsSummary());
		values.put("lessons", results.lessons());
		model.addAttribute("form", forms.of(values, LABELS, locale));
		return "projects/results-form";
	}

	@PostMapping
	String record(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@Valid @ModelAttribute("form") ResultsForm submitted, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		return forms.save(project.id(), result, request, ResultsForm.class, LABELS, locale,
				() -> projects.recordResults(project.id(), submitted.resultsSummary(), submitted.lessons(),
						Viewer.of(authentication)),
				form -> {
					model.addAttribute("form", form);
					return "projects/results-form";
				}, "#resultater");
	}
}
