package dk.spirekassen.actors.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;
import java.util.Map;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.DirectoryConflictException;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;

/**
 * The secretariat's list of themes: add one, or rename one.
 */
@Controller
class ThemeController {

	private static final String LABELS = "theme.field.";

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	ThemeController(ActorManagement actors, MessageSource messages, Forms forms) {
		this.forms = forms;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/sekretariat/temaer")
	String themes(Locale locale, Model model) {
		return page(FormView.of(Map.of(), messages, locale, LABELS), null, model);
	}

	@PostMapping("/sekretariat/temaer")
	String create(@Valid @ModelAttribute("form") ThemeForm form, BindingResult result, HttpServletRequest request,
			Locale locale, Model model) {
		if (!result.hasErrors()) {
			try {
				actors.createTheme(form.name(), form.nameEn());
				return "redirect:/sekretariat/temaer?gemt";
			}
			catch (DirectoryConflictException ex) {
				return page(submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()), null, model);
			}
		}
		return page(submitted(request, result, locale), null, model);
	}

	@PostMapping("/sekretariat/temaer/{id:\\d+}")
	String rename(@PathVariable long id, @Valid @ModelAttribute("form") ThemeForm form, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		if (!result.hasErrors()) {
			try {
				actors.renameTheme(id, form.name(), form.nameEn());
				return "redirect:/sekretariat/temaer?gemt";
			}
			catch (DirectoryConflictException ex) {
				return page(FormView.of(Map.of(), messages, locale, LABELS), id, model,
						submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()));
			}
		}
		return page(FormView.of(Map.of(), messages, locale, LABELS), id, model, submitted(request, result, locale));
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, ThemeForm.class, LABELS, locale);
	}

	private String page(FormView form, Long failedId, Model model) {
		return page(form, failedId, model, null);
	}

	private String page(FormView form, Long failedId, Model model, FormView failedRename) {
		model.addAttribute("themes", actors.themes());
		model.addAttribute("form", form);
		model.addAttribute("failedId", failedId);
		model.addAttribute("failedRename", failedRename);
		return "actors/themes";
	}

	/** A theme's names in Danish and English. */
	record ThemeForm(@NotBlank(message = "{validation.required}") @Size(max = 100,
			message = "{validation.max}") String name,
			@Size(max = 100, message = "{validation.max}") String nameEn) {
	}
}
