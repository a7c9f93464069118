package dk.spirekassen.funding.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundRuleException;
import dk.spirekassen.projects.Viewer;

/**
 * An application's page: the applicant follows its status, decision, payouts and history there; a reviewer scores it;
 * the secretariat assigns reviewers, sees the scores raw and normalised and records the board's decision. The
 * applicant may withdraw it until it is decided.
 */
@Controller
class GrantApplicationController {

	private final ApplicationPages pages;

	private final FundManagement fund;

	GrantApplicationController(ApplicationPages pages, FundManagement fund) {
		this.pages = pages;
		this.fund = fund;
	}

	@GetMapping("/puljer/ansoegninger/{id:\\d+}")
	String application(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return pages.show(id, Viewer.of(authentication), locale, model);
	}

	@PostMapping("/puljer/ansoegninger/{id:\\d+}/tilbagetraek")
	String withdraw(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		try {
			fund.withdraw(id, Viewer.of(authentication));
			return "redirect:/puljer/ansoegninger/" + id + "?gemt";
		}
		catch (FundRuleException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
			return "redirect:/puljer/ansoegninger/" + id;
		}
	}
}
