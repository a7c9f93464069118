package dk.spirekassen.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

import dk.spirekassen.actors.ImportQueue;
import dk.spirekassen.devdays.DayQueues;
import dk.spirekassen.joining.Joining;
import dk.spirekassen.joining.StaffAccess;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.projects.ProjectQueues;
import dk.spirekassen.shared.Web;

/**
 * The secretariat's desk: the queues of work that wait for it, each with how much waits and a link to where it is
 * done, and links to every page only the secretariat uses. Each count comes from the module that owns the work, as
 * one indexed count, so the desk costs the same at national scale. Two queues have their list here, as no other page
 * lists them: the ideas not yet looked at (with the mark that they have been) and the offers nobody answers.
 */
@Controller
class SecretariatController {

	private final ProjectQueues projects;

	private final Joining joining;

	private final StaffAccess staff;

	private final DayQueues days;

	private final ImportQueue imports;

	private final Mailer mailer;

	SecretariatController(ProjectQueues projects, Joining joining, StaffAccess staff, DayQueues days,
			ImportQueue imports, Mailer mailer) {
		this.projects = projects;
		this.joining = joining;
		this.staff = staff;
		this.days = days;
		this.imports = imports;
		this.mailer = mailer;
	}

	@GetMapping("/sekretariat")
	String index(Model model) {
		model.addAttribute("desk",
				new SecretariatDesk(projects.newIdeas(), joining.waiting(), staff.waitingCount(),
						projects.unansweredOffers(), days.needingAttention(), imports.runningOrFailed(),
						mailer.failedLately()));
		return "web/secretariat";
	}

	@GetMapping("/sekretariat/nye-ideer")
	String newIdeas(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer set,
			Model model) {
		model.addAttribute("page", projects.newIdeas(Web.page(page)));
		model.addAttribute("marked", set);
		return "web/new-ideas";
	}

	/** Marks the ideas looked at: one from its row, or every idea of the page at once. */
	@PostMapping("/sekretariat/nye-ideer/set")
	String lookedAt(@RequestParam(name = "id", required = false) List<Long> ids) {
		int marked = projects.markLookedAt(ids == null ? List.of() : ids);
		return "redirect:/sekretariat/nye-ideer?set=" + marked;
	}

	@GetMapping("/sekretariat/ubesvarede-tilbud")
	String unansweredOffers(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", projects.unansweredOffers(Web.page(page)));
		model.addAttribute("days", ProjectQueues.OFFER_UNANSWERED_AFTER.toDays());
		return "web/unanswered-offers";
	}
}
