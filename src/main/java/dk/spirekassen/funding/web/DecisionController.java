package dk.spirekassen.funding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;

import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundManagement.Decision;
import dk.spirekassen.funding.FundRuleException;
import dk.spirekassen.projects.Viewer;

/**
 * The secretariat's part of an application: assigning and removing reviewers, and recording the board's decision
 * with its written rationale.
 */
@Controller
@RequestMapping("/puljer/ansoegninger/{id:\\d+}")
class DecisionController {

	private final ApplicationPages pages;

	private final FundManagement fund;

	DecisionController(ApplicationPages pages, FundManagement fund) {
		this.pages = pages;
		this.fund = fund;
	}

	@PostMapping("/bedoemmere")
	String assign(@PathVariable long id, @Valid @ModelAttribute("assign") AssignForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		FundRuleException refusal = null;
		if (!result.hasErrors()) {
			try {
				fund.assign(id, form.reviewerId(), viewer);
				return "redirect:/puljer/ansoegninger/" + id + "?gemt#bedoemmere";
			}
			catch (FundRuleException ex) {
				refusal = ex;
			}
		}
		return pages.refused(id, viewer, locale, model, ApplicationPages.ASSIGN, request, result, AssignForm.class,
				ApplicationPages.labels(ApplicationPages.ASSIGN), refusal);
	}

	@PostMapping("/bedoemmere/{reviewerId:\\d+}/fjern")
	String unassign(@PathVariable long id, @PathVariable long reviewerId, Authentication authentication) {
		fund.unassign(id, reviewerId, Viewer.of(authentication));
		return "redirect:/puljer/ansoegninger/" + id + "?gemt#bedoemmere";
	}

	@PostMapping("/afgoerelse")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		FundRuleException refusal = null;
		if (!result.hasErrors()) {
			try {
				fund.decide(id, form.toDecision(), viewer);
				return "redirect:/puljer/ansoegninger/" + id + "?gemt#afgoerelse";
			}
			catch (FundRuleException ex) {
				refusal = ex;
			}
		}
		return pages.refused(id, viewer, locale, model, ApplicationPages.DECISION, request, result,
				DecisionForm.class, ApplicationPages.labels(ApplicationPages.DECISION), refusal);
	}

	/** A reviewer to assign. */
	record AssignForm(@NotNull(message = "{validation.required}") Long reviewerId) {
	}

	/** The board's decision: GRANT with an amount, or REJECT; always with the rationale. */
	record DecisionForm(@NotNull(message = "{validation.required}") Outcome outcome,
			@Min(value = 1, message = "{validation.min}") Long granted,
			@NotBlank(message = "{fund.error.rationale}") @Size(max = 4000, message = "{validation.max}")
			String rationale) {

		Decision toDecision() {
			return new Decision(outcome == Outcome.GRANT, granted, rationale);
		}
	}

	/** What the board decided. */
	enum Outcome {
		GRANT, REJECT
	}
}
