package dk.spirekassen.actors.web;

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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorManagement.PersonAffiliation;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.actors.AssociationRole;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;

/**
 * Adding, editing and removing the people of an organisation or a partner.
 */
@Controller
class PersonController {

	private static final String LABELS = "person.field.";

	private final ActorManagement actors;

	private final Directory directory;

	private final MessageSource messages;

	private final Forms forms;

	PersonController(ActorManagement actors, Directory directory, MessageSource messages, Forms forms) {
		this.forms = forms;
		this.actors = actors;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/organisationer/{organisationId:\\d+}/personer/ny")
	String newForOrganisation(@PathVariable long organisationId, Authentication authentication, Locale locale,
			Model model) {
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, organisationId));
		var name = directory.organisationRef(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId))
			.name();
		return form("/organisationer/" + organisationId + "/personer", "/organisationer/" + organisationId, name,
				FormView.of(Map.of(), messages, locale, LABELS), authentication, locale, model);
	}

	@PostMapping("/organisationer/{organisationId:\\d+}/personer")
	String addToOrganisation(@PathVariable long organisationId, @Valid @ModelAttribute("form") PersonForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		WebSupport.require(ActorPermissions.canEditOrganisation(authentication, organisationId));
		var back = "/organisationer/" + organisationId;
		var name = directory.organisationRef(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId))
			.name();
		if (result.hasErrors()) {
			return form(back + "/personer", back, name, submitted(request, result, locale), authentication, locale,
					model);
		}
		actors.addPersonToOrganisation(organisationId, details(submitted, authentication, null));
		return "redirect:" + back + "?gemt";
	}

	@GetMapping("/partnere/{partnerId:\\d+}/personer/ny")
	String newForPartner(@PathVariable long partnerId, Authentication authentication, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.canEditPartner(authentication, partnerId));
		var name = directory.partner(partnerId, locale)
			.orElseThrow(() -> new NotFoundException("partner", partnerId))
			.row()
			.name();
		return form("/partnere/" + partnerId + "/personer", "/partnere/" + partnerId, name,
				FormView.of(Map.of(), messages, locale, LABELS), authentication, locale, model);
	}

	@PostMapping("/partnere/{partnerId:\\d+}/personer")
	String addToPartner(@PathVariable long partnerId, @Valid @ModelAttribute("form") PersonForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		WebSupport.require(ActorPermissions.canEditPartner(authentication, partnerId));
		var back = "/partnere/" + partnerId;
		var name = directory.partner(partnerId, locale)
			.orElseThrow(() -> new NotFoundException("partner", partnerId))
			.row()
			.name();
		if (result.hasErrors()) {
			return form(back + "/personer", back, name, submitted(request, result, locale), authentication, locale,
					model);
		}
		actors.addPersonToPartner(partnerId, details(submitted, authentication, null));
		return "redirect:" + back + "?gemt";
	}

	@GetMapping("/personer/{id:\\d+}/rediger")
	String editForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var person = actors.person(id);
		WebSupport.require(canEdit(person, authentication));
		var values = new LinkedHashMap<String, Object>();
		values.put("name", person.details().name());
		values.put("email", person.details().email());
		values.put("phone", person.details().phone());
		values.put("title", person.details().title());
		values.put("associationRole", person.details().associationRole());
		model.addAttribute("personId", id);
		return form("/personer/" + id, back(person), owner(person, locale),
				FormView.of(values, messages, locale, LABELS), authentication, locale, model);
	}

	@PostMapping("/personer/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var person = actors.person(id);
		WebSupport.require(canEdit(person, authentication));
		if (result.hasErrors()) {
			model.addAttribute("personId", id);
			return form("/personer/" + id, back(person), owner(person, locale), submitted(request, result, locale),
					authentication, locale, model);
		}
		actors.updatePerson(id, details(submitted, authentication, person));
		return "redirect:" + back(person) + "?gemt";
	}

	@PostMapping("/personer/{id:\\d+}/slet")
	String remove(@PathVariable long id, Authentication authentication) {
		var person = actors.person(id);
		WebSupport.require(canEdit(person, authentication));
		actors.removePerson(id);
		return "redirect:" + back(person) + "?gemt";
	}

	/** Only the secretariat sets roles in the association; others keep what is stored. */
	private static dk.spirekassen.actors.PersonDetails details(PersonForm submitted, Authentication authentication,
			PersonAffiliation existing) {
		var details = submitted.toDetails();
		if (ActorPermissions.isSecretariat(authentication)) {
			return details;
		}
		var role = existing == null ? null : existing.details().associationRole();
		return new dk.spirekassen.actors.PersonDetails(details.name(), details.email(), details.phone(),
				details.title(), role);
	}

	private static boolean canEdit(PersonAffiliation person, Authentication authentication) {
		return person.organisationId() != null
				? ActorPermissions.canEditOrganisation(authentication, person.organisationId())
				: ActorPermissions.canEditPartner(authentication, person.partnerId());
	}

	private static String back(PersonAffiliation person) {
		return person.organisationId() != null ? "/organisationer/" + person.organisationId()
				: "/partnere/" + person.partnerId();
	}

	private String owner(PersonAffiliation person, Locale locale) {
		return person.organisationId() != null
				? directory.organisationRef(person.organisationId()).orElseThrow().name()
				: directory.partner(person.partnerId(), locale).orElseThrow().row().name();
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, PersonForm.class, LABELS, locale);
	}

	private String form(String action, String back, String owner, FormView form, Authentication authentication,
			Locale locale, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("owner", owner);
		model.addAttribute("form", form);
		model.addAttribute("secretariat", ActorPermissions.isSecretariat(authentication));
		model.addAttribute("roles", WebSupport.options(AssociationRole.class, messages, locale));
		if (!model.containsAttribute("personId")) {
			model.addAttribute("personId", null);
		}
		return "actors/person-form";
	}
}
