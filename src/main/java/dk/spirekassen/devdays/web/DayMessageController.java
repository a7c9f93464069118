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
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;

import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.DayViews.DayView;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;

/**
 * One email at a time from the secretariat to a day's confirmed participants or its waitlist.
 */
@Controller
@RequestMapping("/sekretariat/udviklingsdage/{id:\\d+}/beskeder")
class DayMessageController {

	private static final String LABELS = "dayMessage.field.";

	private final DayManagement days;

	private final MessageSource messages;

	private final Forms forms;

	DayMessageController(DayManagement days, MessageSource messages, Forms forms) {
		this.days = days;
		this.messages = messages;
		this.forms = forms;
	}

	@ModelAttribute("day")
	DayView day(@PathVariable long id, Locale locale) {
		return days.day(id, locale);
	}

	/** The form, and after sending, how many the message went to. */
	@GetMapping
	String form(@RequestParam(name = "sendt", required = false) Integer sent, Locale locale, Model model) {
		model.addAttribute("sent", sent);
		return page(FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	/** Emails the confirmed or the waitlist and comes back saying how many it went to. */
	@PostMapping
	String send(@PathVariable long id, @Valid @ModelAttribute("messageForm") DayMessageForm submitted,
			BindingResult result, HttpServletRequest request, Locale locale, Model model) {
		var form = forms.submitted(request, result, DayMessageForm.class, LABELS, locale);
		if (!result.hasErrors()) {
			try {
				int sent = days.sendMessage(id, submitted.audience(), submitted.subject(), submitted.body());
				return "redirect:/sekretariat/udviklingsdage/" + id + "/beskeder?sendt=" + sent;
			}
			catch (RegistrationRefusedException ex) {
				form.rejectKey(ex.field(), ex.messageKey(), ex.args());
			}
		}
		return page(form, model);
	}

	private static String page(FormView form, Model model) {
		model.addAttribute("messageForm", form);
		return "devdays/messages";
	}
}
