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
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.RefusedException;
import dk.spirekassen.shared.Web;

/**
 * Staff of a member organisation ask to join it ({@code /adgang}), and the organisation's staff or the secretariat
 * decide ({@code /organisationer/{id}/anmodninger}).
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
		return form(FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping("/adgang")
	String request(@Valid @ModelAttribute("form") StaffForm submitted, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		if (!throttle.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			return form(submitted(request, result, locale).rejectKey(null, "joining.error.throttled"), model);
		}
		if (result.hasErrors()) {
			return form(submitted(request, result, locale), model);
		}
		if (submitted.filledByARobot()) {
			return "redirect:/adgang/sendt";
		}
		try {
			staff.request(submitted.applicant(), submitted.organisationId(), baseUrl, locale);
			return "redirect:/adgang/sendt";
		}
		catch (RefusedException ex) {
			return form(submitted(request, result, locale).rejectKey(ex.field(), ex.messageKey()), model);
		}
	}

	@GetMapping("/adgang/sendt")
	String sent(Model model) {
		return MessagePage.show("joining.sent.title", "staff.sent.text", model);
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
		Web.require(ActorPermissions.canEditOrganisation(authentication, id));
		return requests(id, FormView.of(Map.of(), messages, locale, LABELS), model);
	}

	@PostMapping("/organisationer/{id:\\d+}/anmodninger/{requestId:\\d+}/godkend")
	String approve(@PathVariable long id, @PathVariable long requestId, Authentication authentication,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		Web.require(ActorPermissions.canEditOrganisation(authentication, id));
		try {
			staff.decide(id, requestId, true, null, user.accountId(), baseUrl);
			return "redirect:/organisationer/" + id + "/anmodninger?besluttet";
		}
		catch (RefusedException ex) {
			return requests(id, FormView.of(Map.of(), messages, locale, LABELS).rejectKey(null, ex.messageKey()),
					model);
		}
	}

	@PostMapping("/organisationer/{id:\\d+}/anmodninger/{requestId:\\d+}/afvis")
	String reject(@PathVariable long id, @PathVariable long requestId, @Valid @ModelAttribute("form") Reason reason,
			BindingResult result, Authentication authentication, @AuthenticationPrincipal SignedInUser user,
			HttpServletRequest request, Locale locale, Model model) {
		Web.require(ActorPermissions.canEditOrganisation(authentication, id));
		var form = forms.submitted(request, result, Reason.class, "joining.decision.", locale);
		if (result.hasErrors()) {
			return requests(id, form, model);
		}
		try {
			staff.decide(id, requestId, false, reason.message(), user.accountId(), baseUrl);
			return "redirect:/organisationer/" + id + "/anmodninger?besluttet";
		}
		catch (RefusedException ex) {
			return requests(id, form.rejectKey(null, ex.messageKey()), model);
		}
	}

	private FormView submitted(HttpServletRequest request, BindingResult result, Locale locale) {
		return forms.submitted(request, result, StaffForm.class, LABELS, locale);
	}

	private String form(FormView form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisations", directory.memberRefs()
			.stream()
			.map(ref -> new Option(String.valueOf(ref.id()), ref.name()))
			.toList());
		return "joining/staff";
	}

	private String requests(long id, FormView form, Model model) {
		var organisation = directory.organisationRef(id).orElseThrow(() -> new NotFoundException("organisation", id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("requests", staff.waiting(id));
		model.addAttribute("form", form);
		return "joining/staff-requests";
	}
}
