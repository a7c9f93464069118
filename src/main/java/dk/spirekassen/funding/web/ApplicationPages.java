package dk.spirekassen.funding.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundRuleException;
import dk.spirekassen.funding.FundViews.Seat;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;

/**
 * An application's page with its forms: each part's controller shows it again with its own form as submitted and
 * the reason it was refused, so nothing typed is lost; the other forms start empty (the reviewer's scores from what
 * they gave before).
 */
@Component
class ApplicationPages {

	/** The forms of the page, by the model name each goes under. */
	static final String DECISION = "decisionForm";

	static final String SCORES = "scoreForm";

	static final String CONFLICT = "conflictForm";

	static final String PAYOUT = "payoutForm";

	static final String ASSIGN = "assignForm";

	private final FundManagement fund;

	private final MessageSource messages;

	private final Forms forms;

	ApplicationPages(FundManagement fund, MessageSource messages, Forms forms) {
		this.fund = fund;
		this.messages = messages;
		this.forms = forms;
	}

	String show(long id, Viewer viewer, Locale locale, Model model) {
		return show(id, viewer, locale, model, null, null);
	}

	/** The page with one form as submitted and refused. */
	String refused(long id, Viewer viewer, Locale locale, Model model, String name, HttpServletRequest request,
			BindingResult result, Class<?> type, String labels, FundRuleException refusal) {
		var form = forms.submitted(request, result, type, labels, locale);
		if (refusal != null && name.equals(SCORES)) {
			form.rejectKeyUnlabelled(refusal.field(), refusal.messageKey(), refusal.args());
		}
		else if (refusal != null) {
			form.rejectKey(refusal.field(), refusal.messageKey(), refusal.args());
		}
		return show(id, viewer, locale, model, name, form);
	}

	private String show(long id, Viewer viewer, Locale locale, Model model, String name, FormView submitted) {
		var page = fund.application(id, viewer);
		model.addAttribute("page", page);
		for (var form : new String[] { DECISION, CONFLICT, PAYOUT, ASSIGN }) {
			model.addAttribute(form, FormView.of(Map.of(), messages, locale, labels(form)));
		}
		var scores = new LinkedHashMap<String, Object>();
		if (page.seat() == Seat.REVIEWER) {
			page.myScores().forEach(row -> {
				if (row.score() != null) {
					scores.put("score" + row.criterion().id(), row.score());
				}
				if (row.note() != null) {
					scores.put("note" + row.criterion().id(), row.note());
				}
			});
		}
		model.addAttribute(SCORES, FormView.of(scores, messages, locale, labels(SCORES)));
		if (name != null) {
			model.addAttribute(name, submitted);
		}
		return "funding/application";
	}

	static String labels(String form) {
		return "fund." + form.replace("Form", "") + ".field.";
	}
}
