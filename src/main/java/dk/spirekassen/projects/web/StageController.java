package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;

import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.Web;

/**
 * Moving a project to another stage, for those who may (see {@code ProjectAccess.canMove}).
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/fase")
class StageController {

	private static final String LABELS = "stage.field.";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final MessageSource messages;

	private final PartForms forms;

	StageController(ProjectCatalogue catalogue, ProjectManagement projects, MessageSource messages,
			PartForms forms) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.messages = messages;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		var project = catalogue.heading(id, Viewer.of(authentication));
		Web.require(project.can().move());
		return project;
	}

	@GetMapping
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			Authentication authentication, Locale locale, Model model) {
		return form(project, forms.empty(LABELS, locale), authentication, locale, model);
	}

	@PostMapping
	String move(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@Valid @ModelAttribute("form") StageForm submitted, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		return forms.save(project.id(), result, request, StageForm.class, LABELS, locale,
				() -> projects.move(project.id(), submitted.stage(), submitted.comment(), Viewer.of(authentication)),
				form -> form(project, form, authentication, locale, model), "");
	}

	private String form(ProjectHeading project, FormView form, Authentication authentication, Locale locale,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("stages", catalogue.nextStages(project.id(), Viewer.of(authentication))
			.stream()
			.map(s -> new Option(s.name(), messages.getMessage("Stage." + s.name(), null, locale)))
			.toList());
		return "projects/stage-form";
	}
}
