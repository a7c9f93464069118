package dk.spirekassen.news.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.Web;

/** The news page (the secretariat's news, or one project's updates), a post, and a post's image. */
@Controller
class NewsController {

	private final NewsManagement news;

	NewsController(NewsManagement news) {
		this.news = news;
	}

	@GetMapping("/nyheder")
	String list(@RequestParam(name = "projekt", required = false) Long projectId,
			@RequestParam(required = false) Integer page, Authentication authentication, Model model) {
		var viewer = Viewer.of(authentication);
		if (projectId == null) {
			model.addAttribute("page", news.news(viewer, Web.page(page)));
		}
		else {
			model.addAttribute("page", news.updates(projectId, viewer, Web.page(page)));
			model.addAttribute("projectId", projectId);
			model.addAttribute("projectTitle", news.projectTitle(projectId, viewer));
		}
		model.addAttribute("mayWrite", viewer.secretariat() && projectId == null);
		return "news/news";
	}

	@GetMapping("/nyheder/{id:\\d+}")
	String post(@PathVariable long id, Authentication authentication, Model model) {
		model.addAttribute("post", news.post(id, Viewer.of(authentication)));
		return "news/post";
	}

	/** A post's image, checked by its content when it was uploaded and sent with that type only. */
	@GetMapping("/nyheder/{id:\\d+}/billede")
	ResponseEntity<byte[]> image(@PathVariable long id, Authentication authentication) {
		var image = news.image(id, Viewer.of(authentication));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.header("Content-Disposition", "inline")
			.body(image.content());
	}
}
