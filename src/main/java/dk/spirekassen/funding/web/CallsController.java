package dk.spirekassen.funding.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundViews.CallState;
import dk.spirekassen.projects.Viewer;

/**
 * The seed fund's calls for everyone: the list (with, for someone signed in, their applications and the applications
 * they are asked to review) and a call's page with its budget, window, criteria and grants.
 */
@Controller
class CallsController {

	private final FundManagement fund;

	CallsController(FundManagement fund) {
		this.fund = fund;
	}

	/** The calls; with a project the viewer may apply for, its applications and the calls open to it first. */
	@GetMapping("/puljer")
	String calls(@RequestParam(name = "projekt", required = false) Long project, Authentication authentication,
			Model model) {
		var viewer = Viewer.of(authentication);
		model.addAttribute("focus", project == null ? null : fund.focus(project, viewer).orElse(null));
		model.addAttribute("calls", fund.calls());
		model.addAttribute("mine", fund.applicationsOf(viewer));
		model.addAttribute("tasks", fund.reviewTasks(viewer));
		return "funding/calls";
	}

	@GetMapping("/puljer/{id:\\d+}")
	String call(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		var call = fund.call(id, viewer, locale);
		model.addAttribute("call", call);
		model.addAttribute("applicable", call.state() == CallState.OPEN ? fund.applicable(id, viewer) : List.of());
		return "funding/call";
	}
}
