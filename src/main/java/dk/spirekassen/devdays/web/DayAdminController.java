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

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Web;

/**
 * The secretariat's side of development days: the list of days, planning a day, and a day's overview. The day's
 * other parts have their own pages and controllers: participants and the waitlist ({@link DayStaffController}), the
 * programme ({@link DayProgrammeController}), messages ({@link DayMessageController}), ideas and groups
 * ({@link IdeaController}) and the evaluation ({@link EvaluationController}).
 */
@Controller
@RequestMapping("/sekretariat/udviklingsdage")
class DayAdminController {

	private static final String LABELS = "day.field.";

	private final DayManagement days;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	DayAdminController(DayManagement days, ActorManagement actors, MessageSource messages, Forms forms) {
		this.days = days;
		this.actors = actors;
		this.messages = messages;
		this.forms = forms;
	}

	@GetMapping
	String overview(Locale locale, Model model) {
		model.addAttribute("upcoming", days.upcoming(locale));
		model.addAttribute("past", days.past(locale));
		return "devdays/admin-days";
	}

	@GetMapping("/ny")
	String createForm(Locale locale, Model model) {
		return form(null, FormView.of(Map.of("capacity", 80), messages, locale, LABELS), locale, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DayForm submitted, BindingResult result, HttpServletRequest request,
			Locale locale, Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/sekretariat/udviklingsdage/" + days.create(submitted.toDetails()) + "?gemt";
			}
			catch (RegistrationRefusedException ex) {
				return form(null, submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey(), ex.args()),
						locale, model);
			}
		}
		return form(null, submitted(request, result, locale), locale, model);
	}

	@GetMapping("/{id:\\d+}/rediger")
	String editForm(@PathVariable long id, Locale locale, Model model) {
		var details = days.details(id).orElseThrow(() -> new NotFoundException("day", id));
		return form(id, FormView.of(values(details), messages, locale, LABELS), locale, model);
	}

	@PostMapping("/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DayForm submitted, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		days.details(id).orElseThrow(() -> new NotFoundException("day", id));
		if (!result.hasErrors()) {
			try {
				days.update(id, submitted.toDetails());
				return "redirect:/sekretariat/udviklingsdage/" + id + "?gemt";
			}
			catch (RegistrationRefusedException ex) {
				return form(id, submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey(), ex.args()),
						locale, model);
			}
		}
		return form(id, submitted(request, result, locale), locale, model);
	}

	/** The day's overview: its facts, seats, the participant mix and the tools for the door. */
	@GetMapping("/{id:\\d+}")
	String day(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("day", days.day(id, locale));
		model.addAttribute("mix", days.participantMix(id));
		return "devdays/admin-day";
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, DayForm.class, LABELS, locale);
	}

	private String form(Long id, FormView form, Locale locale, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("regions", Web.options(Region.class, messages, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
		return "devdays/day-form";
	}

	private static Map<String, Object> values(DayDetails d) {
		var values = new LinkedHashMap<String, Object>();
		values.put("title", d.title());
		values.put("themeId", d.themeId());
		values.put("description", d.description());
		values.put("region", d.region());
		values.put("venue", d.venue());
		values.put("address", d.address());
		values.put("startsAt", local(d.startsAt()));
		values.put("endsAt", local(d.endsAt()));
		values.put("capacity", d.capacity());
		values.put("registrationOpensAt", local(d.registrationOpensAt()));
		values.put("registrationClosesAt", local(d.registrationClosesAt()));
		values.put("organisers", d.organisers());
		return values;
	}

	private static LocalDateTime local(java.time.Instant instant) {
		return LocalDateTime.ofInstant(instant, DayForm.DANISH_TIME).withSecond(0).withNano(0);
	}
}
