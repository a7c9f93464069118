package dk.spirekassen.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.spirekassen.actors.ActorManagement;

@Controller
class HomeController {

	private final ActorManagement actors;

	HomeController(ActorManagement actors) {
		this.actors = actors;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("coverage", actors.coverage());
		return "web/home";
	}
}
