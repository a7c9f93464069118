package dk.spirekassen.devdays.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.EvaluationManagement;
import dk.spirekassen.devdays.RegistrationRefusedException;

/**
 * The evaluation survey: the secretariat sends it and reads the results; a participant answers it by the link.
 */
@Controller
class EvaluationController {

	private final EvaluationManagement evaluations;

	private final DayManagement days;

	EvaluationController(EvaluationManagement evaluations, DayManagement days) {
		this.evaluations = evaluations;
		this.days = days;
	}

	@GetMapping("/sekretariat/udviklingsdage/{id:\\d+}/evaluering")
	String results(@PathVariable long id, @RequestParam(required = false) Integer sendt, Locale locale, Model model) {
		model.addAttribute("day", days.day(id, locale));
		model.addAttribute("results", evaluations.results(id));
		model.addAttribute("questions", EvaluationManagement.QUESTIONS);
		model.addAttribute("sent", sendt);
		return "devdays/evaluation-results";
	}

	@PostMapping("/sekretariat/udviklingsdage/{id:\\d+}/evaluering")
	String invite(@PathVariable long id) {
		return "redirect:/sekretariat/udviklingsdage/" + id + "/evaluering?sendt=" + evaluations.invite(id);
	}

	@GetMapping("/evaluering/{token}")
	String form(@PathVariable String token, HttpServletResponse response, Model model) {
		var invitation = evaluations.invitation(token);
		if (invitation.isEmpty()) {
			response.setStatus(404);
			return "devdays/unknown-link";
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("questions", EvaluationManagement.QUESTIONS);
		model.addAttribute("token", token);
		model.addAttribute("error", null);
		return "devdays/evaluation";
	}

	@PostMapping("/evaluering/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) Integer benefit,
			@RequestParam(required = false) Integer relevance, @RequestParam(required = false) Integer continuation,
			@RequestParam(required = false) String comment, HttpServletResponse response, Model model) {
		var invitation = evaluations.invitation(token);
		if (invitation.isEmpty()) {
			response.setStatus(404);
			return "devdays/unknown-link";
		}
		String error = null;
		if (benefit == null || relevance == null || continuation == null) {
			error = "evaluation.error.missing";
		}
		else if (comment != null && comment.length() > 2000) {
			error = "evaluation.error.comment";
		}
		else {
			try {
				evaluations.answer(token, benefit, relevance, continuation, comment);
				return "redirect:/evaluering/" + token + "?tak";
			}
			catch (RegistrationRefusedException ex) {
				error = ex.messageKey();
			}
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("questions", EvaluationManagement.QUESTIONS);
		model.addAttribute("token", token);
		model.addAttribute("error", error);
		model.addAttribute("benefit", benefit);
		model.addAttribute("relevance", relevance);
		model.addAttribute("continuation", continuation);
		model.addAttribute("comment", comment);
		return "devdays/evaluation";
	}
}
