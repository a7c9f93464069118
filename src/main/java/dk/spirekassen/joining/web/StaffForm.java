package dk.spirekassen.joining.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Objects;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.joining.Joining.Applicant;

/**
 * The request to join one's member organisation as submitted: who (name, address, password twice, consent) and
 * which organisation (none when asking to join a partner, named by the address). {@code homepage} is the field people
 * do not see (see {@link JoinForm}).
 */
record StaffForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String applicantName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.max}") String applicantEmail,
		@NotBlank(message = "{validation.required}") @Size(min = AccountManagement.MIN_PASSWORD_LENGTH, max = 200,
				message = "{validation.password.length}") String password,
		String repeatPassword, Boolean consent, String homepage,
		Long organisationId) {

	@AssertTrue(message = "{validation.password.repeat}")
	boolean isRepeatPassword() {
		return Objects.equals(password, repeatPassword);
	}

	@AssertTrue(message = "{joining.error.consent}")
	boolean isConsent() {
		return Boolean.TRUE.equals(consent);
	}

	boolean filledByARobot() {
		return homepage != null && !homepage.isBlank();
	}

	Applicant applicant() {
		return new Applicant(applicantName, applicantEmail, password);
	}
}
