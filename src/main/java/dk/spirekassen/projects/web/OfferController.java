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
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;

import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.Matchmaking;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Web;

/**
 * Offers to meet a project's need: a partner makes one, the lead, the owner or the secretariat accepts or
 * declines it.
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/behov/{needId:\\d+}/tilbud")
class OfferController {

	private static final String LABELS = "offer.field.";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final PartForms forms;

	OfferController(ProjectCatalogue catalogue, ProjectManagement projects, PartForms forms) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		return catalogue.heading(id, Viewer.of(authentication));
	}

	@GetMapping
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project, @PathVariable long needId,
			@RequestParam(name = "forslag", required = false) Integer suggestedRank, Authentication authentication,
			Locale locale, Model model) {
		Web.require(project.can().offer());
		var rank = suggestedRank != null && suggestedRank >= 1 && suggestedRank <= Matchmaking.SHOWN ? suggestedRank
				: null;
		var values = rank == null ? Map.<String, Object>of() : Map.<String, Object>of("suggestedRank", rank);
		return form(project, needId, forms.of(values, LABELS, locale), authentication, model);
	}

	@PostMapping
	String offer(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long needId, @Valid @ModelAttribute("form") OfferForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		Web.require(project.can().offer());
		return forms.save(project.id(), result, request, OfferForm.class, LABELS, locale,
				() -> projects.offer(project.id(), needId, submitted.message(), submitted.suggestedRank(),
						Viewer.of(authentication)),
				form -> form(project, needId, form, authentication, model), "#behov");
	}

	@PostMapping("/{offerId:\\d+}")
	String decide(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long needId, @PathVariable long offerId, @RequestParam boolean accept,
			Authentication authentication) {
		projects.decideOffer(project.id(), needId, offerId, accept, Viewer.of(authentication));
		return "redirect:/projekter/" + project.id() + "?gemt#behov";
	}

	private String form(ProjectHeading project, long needId, FormView form, Authentication authentication,
			Model model) {
		model.addAttribute("need", catalogue.need(project.id(), needId, Viewer.of(authentication)));
		model.addAttribute("form", form);
		return "projects/offer-form";
	}
}
