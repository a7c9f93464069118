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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Locale;

import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundRuleException;
import dk.spirekassen.projects.Viewer;

/** The secretariat plans a grant's payouts in tranches tied to milestones and records each one paid. */
@Controller
@RequestMapping("/puljer/ansoegninger/{id:\\d+}/udbetalinger")
class PayoutController {

	private final ApplicationPages pages;

	private final FundManagement fund;

	PayoutController(ApplicationPages pages, FundManagement fund) {
		this.pages = pages;
		this.fund = fund;
	}

	@PostMapping
	String plan(@PathVariable long id, @Valid @ModelAttribute("payout") PayoutForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		FundRuleException refusal = null;
		if (!result.hasErrors()) {
			try {
				fund.planPayout(id, form.milestone(), form.amount(), form.dueOn(), viewer);
				return "redirect:/puljer/ansoegninger/" + id + "?gemt#udbetalinger";
			}
			catch (FundRuleException ex) {
				refusal = ex;
			}
		}
		return pages.refused(id, viewer, locale, model, ApplicationPages.PAYOUT, request, result, PayoutForm.class,
				ApplicationPages.labels(ApplicationPages.PAYOUT), refusal);
	}

	@PostMapping("/{payoutId:\\d+}/betalt")
	String paid(@PathVariable long id, @PathVariable long payoutId, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			fund.markPaid(id, payoutId, Viewer.of(authentication));
		}
		catch (FundRuleException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/puljer/ansoegninger/" + id + "#udbetalinger";
	}

	/** A tranche: the milestone it is tied to, its amount in kroner and when it falls due. */
	record PayoutForm(
			@NotBlank(message = "{fund.error.milestone}") @Size(max = 300, message = "{validation.max}") String milestone,
			@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}") Long amount,
			@NotNull(message = "{validation.required}") LocalDate dueOn) {
	}
}
