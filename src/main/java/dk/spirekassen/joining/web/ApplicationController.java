package dk.spirekassen.joining.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
import dk.spirekassen.joining.Joining;
import dk.spirekassen.joining.StaffAccess;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.RefusedException;
import dk.spirekassen.shared.Web;

/**
 * The secretariat's applications (under {@code /sekretariat}, so for the secretariat only): those to look at, oldest
 * first, and each one with its profile and the three decisions: approve, reject with a reason, or ask for more.
 */
@Controller
class ApplicationController {

	private static final String LABELS = "joining.decision.";

	private final Joining joining;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	private final String baseUrl;

	private final StaffAccess staff;

	ApplicationController(Joining joining, StaffAccess staff, ActorManagement actors, MessageSource messages,
			Forms forms, @Value("${spirekassen.base-url}") String baseUrl) {
		this.joining = joining;
		this.staff = staff;
		this.actors = actors;
		this.messages = messages;
		this.forms = forms;
		this.baseUrl = baseUrl;
	}

	/** A reason for a rejection, or a question for the applicant. */
	record DecisionForm(@NotBlank(message = "{validation.required}") @Size(max = 2000,
			message = "{validation.max}") String message) {
	}

	@GetMapping("/sekretariat/ansoegninger")
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", joining.open(Web.page(page)));
		model.addAttribute("requests", staff.allWaiting());
		return "joining/applications";
	}

	@GetMapping("/sekretariat/ansoegninger/{id:\\d+}")
	String show(@PathVariable long id, Locale locale, Model model) {
		return page(id, FormView.of(Map.of(), messages, locale, LABELS), locale, model);
	}

	@PostMapping("/sekretariat/ansoegninger/{id:\\d+}/godkend")
	String approve(@PathVariable long id, Locale locale, Model model) {
		try {
			return "redirect:/partnere/" + joining.approve(id, baseUrl) + "?gemt";
		}
		catch (RefusedException ex) {
			return page(id, FormView.of(Map.of(), messages, locale, LABELS).rejectKey(null, ex.messageKey()), locale,
					model);
		}
	}

	@PostMapping("/sekretariat/ansoegninger/{id:\\d+}/afvis")
	String reject(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm submitted,
			BindingResult result, HttpServletRequest request, Locale locale, Model model) {
		return decide(id, result, request, locale, model, () -> joining.reject(id, submitted.message()));
	}

	@PostMapping("/sekretariat/ansoegninger/{id:\\d+}/spoerg")
	String ask(@PathVariable long id, @Valid @ModelAttribute("form") DecisionForm submitted, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		return decide(id, result, request, locale, model, () -> joining.askForMore(id, submitted.message(), baseUrl));
	}

	private String decide(long id, BindingResult result, HttpServletRequest request, Locale locale, Model model,
			Runnable decision) {
		var form = forms.submitted(request, result, DecisionForm.class, LABELS, locale);
		if (result.hasErrors()) {
			return page(id, form, locale, model);
		}
		try {
			decision.run();
			return "redirect:/sekretariat/ansoegninger?besluttet";
		}
		catch (RefusedException ex) {
			return page(id, form.rejectKey(ex.field(), ex.messageKey()), locale, model);
		}
	}

	private String page(long id, FormView form, Locale locale, Model model) {
		var application = joining.application(id);
		model.addAttribute("application", application);
		model.addAttribute("themes", actors.themeOptions(locale)
			.stream()
			.filter(t -> application.profile().themeIds().contains(Long.valueOf(t.value())))
			.map(Option::label)
			.toList());
		model.addAttribute("form", form);
		return "joining/application";
	}
}
