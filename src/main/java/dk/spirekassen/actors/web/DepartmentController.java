package dk.spirekassen.actors.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.actors.DepartmentDetails;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryConflictException;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.actors.Region;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;

@Controller
class DepartmentController {

	private static final String LABELS = "department.field.";

	private final Directory directory;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	DepartmentController(Directory directory, ActorManagement actors, MessageSource messages, Forms forms) {
		this.forms = forms;
		this.directory = directory;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/afdelinger")
	String list(@ModelAttribute("filter") DepartmentFilter filter, @RequestParam(required = false) Integer page, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		model.addAttribute("page", directory.departments(filter, WebSupport.page(page)));
		if (WebSupport.partial(request, response)) {
			return "actors/department-results";
		}
		model.addAttribute("regions", WebSupport.options(Region.class, messages, locale));
		model.addAttribute("municipalities", WebSupport.municipalityOptions(actors));
		model.addAttribute("organisation",
				filter.organisation() == null ? null : directory.organisationRef(filter.organisation()).orElse(null));
		return "actors/departments";
	}

	@GetMapping("/afdelinger/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("department",
				directory.department(id).orElseThrow(() -> new NotFoundException("department", id)));
		return "actors/department";
	}

	@GetMapping("/organisationer/{organisationId:\\d+}/afdelinger/ny")
	String createForm(@PathVariable long organisationId, Authentication authentication, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, organisationId));
		return form(organisationId, null, FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping("/organisationer/{organisationId:\\d+}/afdelinger")
	String create(@PathVariable long organisationId, @Valid @ModelAttribute("form") DepartmentForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, organisationId));
		if (!result.hasErrors()) {
			try {
				var id = actors.createDepartment(organisationId, submitted.toDetails());
				return "redirect:/afdelinger/" + id + "?gemt";
			}
			catch (DirectoryConflictException ex) {
				return form(organisationId, null,
						submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()), model);
			}
		}
		return form(organisationId, null, submitted(request, result, locale), model);
	}

	@GetMapping("/afdelinger/{id:\\d+}/rediger")
	String editForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var organisationId = actors.organisationOfDepartment(id);
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, organisationId));
		var details = directory.departmentDetails(id).orElseThrow(() -> new NotFoundException("department", id));
		return form(organisationId, id, FormView.of(values(details), messages, locale, LABELS), model);
	}

	@PostMapping("/afdelinger/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		var organisationId = actors.organisationOfDepartment(id);
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, organisationId));
		if (!result.hasErrors()) {
			try {
				actors.updateDepartment(id, submitted.toDetails());
				return "redirect:/afdelinger/" + id + "?gemt";
			}
			catch (DirectoryConflictException ex) {
				return form(organisationId, id,
						submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()), model);
			}
		}
		return form(organisationId, id, submitted(request, result, locale), model);
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, DepartmentForm.class, LABELS, locale);
	}

	private String form(long organisationId, Long id, FormView form, Model model) {
		OrganisationRef organisation = directory.organisationRef(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		model.addAttribute("organisation", organisation);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("municipalities", WebSupport.municipalityOptions(actors));
		return "actors/department-form";
	}

	private static Map<String, Object> values(DepartmentDetails details) {
		var values = new LinkedHashMap<String, Object>();
		values.put("number", details.number());
		values.put("name", details.name());
		values.put("address", details.address());
		values.put("municipalityCode", details.municipalityCode());
		values.put("homes", details.homes());
		values.put("outdoorAreaM2", details.outdoorAreaM2());
		return values;
	}
}
