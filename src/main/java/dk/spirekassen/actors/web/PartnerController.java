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

import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.actors.ActorGroups;
import dk.spirekassen.actors.ActorWork;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryConflictException;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.ProfileCompleteness;
import dk.spirekassen.actors.Region;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.SearchFields;

@Controller
class PartnerController {

	private static final String LABELS = "partner.field.";

	private final Directory directory;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	private final ObjectProvider<ActorWork> work;

	private final ObjectProvider<ActorGroups> groups;

	PartnerController(Directory directory, ActorManagement actors, MessageSource messages, Forms forms,
			ObjectProvider<ActorWork> work, ObjectProvider<ActorGroups> groups) {
		this.work = work;
		this.groups = groups;
		this.forms = forms;
		this.directory = directory;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/partnere")
	String list(@ModelAttribute("filter") PartnerFilter filter, @RequestParam(required = false) Integer page, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		model.addAttribute("page", directory.partners(filter, WebSupport.page(page), locale));
		if (WebSupport.partial(request, response)) {
			return "actors/partner-results";
		}
		model.addAttribute("kinds", WebSupport.options(PartnerKind.class, messages, locale));
		model.addAttribute("regions", WebSupport.options(Region.class, messages, locale));
		model.addAttribute("offers", WebSupport.options(Offer.class, messages, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
		return "actors/partners";
	}

	@GetMapping("/partnere/{id:\\d+}")
	String show(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var partner = directory.partner(id, locale).orElseThrow(() -> new NotFoundException("partner", id));
		model.addAttribute("partner", partner);
		model.addAttribute("completeness", ProfileCompleteness.of(partner));
		model.addAttribute("work", WebSupport.work(work, SearchFields.partner(id), authentication, locale));
		model.addAttribute("groups", WebSupport.groups(groups, SearchFields.partner(id), authentication, locale));
		return "actors/partner";
	}

	@GetMapping("/partnere/ny")
	String createForm(Authentication authentication, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.isSecretariat(authentication));
		return form(null, FormView.of(Map.of("kind", PartnerKind.ADVISOR), messages, locale, LABELS), locale, model);
	}

	@PostMapping("/partnere")
	String create(@Valid @ModelAttribute("form") PartnerForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.isSecretariat(authentication));
		if (!result.hasErrors()) {
			try {
				return "redirect:/partnere/" + actors.createPartner(submitted.toDetails()) + "?gemt";
			}
			catch (DirectoryConflictException ex) {
				return form(null, submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()), locale,
						model);
			}
		}
		return form(null, submitted(request, result, locale), locale, model);
	}

	@GetMapping("/partnere/{id:\\d+}/rediger")
	String editForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.canEditPartner(authentication, id));
		var partner = directory.partner(id, locale).orElseThrow(() -> new NotFoundException("partner", id));
		return form(id, FormView.of(partner.details().formValues(), messages, locale, LABELS), locale, model);
	}

	@PostMapping("/partnere/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PartnerForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		WebSupport.require(ActorPermissions.canEditPartner(authentication, id));
		if (!result.hasErrors()) {
			try {
				actors.updatePartner(id, submitted.toDetails());
				return "redirect:/partnere/" + id + "?gemt";
			}
			catch (DirectoryConflictException ex) {
				return form(id, submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()), locale,
						model);
			}
		}
		return form(id, submitted(request, result, locale), locale, model);
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, PartnerForm.class, LABELS, locale);
	}

	private String form(Long id, FormView form, Locale locale, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("kinds", WebSupport.options(PartnerKind.class, messages, locale));
		model.addAttribute("regions", WebSupport.options(Region.class, messages, locale));
		model.addAttribute("offers", WebSupport.options(Offer.class, messages, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
		return "actors/partner-form";
	}

}
