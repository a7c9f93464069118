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

import dk.spirekassen.actors.Directory;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.Web;

/**
 * A project's participants: adding an organisation, partner or person with a role, and removing one. Only those
 * who may appoint the lead are offered the lead role.
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/deltagere")
class ParticipantController {

	private static final String LABELS = "participant.field.";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final Directory directory;

	private final MessageSource messages;

	private final PartForms forms;

	ParticipantController(ProjectCatalogue catalogue, ProjectManagement projects, Directory directory,
			MessageSource messages, PartForms forms) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.directory = directory;
		this.messages = messages;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		return catalogue.editableHeading(id, Viewer.of(authentication));
	}

	@GetMapping("/ny")
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			Authentication authentication, Locale locale, Model model) {
		return form(project, forms.empty(LABELS, locale), authentication, locale, model);
	}

	@PostMapping
	String add(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@Valid @ModelAttribute("form") ParticipantForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		return forms.save(project.id(), result, request, ParticipantForm.class, LABELS, locale,
				() -> projects.addParticipant(project.id(), submitted.role(), submitted.organisationId(),
						submitted.partnerId(), submitted.accountId(), Viewer.of(authentication)),
				form -> form(project, form, authentication, locale, model), "#deltagere");
	}

	@PostMapping("/{participantId:\\d+}/fjern")
	String remove(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long participantId, Authentication authentication) {
		projects.removeParticipant(project.id(), participantId, Viewer.of(authentication));
		return "redirect:/projekter/" + project.id() + "#deltagere";
	}

	private String form(ProjectHeading project, FormView form, Authentication authentication, Locale locale,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("roles", Web.options(ProjectRole.class, messages, locale)
			.stream()
			.filter(o -> !o.value().equals(ProjectRole.OWNER.name()))
			.filter(o -> project.can().appointLead() || !o.value().equals(ProjectRole.LEAD.name()))
			.toList());
		model.addAttribute("organisations", PartForms.refs(directory.organisationRefs()));
		model.addAttribute("partners", PartForms.refs(directory.partnerRefs()));
		model.addAttribute("people", catalogue.candidates(project.id(), Viewer.of(authentication))
			.stream()
			.map(c -> new Option(String.valueOf(c.accountId()), c.name()))
			.toList());
		return "projects/participant-form";
	}
}
