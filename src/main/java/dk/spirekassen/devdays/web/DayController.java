package dk.spirekassen.devdays.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.devdays.IdeaManagement.GroupView;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.devdays.RegistrationStatus;
import dk.spirekassen.devdays.RegistrationThrottle;
import dk.spirekassen.devdays.RegistrationWindow;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.Web;

/**
 * The public side of development days: the list, a day's page with its registration form (and, once it has been
 * held, the project groups it formed and the projects they became, as far as the reader may see them), and the
 * self-service page behind the secret link, where cancelling asks first.
 */
@Controller
class DayController {

	private static final String LABELS = "registration.field.";

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final RegistrationThrottle throttle;

	private final Directory directory;

	private final MessageSource messages;

	private final Forms forms;

	private final IdeaManagement ideas;

	private final ProjectCatalogue catalogue;

	DayController(DayManagement days, RegistrationDesk desk, RegistrationThrottle throttle, Directory directory,
			MessageSource messages, Forms forms, IdeaManagement ideas, ProjectCatalogue catalogue) {
		this.days = days;
		this.desk = desk;
		this.throttle = throttle;
		this.directory = directory;
		this.messages = messages;
		this.forms = forms;
		this.ideas = ideas;
		this.catalogue = catalogue;
	}

	@GetMapping("/udviklingsdage")
	String list(Locale locale, Model model) {
		model.addAttribute("upcoming", days.upcoming(locale));
		model.addAttribute("past", days.past(locale));
		return "devdays/days";
	}

	@GetMapping("/udviklingsdage/{id:\\d+}")
	String show(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var values = new LinkedHashMap<String, Object>();
		values.put("idempotencyKey", UUID.randomUUID());
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			values.put("name", user.displayName());
			values.put("email", user.getUsername());
			if (user.organisationId() != null) {
				directory.organisationRef(user.organisationId()).ifPresent(o -> values.put("organisationName", o.name()));
				values.put("participantType", ParticipantType.HOUSING_STAFF);
			}
			if (user.partnerId() != null) {
				values.put("organisationName", directory.partnerNames(java.util.Set.of(user.partnerId()))
					.get(user.partnerId()));
			}
		}
		return page(id, FormView.of(values, messages, locale, LABELS), authentication, locale, model);
	}

	@PostMapping("/udviklingsdage/{id:\\d+}/tilmelding")
	String register(@PathVariable long id, @Valid @ModelAttribute("form") RegistrationForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		if (!throttle.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			return page(id, forms.submitted(request, result, RegistrationForm.class, LABELS, locale)
				.rejectKey(null, "registration.error.throttled"), authentication, locale, model);
		}
		if (!result.hasErrors()) {
			try {
				Long account = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
						? user.accountId() : null;
				var registration = desk.register(id, submitted.toDetails(organisationId(submitted.organisationName())),
						submitted.idempotencyKey(), account);
				if (registration.repeated()) {
					return "redirect:/udviklingsdage/" + id + "?tilmeldt-igen";
				}
				return "redirect:/tilmelding/" + registration.token() + "?ny";
			}
			catch (RegistrationRefusedException ex) {
				return page(id, forms.submitted(request, result, RegistrationForm.class, LABELS, locale)
					.rejectKey(ex.field(), ex.messageKey(), ex.args()), authentication, locale, model);
			}
		}
		return page(id, forms.submitted(request, result, RegistrationForm.class, LABELS, locale), authentication, locale,
				model);
	}

	@GetMapping("/tilmelding/{token}")
	String selfService(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
		return byLink(token, "devdays/registration", response, locale, model);
	}

	/** Cancelling asks first: what will happen, and a button that cancels. */
	@GetMapping("/tilmelding/{token}/afmeld")
	String confirmCancel(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
		return byLink(token, "devdays/cancel", response, locale, model);
	}

	/** A page of the registration the self-service link names, or the page for a link nobody knows. */
	private String byLink(String token, String view, HttpServletResponse response, Locale locale, Model model) {
		var registration = desk.byToken(token);
		if (registration.isEmpty()) {
			response.setStatus(404);
			return "devdays/unknown-link";
		}
		model.addAttribute("registration", registration.get());
		model.addAttribute("day", days.day(registration.get().dayId(), locale));
		model.addAttribute("token", token);
		return view;
	}

	@PostMapping("/tilmelding/{token}/afmeld")
	String cancel(@PathVariable String token, HttpServletResponse response) {
		if (desk.byToken(token).isEmpty()) {
			response.setStatus(404);
			return "devdays/unknown-link";
		}
		desk.cancel(token);
		return "redirect:/tilmelding/" + token + "?afmeldt";
	}

	private Long organisationId(String name) {
		return directory.organisationRefByName(name).map(OrganisationRef::id).orElse(null);
	}

	private String page(long id, FormView form, Authentication authentication, Locale locale, Model model) {
		var day = days.day(id, locale);
		boolean past = day.row().window() == RegistrationWindow.PAST;
		model.addAttribute("day", day);
		model.addAttribute("form", form);
		model.addAttribute("types", Web.options(ParticipantType.class, messages, locale));
		model.addAttribute("organisations", directory.organisationRefs().stream().map(OrganisationRef::name).toList());
		model.addAttribute("full", day.row().freeSeats() == 0);
		model.addAttribute("mix", past ? days.participantMix(id) : null);
		model.addAttribute("waitlisted", RegistrationStatus.WAITLISTED);
		if (past) {
			var groups = ideas.groups(id);
			model.addAttribute("groups", groups);
			model.addAttribute("groupProjects", catalogue
				.projectsOfGroups(groups.stream().map(GroupView::id).toList(), Viewer.of(authentication)));
		}
		return "devdays/day";
	}
}
