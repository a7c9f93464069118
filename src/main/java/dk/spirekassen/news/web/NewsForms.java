package dk.spirekassen.news.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import dk.spirekassen.news.NewsDetails;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.news.NewsVisibility;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.RefusedException;
import dk.spirekassen.shared.Web;

/**
 * What the forms of news and of project updates share: the form, empty or filled, and saving a submit that either
 * goes to the post or shows the form again with what was typed and why it was refused.
 */
@Component
class NewsForms {

	static final String LABELS = "news.field.";

	private final Forms forms;

	private final MessageSource messages;

	NewsForms(Forms forms, MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
	}

	/** A new post's form: public unless chosen otherwise, and "too large" if the upload limit sent it back. */
	FormView empty(String tooLarge, Locale locale) {
		var form = FormView.of(Map.of("visibility", NewsVisibility.PUBLIC), messages, locale, LABELS);
		return tooLarge == null ? form : tooLarge(form);
	}

	FormView of(NewsDetails details, String tooLarge, Locale locale) {
		var form = FormView.of(Map.of("title", details.title(), "body", details.body(), "visibility",
				details.visibility(), "imageAlt", details.imageAlt() == null ? "" : details.imageAlt()), messages, locale,
				LABELS);
		return tooLarge == null ? form : tooLarge(form);
	}

	private static FormView tooLarge(FormView form) {
		var refusal = NewsManagement.imageTooLarge();
		return form.rejectKey(refusal.field(), refusal.messageKey(), refusal.args());
	}

	void options(Model model, Locale locale) {
		model.addAttribute("visibilities", Web.options(NewsVisibility.class, messages, locale));
	}

	/**
	 * Saves a valid submit with the action (given the details, it gives the post's id) and goes to the post;
	 * otherwise, or when the rules refuse, shows the form again with what was typed.
	 */
	String save(NewsForm submitted, MultipartFile image, BindingResult result, HttpServletRequest request,
			Locale locale, ToLongFunction<NewsDetails> action, Function<FormView, String> form) throws IOException {
		if (result.hasErrors()) {
			return form.apply(forms.submitted(request, result, NewsForm.class, LABELS, locale));
		}
		try {
			return "redirect:/nyheder/" + action.applyAsLong(submitted.toDetails(bytes(image))) + "?gemt";
		}
		catch (RefusedException ex) {
			return form.apply(forms.submitted(request, result, NewsForm.class, LABELS, locale)
				.rejectKey(ex.field(), ex.messageKey(), ex.args()));
		}
	}

	/** The image's bytes; one larger than a post takes is refused before it is read. */
	private static byte[] bytes(MultipartFile image) throws IOException {
		if (image == null || image.isEmpty()) {
			return null;
		}
		if (image.getSize() > NewsManagement.MAX_IMAGE_BYTES) {
			throw NewsManagement.imageTooLarge();
		}
		return image.getBytes();
	}
}
