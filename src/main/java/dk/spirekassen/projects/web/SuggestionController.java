package dk.spirekassen.projects.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import dk.spirekassen.projects.Matchmaking;
import dk.spirekassen.projects.ProjectRuleException;
import dk.spirekassen.projects.Viewer;

/**
 * The partners suggested for a project's need, for those who decide its offers: each with its reasons, to invite or
 * to mark "Ikke relevant".
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/behov/{needId:\\d+}/forslag")
class SuggestionController {

	/** The longest reason for "Ikke relevant". */
	static final int MAX_REASON = 500;

	private final Matchmaking matchmaking;

	SuggestionController(Matchmaking matchmaking) {
		this.matchmaking = matchmaking;
	}

	@GetMapping
	String suggestions(@PathVariable long id, @PathVariable long needId, Authentication authentication,
			Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		var suggested = matchmaking.suggestions(id, needId, viewer, locale);
		model.addAttribute("need", suggested.need());
		model.addAttribute("suggestions", suggested.partners());
		model.addAttribute("organisations", suggested.organisations());
		model.addAttribute("maxReason", MAX_REASON);
		return "projects/suggestions";
	}

	@PostMapping("/{partnerId:\\d+}/inviter")
	String invite(@PathVariable long id, @PathVariable long needId, @PathVariable long partnerId,
			@RequestParam(required = false) Integer rank, Authentication authentication) {
		matchmaking.invite(id, needId, partnerId, rank(rank), Viewer.of(authentication));
		return "redirect:/projekter/" + id + "/behov/" + needId + "/forslag?inviteret";
	}

	@PostMapping("/{partnerId:\\d+}/ikke-relevant")
	String dismiss(@PathVariable long id, @PathVariable long needId, @PathVariable long partnerId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer rank,
			Authentication authentication) {
		matchmaking.dismissPartner(id, needId, partnerId, reason(reason), rank(rank), Viewer.of(authentication));
		return "redirect:/projekter/" + id + "/behov/" + needId + "/forslag?fjernet";
	}

	/** A rank outside the list is not a rank that was shown. */
	static Integer rank(Integer rank) {
		return rank != null && rank >= 1 && rank <= Matchmaking.SHOWN ? rank : null;
	}

	/** A reason longer than the field allows is refused with a message, not cut. */
	static String reason(String reason) {
		if (reason != null && reason.strip().length() > MAX_REASON) {
			throw new ProjectRuleException("reason", "match.error.reasonTooLong");
		}
		return reason;
	}
}
