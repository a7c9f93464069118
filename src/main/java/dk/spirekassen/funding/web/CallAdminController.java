package dk.spirekassen.funding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.funding.Aspect;
import dk.spirekassen.funding.CallDetails;
import dk.spirekassen.funding.CallDetails.CriterionDetails;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundRuleException;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.Web;

/**
 * The secretariat's desk for the seed fund: its calls, a new call (with four criteria to start from, one per bottom
 * line and one for feasibility), and a call's applications ranked by normalised score within what is left of the
 * budget.
 */
@Controller
class CallAdminController {

	private static final String LABELS = "fund.call.field.";

	/** Criterion rows on the form. */
	static final int ROWS = 6;

	private final FundManagement fund;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Forms forms;

	CallAdminController(FundManagement fund, ActorManagement actors, MessageSource messages, Forms forms) {
		this.fund = fund;
		this.actors = actors;
		this.messages = messages;
		this.forms = forms;
	}

	@GetMapping("/sekretariat/puljer")
	String calls(Model model) {
		model.addAttribute("calls", fund.calls());
		return "funding/admin-calls";
	}

	@GetMapping("/sekretariat/puljer/ny")
	String form(Locale locale, Model model) {
		var values = new LinkedHashMap<String, Object>();
		var today = LocalDate.now();
		values.put("opensOn", today);
		values.put("closesOn", today.plusMonths(2));
		values.put("criterionName", List.of(messages.getMessage("fund.criterion.social", null, locale),
				messages.getMessage("fund.criterion.climate", null, locale),
				messages.getMessage("fund.criterion.economic", null, locale),
				messages.getMessage("fund.criterion.feasibility", null, locale)));
		values.put("criterionAspect", List.of(Aspect.SOCIAL, Aspect.CLIMATE, Aspect.ECONOMIC, Aspect.FEASIBILITY));
		values.put("criterionWeight", List.of(3, 3, 2, 2));
		return page(FormView.of(values, messages, locale, LABELS), locale, model);
	}

	@PostMapping("/sekretariat/puljer/ny")
	String create(@Valid @ModelAttribute("form") CallForm form, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		if (!result.hasErrors()) {
			try {
				long id = fund.createCall(form.toDetails(), Viewer.of(authentication));
				return "redirect:/sekretariat/puljer/" + id + "?gemt";
			}
			catch (FundRuleException ex) {
				return page(forms.submitted(request, result, CallForm.class, LABELS, locale)
					.rejectKey(ex.field(), ex.messageKey(), ex.args()), locale, model);
			}
		}
		return page(forms.submitted(request, result, CallForm.class, LABELS, locale), locale, model);
	}

	@GetMapping("/sekretariat/puljer/{id:\\d+}")
	String ranking(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		model.addAttribute("ranking", fund.ranking(id, Viewer.of(authentication), locale));
		return "funding/ranking";
	}

	private String page(FormView form, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("themes", actors.themeOptions(locale));
		model.addAttribute("aspects", Web.options(Aspect.class, messages, locale));
		model.addAttribute("rows", ROWS);
		return "funding/call-form";
	}

	/**
	 * A new call as submitted. The criteria come as rows of name, aspect and weight; a row without a name is left
	 * out.
	 */
	record CallForm(
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String title,
			@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max}")
			String description,
			@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}") Long budget,
			@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}")
			Long maxPerProject,
			@NotNull(message = "{validation.required}") LocalDate opensOn,
			@NotNull(message = "{validation.required}") LocalDate closesOn, Set<Long> themeIds,
			List<String> criterionName, List<Aspect> criterionAspect, List<Integer> criterionWeight) {

		@AssertTrue(message = "{fund.error.maxPerProject}")
		boolean isMaxPerProject() {
			return budget == null || maxPerProject == null || maxPerProject <= budget;
		}

		@AssertTrue(message = "{fund.error.window}")
		boolean isClosesOn() {
			return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
		}

		@AssertTrue(message = "{fund.error.criteria}")
		boolean isCriteria() {
			return !criteria().isEmpty() && criteria().size() == named();
		}

		private long named() {
			return criterionName == null ? 0 : criterionName.stream().filter(n -> n != null && !n.isBlank()).count();
		}

		/** The rows with a name, an aspect and a weight from 1 to 10. */
		List<CriterionDetails> criteria() {
			var criteria = new ArrayList<CriterionDetails>();
			if (criterionName == null) {
				return criteria;
			}
			for (int i = 0; i < criterionName.size(); i++) {
				var name = criterionName.get(i);
				if (name == null || name.isBlank()) {
					continue;
				}
				var aspect = criterionAspect != null && i < criterionAspect.size() ? criterionAspect.get(i) : null;
				var weight = criterionWeight != null && i < criterionWeight.size() ? criterionWeight.get(i) : null;
				if (aspect != null && weight != null && weight >= 1 && weight <= 10 && name.length() <= 200) {
					criteria.add(new CriterionDetails(name, aspect, weight));
				}
			}
			return criteria;
		}

		CallDetails toDetails() {
			return new CallDetails(title, description, budget, maxPerProject, opensOn, closesOn,
					themeIds == null ? Set.of() : themeIds, criteria());
		}
	}
}
