package dk.spirekassen.joining.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.joining.Joining.Applicant;

/**
 * The application to become a partner as submitted: who applies (name, address, password twice, consent) and the
 * partner profile, with the same limits as the secretariat's partner form. {@code homepage} is a field people do not
 * see (a honeypot): only a program filling in every field gives it a value.
 */
record JoinForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String applicantName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.max}") String applicantEmail,
		@NotBlank(message = "{validation.required}") @Size(min = AccountManagement.MIN_PASSWORD_LENGTH, max = 200,
				message = "{validation.password.length}") String password,
		String repeatPassword, Boolean consent, String homepage,
		@NotNull(message = "{validation.required}") PartnerKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
		@Size(max = 4000, message = "{validation.max}") String description,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max}") String email,
		@Size(max = 40, message = "{validation.max}") @Pattern(regexp = "[0-9 +()-]*",
				message = "{validation.phone}") String phone,
		@Size(max = 300, message = "{validation.max}") @Pattern(regexp = "(https?://\\S+)?",
				message = "{validation.url}") String website,
		@Min(value = 0, message = "{validation.min}") Long grantMin,
		@Min(value = 0, message = "{validation.min}") Long grantMax,
		@Size(max = 500, message = "{validation.max}") String coFinancing, Set<Offer> offers, Set<Region> regions,
		Set<Long> themeIds) {

	@AssertTrue(message = "{validation.password.repeat}")
	boolean isRepeatPassword() {
		return Objects.equals(password, repeatPassword);
	}

	@AssertTrue(message = "{joining.error.consent}")
	boolean isConsent() {
		return Boolean.TRUE.equals(consent);
	}

	@AssertTrue(message = "{partner.error.grantRange}")
	boolean isGrantMax() {
		return grantMin == null || grantMax == null || grantMin <= grantMax;
	}

	/** Whether a program filled in the field people do not see. */
	boolean filledByARobot() {
		return homepage != null && !homepage.isBlank();
	}

	Applicant applicant() {
		return new Applicant(applicantName, applicantEmail, password);
	}

	/** The partner profile; its contact address is the applicant's unless another is given. */
	PartnerDetails profile() {
		return profileWithContact(applicantEmail);
	}

	/** The partner profile, with {@code contact} as its address unless another is given. */
	PartnerDetails profileWithContact(String contact) {
		return new PartnerDetails(kind, name, description, email == null || email.isBlank() ? contact : email,
				phone, website, grantMin, grantMax, coFinancing,
				offers == null || offers.isEmpty() ? EnumSet.noneOf(Offer.class) : EnumSet.copyOf(offers),
				regions == null || regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions),
				themeIds == null ? new TreeSet<>() : new TreeSet<>(themeIds));
	}
}
