package dk.spirekassen.funding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundRuleException;
import dk.spirekassen.funding.FundViews.Seat;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.NotFoundException;

/**
 * A reviewer scores an application on each of the call's criteria (0 to 5, with a note), or declares a conflict of
 * interest, after which they no longer see it.
 */
@Controller
@RequestMapping("/puljer/ansoegninger/{id:\\d+}")
class ReviewController {

	private final ApplicationPages pages;

	private final FundManagement fund;

	ReviewController(ApplicationPages pages, FundManagement fund) {
		this.pages = pages;
		this.fund = fund;
	}

	/** The scores come as {@code score<criterion id>} and the notes as {@code note<criterion id>}. */
	@PostMapping("/bedoemmelse")
	String score(@PathVariable long id, @RequestParam Map<String, String> submitted, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		var scores = new HashMap<Long, Integer>();
		var notes = new HashMap<Long, String>();
		for (var criterion : fund.application(id, viewer).criteria()) {
			var given = submitted.getOrDefault("score" + criterion.id(), "").strip();
			if (given.matches("[0-5]")) {
				scores.put(criterion.id(), Integer.parseInt(given));
			}
			var note = submitted.getOrDefault("note" + criterion.id(), "").strip();
			if (!note.isEmpty()) {
				notes.put(criterion.id(), note.length() > 2000 ? note.substring(0, 2000) : note);
			}
		}
		try {
			fund.score(id, scores, notes, viewer);
			return "redirect:/puljer/ansoegninger/" + id + "?gemt#bedoemmelse";
		}
		catch (FundRuleException ex) {
			return pages.refused(id, viewer, locale, model, ApplicationPages.SCORES, request,
					new org.springframework.validation.MapBindingResult(submitted, "scoreForm"), Object.class,
					ApplicationPages.labels(ApplicationPages.SCORES), ex);
		}
	}

	@PostMapping("/inhabil")
	String declare(@PathVariable long id, @Valid @ModelAttribute("conflict") ConflictForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		if (fund.application(id, viewer).seat() != Seat.REVIEWER) {
			throw new NotFoundException("application", id);
		}
		if (result.hasErrors()) {
			return pages.refused(id, viewer, locale, model, ApplicationPages.CONFLICT, request, result,
					ConflictForm.class, ApplicationPages.labels(ApplicationPages.CONFLICT), null);
		}
		fund.declareConflict(id, form.reason(), viewer);
		return "redirect:/puljer?inhabil";
	}

	/** Why a reviewer has a conflict of interest. */
	record ConflictForm(@NotBlank(message = "{fund.error.reason}") @Size(max = 1000, message = "{validation.max}")
	String reason) {
	}
}
