package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.ProfileCompleteness;
import dk.spirekassen.actors.Region;
import dk.spirekassen.notifications.Notes;
import dk.spirekassen.projects.Matchmaking;
import dk.spirekassen.projects.NeedFilter;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.ProjectCatalogue;

import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.Web;

/**
 * A signed-in person's overview of their projects and notifications, and the list of open needs across projects.
 */
@Controller
class DashboardController {

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final ActorManagement actors;

	private final MessageSource messages;

	private final Directory directory;

	private final Matchmaking matchmaking;

	private final Notes notes;

	DashboardController(ProjectCatalogue catalogue, ProjectManagement projects, ActorManagement actors,
			MessageSource messages, Directory directory, Matchmaking matchmaking, Notes notes) {
		this.notes = notes;
		this.matchmaking = matchmaking;
		this.directory = directory;
		this.catalogue = catalogue;
		this.projects = projects;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/mit-overblik")
	String dashboard(Authentication authentication, Locale locale, Model model) {
		var viewer = Viewer.of(authentication);
		Web.require(viewer.signedIn());
		model.addAttribute("projects", catalogue.myProjects(viewer, locale));
		model.addAttribute("notifications", notes.newest(viewer.accountId()));
		model.addAttribute("completeness", completeness(viewer));
		model.addAttribute("suggestions", matchmaking.needsFor(viewer, locale));
		model.addAttribute("suggestedProjects", matchmaking.projectsFor(viewer, locale));
		if (!model.containsAttribute("dismissRefused")) {
			model.addAttribute("dismissRefused", null);
		}
		return "projects/dashboard";
	}

	/** How complete the profile of the viewer's partner or organisation is; null for the secretariat. */
	private ProfileCompleteness completeness(Viewer viewer) {
		if (viewer.partnerId() != null) {
			return directory.partnerCompleteness(viewer.partnerId()).orElse(null);
		}
		if (viewer.organisationId() != null) {
			return directory.organisationCompleteness(viewer.organisationId()).orElse(null);
		}
		return null;
	}

	@PostMapping("/mit-overblik/beskeder/laest")
	String markNotificationsRead(Authentication authentication) {
		var viewer = Viewer.of(authentication);
		Web.require(viewer.signedIn());
		notes.markRead(viewer.accountId());
		return "redirect:/mit-overblik";
	}

	/** A filter value that does not convert ({@code ?theme=abc}) is a bad request, answered with a 400 page. */
	@GetMapping("/behov")
	String needs(@ModelAttribute("filter") NeedFilter filter, @RequestParam(required = false) Integer page,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		model.addAttribute("page", catalogue.openNeeds(filter, Viewer.of(authentication), Web.page(page), locale));
		if (Web.partial(request, response)) {
			return "projects/need-results";
		}
		model.addAttribute("kinds", Web.options(NeedKind.class, messages, locale));
		model.addAttribute("partnerKinds", Web.options(PartnerKind.class, messages, locale));
		model.addAttribute("regions", Web.options(Region.class, messages, locale));
		model.addAttribute("themes", actors.themeOptions(locale));
		return "projects/needs";
	}
}
