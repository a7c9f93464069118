package dk.spirekassen.devdays.web;

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

import java.util.Locale;
import java.util.Map;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.devdays.RegistrationStatus;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.Option;

/**
 * Ideas from a development day and the project groups formed from them: the secretariat's page, and a
 * participant's own idea through the self-service link.
 */
@Controller
class IdeaController {

	private final IdeaManagement ideas;

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	IdeaController(IdeaManagement ideas, DayManagement days, RegistrationDesk desk, ActorManagement actors,
			MessageSource messages, Forms forms) {
		this.ideas = ideas;
		this.days = days;
		this.desk = desk;
		this.actors = actors;
		this.messages = messages;
		this.forms = forms;
	}

	@GetMapping("/sekretariat/udviklingsdage/{id:\\d+}/ideer")
	String page(@PathVariable long id, Locale locale, Model model) {
		return page(id, empty("idea.field.", locale), empty("group.field.", locale), locale, model);
	}

	@PostMapping("/sekretariat/udviklingsdage/{id:\\d+}/ideer")
	String addIdea(@PathVariable long id, @Valid @ModelAttribute("ideaForm") IdeaForm submitted, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		var form = forms.submitted(request, result, IdeaForm.class, "idea.field.", locale);
		if (submitted.proposerName() == null || submitted.proposerName().isBlank()) {
			form.rejectKey("proposerName", "validation.required");
		}
		if (form.hasErrors()) {
			return page(id, form, empty("group.field.", locale), locale, model);
		}
		try {
			ideas.addIdea(id, submitted.title(), submitted.description(), submitted.themeId(),
					submitted.proposerName());
		}
		catch (RegistrationRefusedException ex) {
			return page(id, form.rejectKey(ex.field(), ex.messageKey(), ex.args()), empty("group.field.", locale),
					locale, model);
		}
		return "redirect:/sekretariat/udviklingsdage/" + id + "/ideer?gemt";
	}

	@PostMapping("/sekretariat/udviklingsdage/{id:\\d+}/grupper")
	String formGroup(@PathVariable long id, @Valid @ModelAttribute("groupForm") GroupForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		if (!result.hasErrors()) {
			try {
				var by = authentication.getPrincipal() instanceof SignedInUser user ? user.displayName() : null;
				ideas.formGroup(id, submitted.groupTitle(), submitted.groupSummary(), submitted.ideaIds(), submitted.memberIds(),
						by);
				return "redirect:/sekretariat/udviklingsdage/" + id + "/ideer?gemt#grupper";
			}
			catch (RegistrationRefusedException ex) {
				return page(id, empty("idea.field.", locale), forms
					.submitted(request, result, GroupForm.class, "group.field.", locale)
					.rejectKey(ex.field(), ex.messageKey(), ex.args()), locale, model);
			}
		}
		return page(id, empty("idea.field.", locale),
				forms.submitted(request, result, GroupForm.class, "group.field.", locale), locale, model);
	}

	@PostMapping("/tilmelding/{token}/ideer")
	String participantIdea(@PathVariable String token, @Valid @ModelAttribute("ideaForm") IdeaForm submitted,
			BindingResult result, HttpServletResponse response, Locale locale) {
		if (desk.byToken(token).isEmpty()) {
			response.setStatus(404);
			return "devdays/unknown-link";
		}
		if (result.hasErrors()) {
			return "redirect:/tilmelding/" + token + "?ide-mangler";
		}
		try {
			ideas.addIdeaByToken(token, submitted.title(), submitted.description(), submitted.themeId());
			return "redirect:/tilmelding/" + token + "?ide";
		}
		catch (RegistrationRefusedException ex) {
			return "redirect:/tilmelding/" + token + ("themeId".equals(ex.field()) ? "?ide-mangler" : "?ide-afvist");
		}
	}

	private String page(long id, FormView ideaForm, FormView groupForm, Locale locale, Model model) {
		model.addAttribute("day", days.day(id, locale));
		model.addAttribute("ideas", ideas.ideas(id));
		model.addAttribute("groups", ideas.groups(id));
		model.addAttribute("participants", days.registrations(id)
			.stream()
			.filter(r -> r.status() == RegistrationStatus.CONFIRMED)
			.map(r -> new Option(String.valueOf(r.id()), r.name() + (r.organisation() == null ? "" : " (" + r.organisation() + ")")))
			.toList());
		model.addAttribute("themes", actors.themeOptions(locale));
		model.addAttribute("ideaForm", ideaForm);
		model.addAttribute("groupForm", groupForm);
		return "devdays/ideas";
	}

	private FormView empty(String labels, Locale locale) {
		return FormView.of(Map.of(), messages, locale, labels);
	}
}
