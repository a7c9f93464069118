package dk.spirekassen.devdays.web;

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
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Web;

/**
 * The secretariat's side of development days: the overview, planning a day and its programme, and the people
 * registered, with the waitlist to promote, move or remove by hand (each with a reason), the participant mix, and
 * one message at a time to the confirmed or the waitlist.
 */
@Controller
@RequestMapping("/sekretariat/udviklingsdage")
class DayAdminController {

	private static final String LABELS = "day.field.";

	private static final String MESSAGE_LABELS = "dayMessage.field.";

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	DayAdminController(DayManagement days, RegistrationDesk desk, ActorManagement actors, MessageSource messages,
			Forms forms) {
		this.days = days;
		this.desk = desk;
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

	@GetMapping("/{id:\\d+}")
	String day(@PathVariable long id, @RequestParam(name = "sendt", required = false) Integer sent, Locale locale,
			Model model) {
		model.addAttribute("sent", sent);
		return staffPage(id, FormView.of(Map.of(), messages, locale, "programme.field."), null, locale, model);
	}

	@PostMapping("/{id:\\d+}/program")
	String addProgrammeItem(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm submitted,
			BindingResult result, HttpServletRequest request, Locale locale, Model model) {
		if (!result.hasErrors()) {
			try {
				days.addProgrammeItem(id, submitted.startsAt(), submitted.endsAt(), submitted.title(),
						submitted.description());
				return "redirect:/sekretariat/udviklingsdage/" + id + "?gemt#program";
			}
			catch (RegistrationRefusedException ex) {
				return staffPage(id, forms.submitted(request, result, ProgrammeForm.class, "programme.field.", locale)
					.rejectKey(ex.field(), ex.messageKey(), ex.args()), null, locale, model);
			}
		}
		return staffPage(id, forms.submitted(request, result, ProgrammeForm.class, "programme.field.", locale), null,
				locale, model);
	}

	@PostMapping("/{id:\\d+}/program/{itemId:\\d+}/slet")
	String removeProgrammeItem(@PathVariable long id, @PathVariable long itemId) {
		days.removeProgrammeItem(id, itemId);
		return "redirect:/sekretariat/udviklingsdage/" + id + "?gemt#program";
	}

	/** Emails the confirmed or the waitlist and comes back saying how many it went to. */
	@PostMapping("/{id:\\d+}/beskeder")
	String sendMessage(@PathVariable long id, @Valid @ModelAttribute("messageForm") DayMessageForm submitted,
			BindingResult result, HttpServletRequest request, Locale locale, Model model) {
		days.details(id).orElseThrow(() -> new NotFoundException("day", id));
		var form = forms.submitted(request, result, DayMessageForm.class, MESSAGE_LABELS, locale);
		if (!result.hasErrors()) {
			try {
				int sent = days.sendMessage(id, submitted.audience(), submitted.subject(), submitted.body());
				return "redirect:/sekretariat/udviklingsdage/" + id + "?sendt=" + sent + "#beskeder";
			}
			catch (RegistrationRefusedException ex) {
				form.rejectKey(ex.field(), ex.messageKey(), ex.args());
			}
		}
		return staffPage(id, FormView.of(Map.of(), messages, locale, "programme.field."), form, null, locale, model);
	}

	/** Promote, move up or down, or remove a registration; every action needs a reason. */
	@PostMapping("/{id:\\d+}/tilmeldinger/{registrationId:\\d+}")
	String act(@PathVariable long id, @PathVariable long registrationId, @RequestParam String action,
			@RequestParam(required = false) String reason, Authentication authentication, Locale locale, Model model) {
		var actor = authentication.getPrincipal() instanceof SignedInUser user ? user.displayName() : null;
		try {
			switch (action) {
				case "promote" -> desk.promote(registrationId, reason, actor);
				case "up" -> desk.move(registrationId, true, reason, actor);
				case "down" -> desk.move(registrationId, false, reason, actor);
				case "remove" -> desk.remove(registrationId, reason, actor);
				default -> throw new RegistrationRefusedException(null, "waitlist.error.action");
			}
			return "redirect:/sekretariat/udviklingsdage/" + id + "?gemt#deltagere";
		}
		catch (RegistrationRefusedException ex) {
			var message = messages.getMessage(ex.messageKey(), ex.args(), locale);
			if ("reason".equals(ex.field())) {
				message = messages.getMessage("waitlist.field.reason", null, locale) + ": " + message;
			}
			return staffPage(id, FormView.of(Map.of(), messages, locale, "programme.field."), message, locale, model);
		}
	}

	private String staffPage(long id, FormView programmeForm, String actionError, Locale locale, Model model) {
		return staffPage(id, programmeForm, FormView.of(Map.of(), messages, locale, MESSAGE_LABELS), actionError, locale,
				model);
	}

	private String staffPage(long id, FormView programmeForm, FormView messageForm, String actionError, Locale locale,
			Model model) {
		model.addAttribute("day", days.day(id, locale));
		model.addAttribute("registrations", days.registrations(id));
		model.addAttribute("mix", days.participantMix(id));
		model.addAttribute("form", programmeForm);
		model.addAttribute("messageForm", messageForm);
		model.addAttribute("actionError", actionError);
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
