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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.projects.FunderKind;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Web;

/**
 * A project's funding lines: adding, changing and removing one.
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/finansiering")
class FundingController {

	private static final String LABELS = "funding.field.";

	private static final String ANCHOR = "#finansiering";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final Directory directory;

	private final MessageSource messages;

	private final PartForms forms;

	FundingController(ProjectCatalogue catalogue, ProjectManagement projects, Directory directory,
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
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project, Locale locale,
			Model model) {
		return form(null, forms.of(Map.of("status", FundingStatus.APPLIED), LABELS, locale), locale, model);
	}

	@PostMapping
	String add(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@Valid @ModelAttribute("form") FundingForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		return forms.save(project.id(), result, request, FundingForm.class, LABELS, locale,
				() -> projects.addFunding(project.id(), submitted.toDetails(), Viewer.of(authentication)),
				form -> form(null, form, locale, model), ANCHOR);
	}

	@GetMapping("/{lineId:\\d+}/rediger")
	String editForm(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long lineId, Authentication authentication, Locale locale, Model model) {
		var line = catalogue.fundingDetails(project.id(), lineId, Viewer.of(authentication));
		var values = new LinkedHashMap<String, Object>();
		values.put("funderPartnerId", line.funderPartnerId());
		values.put("funderName", line.funderName());
		values.put("status", line.status());
		values.put("amount", line.amount());
		values.put("appliedOn", line.appliedOn());
		values.put("decidedOn", line.decidedOn());
		values.put("funderKind", line.funderKind());
		return form(lineId, forms.of(values, LABELS, locale), locale, model);
	}

	@PostMapping("/{lineId:\\d+}")
	String update(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long lineId, @Valid @ModelAttribute("form") FundingForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		catalogue.fundingDetails(project.id(), lineId, viewer);
		return forms.save(project.id(), result, request, FundingForm.class, LABELS, locale,
				() -> projects.updateFunding(project.id(), lineId, submitted.toDetails(), viewer),
				form -> form(lineId, form, locale, model), ANCHOR);
	}

	@PostMapping("/{lineId:\\d+}/slet")
	String remove(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long lineId, Authentication authentication) {
		projects.removeFunding(project.id(), lineId, Viewer.of(authentication));
		return "redirect:/projekter/" + project.id() + "?gemt" + ANCHOR;
	}

	private String form(Long lineId, FormView form, Locale locale, Model model) {
		model.addAttribute("lineId", lineId);
		model.addAttribute("form", form);
		model.addAttribute("statuses", Web.options(FundingStatus.class, messages, locale));
		model.addAttribute("kinds", Web.options(FunderKind.class, messages, locale));
		model.addAttribute("foundations", PartForms.refs(directory.partnerRefs(PartnerKind.FOUNDATION)));
		return "projects/funding-form";
	}
}
