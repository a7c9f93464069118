package dk.spirekassen.projects.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.spirekassen.projects.Matchmaking;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.Web;

/**
 * The needs suggested to a partner on its dashboard: following one to its project (counted as opened), and "Ikke
 * relevant".
 */
@Controller
@RequestMapping("/mit-overblik/forslag/{needId:\\d+}")
class SuggestedNeedsController {

	private final Matchmaking matchmaking;

	SuggestedNeedsController(Matchmaking matchmaking) {
		this.matchmaking = matchmaking;
	}

	@GetMapping
	String open(@PathVariable long needId, Authentication authentication) {
		var viewer = Viewer.of(authentication);
		Web.require(viewer.partnerId() != null);
		long projectId = matchmaking.open(needId, viewer);
		return "redirect:/projekter/" + projectId + "#behov-" + needId;
	}

	@PostMapping("/ikke-relevant")
	String dismiss(@PathVariable long needId, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer rank, Authentication authentication,
			RedirectAttributes redirect) {
		var viewer = Viewer.of(authentication);
		Web.require(viewer.partnerId() != null);
		if (reason != null && reason.strip().length() > SuggestionController.MAX_REASON) {
			redirect.addFlashAttribute("dismissRefused", "match.error.reasonTooLong");
			return "redirect:/mit-overblik#forslag";
		}
		matchmaking.dismissNeed(needId, reason, SuggestionController.rank(rank), viewer);
		return "redirect:/mit-overblik?fjernet#forslag";
	}
}
