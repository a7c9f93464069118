package dk.spirekassen.devdays.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;
import java.util.Map;

import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.DayViews.DayView;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;

/**
 * A day's programme as the secretariat plans it: its items, one to add, and removing one (which asks first).
 */
@Controller
@RequestMapping("/sekretariat/udviklingsdage/{id:\\d+}/program")
class DayProgrammeController {

	private static final String LABELS = "programme.field.";

	private final DayManagement days;

	private final MessageSource messages;

	private final Forms forms;

	DayProgrammeController(DayManagement days, MessageSource messages, Forms forms) {
		this.days = days;
		this.messages = messages;
		this.forms = forms;
	}

	@ModelAttribute("day")
	DayView day(@PathVariable long id, Locale locale) {
		return days.day(id, locale);
	}

	@GetMapping
	String programme(Locale locale, Model model) {
		return page(FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm submitted, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		var form = forms.submitted(request, result, ProgrammeForm.class, LABELS, locale);
		if (!result.hasErrors()) {
			try {
				days.addProgrammeItem(id, submitted.startsAt(), submitted.endsAt(), submitted.title(),
						submitted.description());
				return "redirect:/sekretariat/udviklingsdage/" + id + "/program?gemt";
			}
			catch (RegistrationRefusedException ex) {
				form.rejectKey(ex.field(), ex.messageKey(), ex.args());
			}
		}
		return page(form, model);
	}

	@PostMapping("/{itemId:\\d+}/slet")
	String remove(@PathVariable long id, @PathVariable long itemId) {
		days.removeProgrammeItem(id, itemId);
		return "redirect:/sekretariat/udviklingsdage/" + id + "/program?gemt";
	}

	private static String page(FormView form, Model model) {
		model.addAttribute("form", form);
		return "devdays/programme";
	}
}
