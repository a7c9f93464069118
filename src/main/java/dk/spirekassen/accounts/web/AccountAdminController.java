package dk.spirekassen.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.RefusedException;

/**
 * The secretariat's list of logins, inviting someone (a new login whose owner gets an email with a link to choose a
 * password), and stopping a login or letting it sign in again.
 */
@Controller
class AccountAdminController {

	private static final String LABELS = "invite.field.";

	private final AccountManagement accounts;

	private final Directory directory;

	private final MessageSource messages;

	private final Forms forms;

	private final String baseUrl;

	AccountAdminController(AccountManagement accounts, Directory directory, MessageSource messages, Forms forms,
			@Value("${spirekassen.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.directory = directory;
		this.messages = messages;
		this.forms = forms;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/sekretariat/konti")
	String list(Locale locale, Model model) {
		return page(FormView.of(Map.of("role", Role.MEMBER), messages, locale, LABELS), locale, model);
	}

	@PostMapping("/sekretariat/konti")
	String invite(@Valid @ModelAttribute("form") Invitation invitation, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		if (!result.hasErrors()) {
			try {
				accounts.invite(invitation.email(), invitation.displayName(), invitation.role(),
						invitation.role() == Role.MEMBER ? invitation.organisationId() : null,
						invitation.role() == Role.PARTNER ? invitation.partnerId() : null, baseUrl, locale);
			}
			catch (RefusedException ex) {
				return page(forms.submitted(request, result, Invitation.class, LABELS, locale)
					.rejectKey(ex.field(), ex.messageKey(), ex.args()), locale, model);
			}
			return "redirect:/sekretariat/konti?gemt";
		}
		return page(forms.submitted(request, result, Invitation.class, LABELS, locale), locale, model);
	}

	@PostMapping("/sekretariat/konti/{id:\\d+}/deaktiver")
	String disable(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return setEnabled(id, false, authentication, locale, model);
	}

	@PostMapping("/sekretariat/konti/{id:\\d+}/aktiver")
	String enable(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return setEnabled(id, true, authentication, locale, model);
	}

	private String setEnabled(long id, boolean enabled, Authentication authentication, Locale locale, Model model) {
		try {
			accounts.setEnabled(id, enabled, ((SignedInUser) authentication.getPrincipal()).accountId());
		}
		catch (RefusedException ex) {
			model.addAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
			return page(FormView.of(Map.of("role", Role.MEMBER), messages, locale, LABELS), locale, model);
		}
		return "redirect:/sekretariat/konti?" + (enabled ? "aktiveret" : "deaktiveret");
	}

	private String page(FormView form, Locale locale, Model model) {
		var organisations = directory.organisationRefs();
		var partners = directory.partnerRefs();
		model.addAttribute("accounts", accounts.accounts());
		model.addAttribute("organisationNames",
				organisations.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name)));
		model.addAttribute("partnerNames",
				partners.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name)));
		model.addAttribute("form", form);
		model.addAttribute("roles", Arrays.stream(Role.values())
			.map(r -> new Option(r.name(), messages.getMessage("Role." + r.name(), null, locale)))
			.toList());
		model.addAttribute("organisations", options(organisations, r -> String.valueOf(r.id())));
		model.addAttribute("partners", options(partners, r -> String.valueOf(r.id())));
		return "accounts/accounts";
	}

	private static java.util.List<Option> options(java.util.List<OrganisationRef> refs,
			Function<OrganisationRef, String> value) {
		return refs.stream().map(r -> new Option(value.apply(r), r.name())).toList();
	}

	/** Who to invite, with which role, acting for which organisation or partner. */
	record Invitation(
			@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
					message = "{validation.max}") String email,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.max}") String displayName,
			@NotNull(message = "{validation.required}") Role role, Long organisationId, Long partnerId) {

		@AssertTrue(message = "{invite.error.organisation}")
		boolean isOrganisationId() {
			return role != Role.MEMBER || organisationId != null;
		}

		@AssertTrue(message = "{invite.error.partner}")
		boolean isPartnerId() {
			return role != Role.PARTNER || partnerId != null;
		}
	}
}
