package dk.spirekassen.actors.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.actors.ActorGroups;
import dk.spirekassen.actors.ActorWork;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryConflictException;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.OrganisationDetails;
import dk.spirekassen.actors.OrganisationKind;
import dk.spirekassen.actors.ProfileCompleteness;
import dk.spirekassen.actors.Region;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.Option;

@Controller
class OrganisationController {

	private static final String LABELS = "organisation.field.";

	private static final Set<String> SECRETARIAT_FIELDS = Set.of("kind", "cvr", "memberSince", "administeredById");

	private final Directory directory;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	private final ObjectProvider<ActorWork> work;

	private final ObjectProvider<ActorGroups> groups;

	OrganisationController(Directory directory, ActorManagement actors, MessageSource messages, Forms forms,
			ObjectProvider<ActorWork> work, ObjectProvider<ActorGroups> groups) {
		this.work = work;
		this.groups = groups;
		this.forms = forms;
		this.directory = directory;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/organisationer")
	String list(@ModelAttribute("filter") OrganisationFilter filter, @RequestParam(required = false) Integer page, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		model.addAttribute("page", directory.organisations(filter, WebSupport.page(page)));
		if (WebSupport.partial(request, response)) {
			return "actors/organisation-results";
		}
		model.addAttribute("kinds", WebSupport.options(OrganisationKind.class, messages, locale));
		model.addAttribute("regions", WebSupport.options(Region.class, messages, locale));
		model.addAttribute("municipalities", WebSupport.municipalityOptions(actors));
		return "actors/organisations";
	}

	@GetMapping("/organisationer/{id:\\d+}")
	String show(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var organisation = directory.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("completeness", ProfileCompleteness.of(organisation));
		model.addAttribute("work", WebSupport.work(work, SearchFields.organisation(id), authentication, locale));
		model.addAttribute("groups", WebSupport.groups(groups, SearchFields.organisation(id), authentication, locale));
		return "actors/organisation";
	}

	@GetMapping("/organisationer/ny")
	String createForm(Authentication authentication, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.isSecretariat(authentication));
		var form = FormView.of(Map.of("kind", OrganisationKind.HOUSING), messages, locale, LABELS);
		return form(null, form, true, locale, model);
	}

	@PostMapping("/organisationer")
	String create(@Valid @ModelAttribute("form") OrganisationForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.isSecretariat(authentication));
		if (!result.hasErrors()) {
			try {
				var id = actors.createOrganisation(submitted.toDetails());
				return "redirect:/organisationer/" + id + "?gemt";
			}
			catch (DirectoryConflictException ex) {
				return form(null, submittedForm(request, result, locale).rejectKey(ex.field(), ex.messageKey()), true,
						locale, model);
			}
		}
		return form(null, submittedForm(request, result, locale), true, locale, model);
	}

	@GetMapping("/organisationer/{id:\\d+}/rediger")
	String editForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, id));
		var view = directory.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
		return form(id, FormView.of(values(view.details()), messages, locale, LABELS),
				ActorPermissions.isSecretariat(authentication), locale, model);
	}

	@PostMapping("/organisationer/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, id));
		var secretariat = ActorPermissions.isSecretariat(authentication);
		var current = directory.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id)).details();
		// Kind, CVR, membership and administration are the secretariat's to change; members keep what is stored.
		var ignored = secretariat ? Set.<String>of() : SECRETARIAT_FIELDS;
		forms.validateWhenOnlyIgnoredFailed(submitted, result, ignored);
		if (submitted != null && !Forms.hasErrorsBesides(result, ignored)) {
			var details = secretariat ? submitted.toDetails()
					: new OrganisationDetails(current.kind(), submitted.name(), current.cvr(), submitted.address(),
							submitted.municipalityCode(), submitted.website(), current.memberSince(),
							current.administeredById());
			try {
				actors.updateOrganisation(id, details);
				return "redirect:/organisationer/" + id + "?gemt";
			}
			catch (DirectoryConflictException ex) {
				return form(id, forms.submittedIgnoring(request, result, OrganisationForm.class, LABELS, locale, ignored)
					.rejectKey(ex.field(), ex.messageKey()), secretariat, locale, model);
			}
		}
		var form = forms.submittedIgnoring(request, result, OrganisationForm.class, LABELS, locale, ignored);
		return form(id, form, secretariat, locale, model);
	}

	private FormView submittedForm(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, OrganisationForm.class, LABELS, locale);
	}

	private String form(Long id, FormView form, boolean secretariat, Locale locale, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("kinds", WebSupport.options(OrganisationKind.class, messages, locale));
		model.addAttribute("municipalities", WebSupport.municipalityOptions(actors));
		model.addAttribute("administrators", directory.administrationOrganisations()
			.stream()
			.filter(o -> id == null || o.id() != id)
			.map(o -> new Option(String.valueOf(o.id()), o.name()))
			.toList());
		return "actors/organisation-form";
	}

	private static Map<String, Object> values(OrganisationDetails details) {
		var values = new LinkedHashMap<String, Object>();
		values.put("kind", details.kind());
		values.put("name", details.name());
		values.put("cvr", details.cvr());
		values.put("address", details.address());
		values.put("municipalityCode", details.municipalityCode());
		values.put("website", details.website());
		values.put("memberSince", details.memberSince());
		values.put("administeredById", details.administeredById());
		return values;
	}
}
