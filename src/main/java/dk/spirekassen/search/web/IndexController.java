package dk.spirekassen.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import dk.spirekassen.search.IndexBuilds;
import dk.spirekassen.shared.Web;

/**
 * The secretariat's view of the search index: rebuild it from the database, and follow the rebuild on a bar.
 */
@Controller
@RequestMapping("/sekretariat/soegeindeks")
class IndexController {

	private final IndexBuilds builds;

	IndexController(IndexBuilds builds) {
		this.builds = builds;
	}

	@GetMapping
	String show(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("progress", builds.progress());
		return Web.partial(request, response) ? "search/index-status" : "search/index";
	}

	@PostMapping
	String rebuild() {
		builds.start();
		return "redirect:/sekretariat/soegeindeks";
	}
}
