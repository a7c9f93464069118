package dk.spirekassen.projects.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.spirekassen.projects.Matchmaking;

/**
 * How matching works, for the secretariat: suggestions shown and opened, offers and their outcomes, precision from
 * feedback and the time from a need to its first offer.
 */
@Controller
class MatchMetricsController {

	private final Matchmaking matchmaking;

	MatchMetricsController(Matchmaking matchmaking) {
		this.matchmaking = matchmaking;
	}

	@GetMapping("/sekretariat/matchning")
	String metrics(Model model) {
		model.addAttribute("metrics", matchmaking.metrics());
		return "projects/match-metrics";
	}
}
