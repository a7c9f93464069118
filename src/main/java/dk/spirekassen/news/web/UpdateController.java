package dk.spirekassen.news.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Locale;

import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.UploadLimitFilter;
import dk.spirekassen.shared.Web;

/** A project's lead and the owner organisation's staff write updates on the project. */
@Controller
@RequestMapping("/projekter/{id:\\d+}/opdateringer")
class UpdateController {

	private final NewsManagement news;

	private final ProjectCatalogue projects;

	private final NewsForms forms;

	UpdateController(NewsManagement news, ProjectCatalogue projects, NewsForms forms) {
		this.news = news;
		this.projects = projects;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		var project = projects.heading(id, Viewer.of(authentication));
		Web.require(project.can().postUpdates());
		return project;
	}

	@GetMapping("/ny")
	String create(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge, Locale locale,
			Model model) {
		return form(forms.empty(tooLarge, locale), locale, model);
	}

	@PostMapping
	String publish(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@RequestParam(required = false) MultipartFile image, @Valid @ModelAttribute("form") NewsForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) throws IOException {
		var viewer = Viewer.of(authentication);
		return forms.save(submitted, image, result, request, locale,
				details -> news.publishUpdate(project.id(), details, viewer), form -> form(form, locale, model));
	}

	private String form(FormView form, Locale locale, Model model) {
		forms.options(model, locale);
		model.addAttribute("form", form);
		model.addAttribute("hasImage", false);
		return "news/news-form";
	}
}
