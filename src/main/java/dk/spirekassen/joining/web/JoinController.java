package dk.spirekassen.joining.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.joining.JoinThrottle;
import dk.spirekassen.joining.Joining;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.RefusedException;
import dk.spirekassen.shared.Web;

/**
 * "Bliv partner": an outside actor applies with a login and a partner profile, confirms the address by the mailed
 * link, and answers the secretariat's question by another. Nothing here needs a session.
 */
@Controller
class JoinController {

	/** The form's labels: the partner form's, and the applicant's own fields beside them. */
	static final String LABELS = "partner.field.";

	/** What only the first application asks; an answer to the secretariat changes the profile alone. */
	private static final Set<String> APPLICANT_FIELDS = Set.of("applicantName", "applicantEmail", "password",
			"repeatPassword", "consent");

	private final Joining joining;

	private final JoinThrottle throttle;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	private final String baseUrl;

	JoinController(Joining joining, JoinThrottle throttle, ActorManagement actors, MessageSource messages,
			Forms forms, @Value("${spirekassen.base-url}") String baseUrl) {
		this.joining = joining;
		this.throttle = throttle;
		this.actors = actors;
		this.messages = messages;
		this.forms = forms;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/bliv-partner")
	String form(Locale locale, Model model) {
		return form(FormView.of(Map.of("kind", PartnerKind.ADVISOR), messages, locale, LABELS), locale, model);
	}

	@PostMapping("/bliv-partner")
	String apply(@Valid @ModelAttribute("form") JoinForm submitted, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		if (!throttle.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			return form(submitted(request, result, locale).rejectKey(null, "joining.error.throttled"), locale, model);
		}
		if (result.hasErrors()) {
			return form(submitted(request, result, locale), locale, model);
		}
		if (submitted.filledByARobot()) {
			// Answered as if it went through, so that the program learns nothing.
			return "redirect:/bliv-partner/sendt";
		}
		try {
			joining.apply(submitted.applicant(), submitted.profile(), baseUrl, locale);
			return "redirect:/bliv-partner/sendt";
		}
		catch (RefusedException ex) {
			return form(submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey(), ex.args()), locale,
					model);
		}
	}

	@GetMapping("/bliv-partner/sendt")
	String sent(Model model) {
		return MessagePage.show("joining.sent.title", "joining.sent.text", model);
	}

	/** The link in the first mail: the address is confirmed, and the application waits for the secretariat. */
	@GetMapping("/bliv-partner/bekraeft")
	String confirm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		if (!joining.confirm(token, baseUrl)) {
			response.setStatus(404);
			return MessagePage.show("joining.unknownLink.title", "joining.unknownLink.text", model);
		}
		return MessagePage.show("joining.confirmed.title", "joining.confirmed.text", model);
	}

	/** The link in the secretariat's question: the profile, to change and send again. */
	@GetMapping("/bliv-partner/svar")
	String answerForm(@RequestParam(required = false) String token, HttpServletResponse response, Locale locale,
			Model model) {
		var question = joining.question(token);
		if (question.isEmpty()) {
			response.setStatus(404);
			return MessagePage.show("joining.unknownLink.title", "joining.unknownLink.text", model);
		}
		model.addAttribute("question", question.get().question());
		return answer(token, FormView.of(question.get().profile().formValues(), messages, locale, LABELS), locale, model);
	}

	@PostMapping("/bliv-partner/svar")
	String answer(@RequestParam(required = false) String token, @Valid @ModelAttribute("form") JoinForm submitted,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		var question = joining.question(token);
		if (question.isEmpty()) {
			response.setStatus(404);
			return MessagePage.show("joining.unknownLink.title", "joining.unknownLink.text", model);
		}
		model.addAttribute("question", question.get().question());
		if (submitted == null || Forms.hasErrorsBesides(result, APPLICANT_FIELDS)) {
			return answer(token, forms.submittedIgnoring(request, result, JoinForm.class, LABELS, locale,
					APPLICANT_FIELDS), locale, model);
		}
		try {
			joining.answer(token, submitted.profileWithContact(question.get().profile().email()), baseUrl);
			return "redirect:/bliv-partner/besvaret";
		}
		catch (RefusedException ex) {
			return answer(token, forms.submittedIgnoring(request, result, JoinForm.class, LABELS, locale,
					APPLICANT_FIELDS).rejectKey(ex.field(), ex.messageKey(), ex.args()), locale, model);
		}
	}

	@GetMapping("/bliv-partner/besvaret")
	String answered(Model model) {
		return MessagePage.show("joining.answered.title", "joining.answered.text", model);
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, JoinForm.class, LABELS, locale);
	}

	private String form(FormView form, Locale locale, Model model) {
		options(locale, model);
		model.addAttribute("form", form);
		return "joining/join";
	}

	private String answer(String token, FormView form, Locale locale, Model model) {
		options(locale, model);
		model.addAttribute("form", form);
		model.addAttribute("token", token);
		return "joining/answer";
	}

	private void options(Locale locale, Model model) {
		model.addAttribute("kinds", Web.options(PartnerKind.class, messages, locale));
		model.addAttribute("regions", Web.options(Region.class, messages, locale));
		model.addAttribute("offers", Web.options(Offer.class, messages, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
	}
}
