package dk.spirekassen.funding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
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

import java.util.LinkedHashMap;
import java.util.Locale;

import dk.spirekassen.funding.ApplicationDetails;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundRuleException;
import dk.spirekassen.funding.FundViews.CallView;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;

/**
 * A project's lead (or its owner organisation's staff) applies to an open call: first the project, then a form
 * pre-filled from it (summary, budget and the money others put in), beside its indicators and needs.
 */
@Controller
@RequestMapping("/puljer/{id:\\d+}/ansoeg")
class ApplyController {

	private static final String LABELS = "fund.field.";

	private final FundManagement fund;

	private final MessageSource messages;

	private final Forms forms;

	ApplyController(FundManagement fund, MessageSource messages, Forms forms) {
		this.fund = fund;
		this.messages = messages;
		this.forms = forms;
	}

	@ModelAttribute("call")
	CallView call(@PathVariable long id, Authentication authentication, Locale locale) {
		return fund.call(id, Viewer.of(authentication), locale);
	}

	@GetMapping
	String form(@ModelAttribute(name = "call", binding = false) CallView call,
			@RequestParam(name = "projekt", required = false) Long projectId, Authentication authentication,
			Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		if (projectId == null) {
			model.addAttribute("projects", fund.applicable(call.id(), viewer));
			return "funding/choose-project";
		}
		var prefill = fund.prefill(projectId, viewer);
		var values = new LinkedHashMap<String, Object>();
		values.put("projectId", projectId);
		values.put("summary", prefill.summary());
		if (prefill.projectBudget() != null) {
			values.put("projectBudget", prefill.projectBudget());
		}
		values.put("coFinancing", prefill.coFinancing());
		return page(projectId, FormView.of(values, messages, locale, LABELS), viewer, model);
	}

	@PostMapping
	String apply(@ModelAttribute(name = "call", binding = false) CallView call,
			@Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		if (form.projectId() == null) {
			return "redirect:/puljer/" + call.id() + "/ansoeg";
		}
		fund.prefill(form.projectId(), viewer);
		if (!result.hasErrors()) {
			try {
				long application = fund.apply(call.id(), form.projectId(), form.toDetails(), viewer);
				return "redirect:/puljer/ansoegninger/" + application + "?sendt";
			}
			catch (FundRuleException ex) {
				return page(form.projectId(), forms.submitted(request, result, ApplicationForm.class, LABELS, locale)
					.rejectKey(ex.field() == null || ex.field().equals("projectId") ? null : ex.field(),
							ex.messageKey(), ex.args()), viewer, model);
			}
		}
		return page(form.projectId(), forms.submitted(request, result, ApplicationForm.class, LABELS, locale), viewer,
				model);
	}

	private String page(long projectId, FormView form, Viewer viewer, Model model) {
		model.addAttribute("projectId", projectId);
		model.addAttribute("project", fund.applicationContext(projectId, viewer));
		model.addAttribute("form", form);
		return "funding/apply";
	}

	/** The application as submitted; amounts in whole kroner. */
	record ApplicationForm(Long projectId,
			@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max}") String summary,
			@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max}") String purpose,
			@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}") Long requested,
			@Min(value = 0, message = "{validation.min}") Long projectBudget,
			@Min(value = 0, message = "{validation.min}") Long coFinancing) {

		ApplicationDetails toDetails() {
			return new ApplicationDetails(summary, purpose, requested, projectBudget,
					coFinancing == null ? 0 : coFinancing);
		}
	}
}
