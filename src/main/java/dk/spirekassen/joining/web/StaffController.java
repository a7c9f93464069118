package dk.spirekassen.joining.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.joining.JoinThrottle;
import dk.spirekassen.joining.StaffAccess;
import dk.spirekassen.joining.Team;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.RefusedException;
import dk.spirekassen.shared.Web;

/**
 * Staff of a member organisation ask to join it ({@code /adgang}), and people working for a partner ask to join it
 * ({@code /partnere/{id}/adgang}); the organisation's staff, the partner's people or the secretariat decide
 * ({@code /organisationer/{id}/anmodninger}, {@code /partnere/{id}/anmodninger}).
 */
@Controller
class StaffController {

	private static final String LABELS = "partner.field.";

	private final StaffAccess staff;

	private final JoinThrottle throttle;

	private final Directory directory;

	private final MessageSource messages;

	private final Forms forms;

	private final String baseUrl;

	StaffController(StaffAccess staff, JoinThrottle throttle, Directory directory, MessageSource messages,
			Forms forms, @Value("${spirekassen.base-url}") String baseUrl) {
		this.staff = staff;
		this.throttle = throttle;
		this.directory = directory;
		this.messages = messages;
		this.forms = forms;
		this.baseUrl = baseUrl;
	}

	/** A reason for a rejection. */
	record Reason(@NotBlank(message = "{validation.required}") @Size(max = 2000,
			message = "{validation.max}") String message) {
	}

	@GetMapping("/adgang")
	String form(Locale locale, Model model) {
		return organisationForm(FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping("/adgang")
	String request(@Valid @ModelAttribute("form") StaffForm submitted, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		if (!result.hasFieldErrors("organisationId") && (submitted == null || submitted.organisationId() == null)) {
			result.addError(new FieldError("form", "organisationId", request.getParameter("organisationId"), false,
					new String[] { "validation.required" }, null, null));
		}
		return request(submitted, result, null, request, response, locale, model);
	}

	@GetMapping("/partnere/{id:\\d+}/adgang")
	String partnerForm(@PathVariable long id, Locale locale, Model model) {
		return partnerForm(id, FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping("/partnere/{id:\\d+}/adgang")
	String requestPartner(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm submitted,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		return request(submitted, result, new Team.Partner(id), request, response, locale, model);
	}

	@GetMapping("/adgang/sendt")
	String sent(Model model) {
		return MessagePage.show("joining.sent.title", "staff.sent.text", model);
	}

	@GetMapping("/adgang/sendt-til-partner")
	String sentToPartner(Model model) {
		return MessagePage.show("joining.sent.title", "teamAccess.sent.text", model);
	}

	@GetMapping("/adgang/bekraeft")
	String confirm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		if (!staff.confirm(token, baseUrl)) {
			response.setStatus(404);
			return MessagePage.show("joining.unknownLink.title", "joining.unknownLink.text", model);
		}
		return MessagePage.show("joining.confirmed.title", "staff.confirmed.text", model);
	}

	@GetMapping("/organisationer/{id:\\d+}/anmodninger")
	String requests(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var team = new Team.Organisation(id);
		Web.require(canDecide(authentication, team));
		return requests(team, FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping("/organisationer/{id:\\d+}/anmodninger/{requestId:\\d+}/godkend")
	String approve(@PathVariable long id, @PathVariable long requestId, Authentication authentication,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		return approve(new Team.Organisation(id), requestId, authentication, user, locale, model);
	}

	@PostMapping("/organisationer/{id:\\d+}/anmodninger/{requestId:\\d+}/afvis")
	String reject(@PathVariable long id, @PathVariable long requestId, @Valid @ModelAttribute("form") Reason reason,
			BindingResult result, Authentication authentication, @AuthenticationPrincipal SignedInUser user,
			HttpServletRequest request, Locale locale, Model model) {
		return reject(new Team.Organisation(id), requestId, reason, result, authentication, user, request, locale,
				model);
	}

	@GetMapping("/partnere/{id:\\d+}/anmodninger")
	String partnerRequests(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var team = new Team.Partner(id);
		Web.require(canDecide(authentication, team));
		return requests(team, FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping("/partnere/{id:\\d+}/anmodninger/{requestId:\\d+}/godkend")
	String approvePartner(@PathVariable long id, @PathVariable long requestId, Authentication authentication,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		return approve(new Team.Partner(id), requestId, authentication, user, locale, model);
	}

	@PostMapping("/partnere/{id:\\d+}/anmodninger/{requestId:\\d+}/afvis")
	String rejectPartner(@PathVariable long id, @PathVariable long requestId,
			@Valid @ModelAttribute("form") Reason reason, BindingResult result, Authentication authentication,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Locale locale, Model model) {
		return reject(new Team.Partner(id), requestId, reason, result, authentication, user, request, locale, model);
	}

	private String request(StaffForm submitted, BindingResult result, Team.Partner partner,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		var sent = partner == null ? "redirect:/adgang/sendt" : "redirect:/adgang/sendt-til-partner";
		if (partner != null) {
			// Unknown partners are not found before anything is counted or checked.
			if (staff.teamName(partner).isEmpty()) {
				throw new NotFoundException("partner", partner.id());
			}
		}
		if (!throttle.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			return form(submitted(request, result, locale).rejectKey(null, "joining.error.throttled"), partner, model);
		}
		if (result.hasErrors()) {
			return form(submitted(request, result, locale), partner, model);
		}
		if (submitted.filledByARobot()) {
			return sent;
		}
		try {
			Team team = partner != null ? partner : new Team.Organisation(submitted.organisationId());
			staff.request(submitted.applicant(), team, baseUrl, locale);
			return sent;
		}
		catch (RefusedException ex) {
			return form(submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()), partner, model);
		}
	}

	private String approve(Team team, long requestId, Authentication authentication, SignedInUser user,
			Locale locale, Model model) {
		Web.require(canDecide(authentication, team));
		try {
			staff.decide(team, requestId, true, null, user.accountId(), baseUrl);
			return "redirect:" + team.requestsPath() + "?besluttet";
		}
		catch (RefusedException ex) {
			return requests(team, FormView.of(Map.of(), messages, locale, LABELS).rejectKey(null, ex.messageKey()),
					model);
		}
	}

	private String reject(Team team, long requestId, Reason reason, BindingResult result,
			Authentication authentication, SignedInUser user, HttpServletRequest request, Locale locale,
			Model model) {
		Web.require(canDecide(authentication, team));
		var form = forms.submitted(request, result, Reason.class, "joining.decision.", locale);
		if (result.hasErrors()) {
			return requests(team, form, model);
		}
		try {
			staff.decide(team, requestId, false, reason.message(), user.accountId(), baseUrl);
			return "redirect:" + team.requestsPath() + "?besluttet";
		}
		catch (RefusedException ex) {
			return requests(team, form.rejectKey(null, ex.messageKey()), model);
		}
	}

	private static boolean canDecide(Authentication authentication, Team team) {
		return team instanceof Team.Partner ? ActorPermissions.canEditPartner(authentication, team.id())
				: ActorPermissions.canEditOrganisation(authentication, team.id());
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, StaffForm.class, LABELS, locale);
	}

	private String form(FormView form, Team.Partner partner, Model model) {
		return partner == null ? organisationForm(form, model) : partnerForm(partner.id(), form, model);
	}

	private String organisationForm(FormView form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisations", directory.memberRefs()
			.stream()
			.map(ref -> new Option(String.valueOf(ref.id()), ref.name()))
			.toList());
		return "joining/staff";
	}

	private String partnerForm(long id, FormView form, Model model) {
		var name = staff.teamName(new Team.Partner(id));
		if (name.isEmpty()) {
			throw new NotFoundException("partner", id);
		}
		model.addAttribute("form", form);
		model.addAttribute("partnerName", name);
		model.addAttribute("action", "/partnere/" + id + "/adgang");
		return "joining/staff";
	}

	private String requests(Team team, FormView form, Model model) {
		var name = staff.teamName(team);
		if (name.isEmpty()) {
			throw new NotFoundException("team", team.id());
		}
		model.addAttribute("team", team);
		model.addAttribute("teamName", name);
		model.addAttribute("requests", staff.waiting(team));
		model.addAttribute("form", form);
		return "joining/staff-requests";
	}
}
