package dk.spirekassen.actors.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;

/**
 * Figures about the directory: membership coverage, and who is in it.
 */
@Controller
class StatisticsController {

	private final ActorManagement actors;

	private final Directory directory;

	StatisticsController(ActorManagement actors, Directory directory) {
		this.actors = actors;
		this.directory = directory;
	}

	@GetMapping("/statistik")
	String statistics(Model model) {
		model.addAttribute("coverage", actors.coverage());
		model.addAttribute("statistics", directory.statistics());
		return "actors/statistics";
	}

	@GetMapping("/foreningen")
	String association(Model model) {
		model.addAttribute("people", directory.associationPeople());
		model.addAttribute("coverage", actors.coverage());
		return "actors/association";
	}
}
