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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Locale;

import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.UploadLimitFilter;
import dk.spirekassen.shared.Web;

/** The secretariat writes news; whoever may write a post (news or an update) changes and removes it here. */
@Controller
class NewsWritingController {

	private final NewsManagement news;

	private final NewsForms forms;

	NewsWritingController(NewsManagement news, NewsForms forms) {
		this.news = news;
		this.forms = forms;
	}

	@GetMapping("/nyheder/ny")
	String create(@RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge,
			Authentication authentication, Locale locale, Model model) {
		Web.require(Viewer.of(authentication).secretariat());
		return form(forms.empty(tooLarge, locale), null, false, locale, model);
	}

	@PostMapping("/nyheder")
	String publish(@RequestParam(required = false) MultipartFile image,
			@Valid @ModelAttribute("form") NewsForm submitted, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) throws IOException {
		var viewer = Viewer.of(authentication);
		Web.require(viewer.secretariat());
		return forms.save(submitted, image, result, request, locale, details -> news.publish(details, viewer),
				form -> form(form, null, false, locale, model));
	}

	@GetMapping("/nyheder/{id:\\d+}/rediger")
	String edit(@PathVariable long id, @RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge,
			Authentication authentication, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		var details = news.details(id, viewer);
		model.addAttribute("update", news.projectOf(id, viewer) != null);
		return form(forms.of(details, tooLarge, locale), id, details.imageAlt() != null, locale, model);
	}

	@PostMapping("/nyheder/{id:\\d+}")
	String revise(@PathVariable long id, @RequestParam(required = false) MultipartFile image,
			@Valid @ModelAttribute("form") NewsForm submitted, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) throws IOException {
		var viewer = Viewer.of(authentication);
		boolean hasImage = news.details(id, viewer).imageAlt() != null;
		model.addAttribute("update", news.projectOf(id, viewer) != null);
		return forms.save(submitted, image, result, request, locale, details -> {
			news.revise(id, details, viewer);
			return id;
		}, form -> form(form, id, hasImage, locale, model));
	}

	@PostMapping("/nyheder/{id:\\d+}/slet")
	String remove(@PathVariable long id, Authentication authentication) {
		var projectId = news.remove(id, Viewer.of(authentication));
		return projectId == null ? "redirect:/nyheder?slettet" : "redirect:/projekter/" + projectId + "?gemt#opdateringer";
	}

	private String form(FormView form, Long id, boolean hasImage, Locale locale, Model model) {
		forms.options(model, locale);
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("hasImage", hasImage);
		return "news/news-form";
	}
}
