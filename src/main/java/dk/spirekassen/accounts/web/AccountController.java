package dk.spirekassen.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.ResetThrottle;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.RefusedException;

/**
 * Signing in, the account page, changing a password and resetting a forgotten one.
 */
@Controller
class AccountController {

	private static final String LABELS = "account.field.";

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final ResetThrottle resetThrottle;

	private final String baseUrl;

	AccountController(AccountManagement accounts, ResetThrottle resetThrottle, MessageSource messages,
			@Value("${spirekassen.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.resetThrottle = resetThrottle;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		model.addAttribute("failed", request.getParameter("fejl") != null);
		model.addAttribute("waitSeconds", waitSeconds(request.getParameter("vent")));
		return "accounts/login";
	}

	/** The wait the sign-in page was sent with, in seconds; 0 for none or for anything that is not a wait. */
	private static long waitSeconds(String wait) {
		if (wait == null || !wait.matches("\\d{1,6}")) {
			return 0;
		}
		return Long.parseLong(wait);
	}

	@GetMapping("/konto")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("user", user);
		return "accounts/account";
	}

	@GetMapping("/konto/adgangskode")
	String passwordForm(Locale locale, Model model) {
		model.addAttribute("form", FormView.of(Map.of(), messages, locale, LABELS));
		model.addAttribute("changed", false);
		return "accounts/password";
	}

	@PostMapping("/konto/adgangskode")
	String changePassword(@Valid @ModelAttribute("form") PasswordChange change, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Locale locale, Model model) {
		var form = FormView.submitted(Map.of(), result, messages, locale, LABELS);
		var session = request.getSession(false);
		if (!result.hasErrors() && !accounts.changePassword(user.accountId(), change.currentPassword(),
				change.newPassword(), session == null ? null : session.getId())) {
			form.rejectKey("currentPassword", "account.error.wrongPassword");
		}
		model.addAttribute("form", form);
		model.addAttribute("changed", !form.hasErrors());
		return "accounts/password";
	}

	@GetMapping("/konto/slet")
	String leaveForm(Locale locale, Model model) {
		model.addAttribute("form", FormView.of(Map.of(), messages, locale, LABELS));
		return "accounts/leave";
	}

	/** Deletes one's own login after the password; signed out, on to the sign-in page with a word that it is done. */
	@PostMapping("/konto/slet")
	String leave(@Valid @ModelAttribute("form") Leaving leaving, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		var form = FormView.submitted(Map.of(), result, messages, locale, LABELS);
		if (!result.hasErrors()) {
			try {
				if (accounts.leave(user.accountId(), leaving.password())) {
					new SecurityContextLogoutHandler().logout(request, response,
							SecurityContextHolder.getContext().getAuthentication());
					return "redirect:/login?slettet";
				}
				form.rejectKey("password", "account.error.wrongPassword");
			}
			catch (RefusedException ex) {
				form.rejectKey(ex.field(), ex.messageKey());
			}
		}
		model.addAttribute("form", form);
		return "accounts/leave";
	}

	@GetMapping("/glemt-adgangskode")
	String forgotForm(Locale locale, Model model) {
		model.addAttribute("form", FormView.of(Map.of(), messages, locale, LABELS));
		model.addAttribute("sent", false);
		return "accounts/forgot";
	}

	@PostMapping("/glemt-adgangskode")
	String forgot(@Valid @ModelAttribute("form") ForgottenPassword forgotten, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		if (!result.hasErrors() && resetThrottle.tryAcquire(forgotten.email(), request.getRemoteAddr())) {
			accounts.requestPasswordReset(forgotten.email(), baseUrl, locale);
		}
		model.addAttribute("form", FormView.submitted(request.getParameterMap(), result, messages, locale, LABELS));
		model.addAttribute("sent", !result.hasErrors());
		return "accounts/forgot";
	}

	@GetMapping("/nulstil-adgangskode")
	String resetForm(@RequestParam(required = false) String token, Locale locale, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", accounts.isResetTokenUsable(token));
		model.addAttribute("form", FormView.of(Map.of(), messages, locale, LABELS));
		return "accounts/reset";
	}

	@PostMapping("/nulstil-adgangskode")
	String reset(@Valid @ModelAttribute("form") PasswordReset reset, BindingResult result, Locale locale,
			Model model) {
		var form = FormView.submitted(Map.of(), result, messages, locale, LABELS);
		model.addAttribute("token", reset.token());
		model.addAttribute("form", form);
		if (result.hasErrors()) {
			model.addAttribute("usable", accounts.isResetTokenUsable(reset.token()));
			return "accounts/reset";
		}
		boolean done;
		try {
			done = accounts.resetPassword(reset.token(), reset.newPassword());
		}
		catch (ConcurrencyFailureException ex) {
			// The same link used at the same moment by another request, which won.
			done = false;
		}
		if (!done) {
			model.addAttribute("usable", false);
			return "accounts/reset";
		}
		return "redirect:/login?nulstillet";
	}

	/** Changing a password: the current one, and the new one twice. */
	record PasswordChange(@NotBlank(message = "{validation.required}") String currentPassword,
			@NotBlank(message = "{validation.required}") @Size(min = AccountManagement.MIN_PASSWORD_LENGTH,
					max = 200, message = "{validation.password.length}") String newPassword,
			String repeatPassword) {

		@AssertTrue(message = "{validation.password.repeat}")
		boolean isRepeatPassword() {
			return Objects.equals(newPassword, repeatPassword);
		}
	}

	/** Deleting one's own login: the password, to be sure it is them. */
	record Leaving(@NotBlank(message = "{validation.required}") String password) {
	}

	/** Asking for a reset link. */
	record ForgottenPassword(@NotBlank(message = "{validation.required}") @Email(
			message = "{validation.email}") String email) {
	}

	/** Setting a new password with a reset link. */
	record PasswordReset(String token,
			@NotBlank(message = "{validation.required}") @Size(min = AccountManagement.MIN_PASSWORD_LENGTH, max = 200,
					message = "{validation.password.length}") String newPassword,
			String repeatPassword) {

		@AssertTrue(message = "{validation.password.repeat}")
		boolean isRepeatPassword() {
			return Objects.equals(newPassword, repeatPassword);
		}
	}
}
