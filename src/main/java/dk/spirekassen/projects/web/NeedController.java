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
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.NeedStatus;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Web;

/**
 * A project's needs: adding one, and marking one met or open again.
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/behov")
class NeedController {

	private static final String LABELS = "need.field.";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final MessageSource messages;

	private final PartForms forms;

	NeedController(ProjectCatalogue catalogue, ProjectManagement projects, MessageSource messages, PartForms forms) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.messages = messages;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		return catalogue.editableHeading(id, Viewer.of(authentication));
	}

	@GetMapping("/ny")
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project, Locale locale,
			Model model) {
		return form(forms.empty(LABELS, locale), locale, model);
	}

	@PostMapping
	String add(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@Valid @ModelAttribute("form") NeedForm submitted, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		return forms.save(project.id(), result, request, NeedForm.class, LABELS, locale,
				() -> projects.addNeed(project.id(), submitted.toDetails(), Viewer.of(authentication)),
				form -> form(form, locale, model), "#behov");
	}

	@PostMapping("/{needId:\\d+}/status")
	String status(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long needId, @RequestParam NeedStatus status, Authentication authentication) {
		projects.setNeedStatus(project.id(), needId, status, Viewer.of(authentication));
		return "redirect:/projekter/" + project.id() + "#behov";
	}

	private String form(FormView form, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", Web.options(NeedKind.class, messages, locale));
		model.addAttribute("partnerKinds", Web.options(PartnerKind.class, messages, locale));
		return "projects/need-form";
	}
}
