package dk.spirekassen.projects.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;

/**
 * The organisation proposed as a project's owner (its staff) or the secretariat accepts or declines.
 */
@Controller
class OwnershipController {

	private final ProjectManagement projects;

	OwnershipController(ProjectManagement projects) {
		this.projects = projects;
	}

	@PostMapping("/projekter/{id:\\d+}/ejerskab")
	String decide(@PathVariable long id, @RequestParam boolean accept, Authentication authentication) {
		projects.decideOwnership(id, accept, Viewer.of(authentication));
		return "redirect:/projekter/" + id + "?gemt#ejerskab";
	}
}
