package dk.spirekassen.devdays.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDetails;

/**
 * The registration form as submitted. {@code idempotencyKey} is a hidden field made when the form is shown, so a
 * double click or a resubmit gives the same registration.
 */
record RegistrationForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max}") String email,
		@Size(max = 200, message = "{validation.max}") String organisationName,
		@NotNull(message = "{validation.required}") ParticipantType participantType,
		@Size(max = 500, message = "{validation.max}") String dietaryNeeds,
		@Size(max = 500, message = "{validation.max}") String accessibilityNeeds, Boolean consent,
		@Size(max = 100, message = "{validation.max}") String idempotencyKey) {

	@AssertTrue(message = "{registration.error.consent}")
	boolean isConsent() {
		return Boolean.TRUE.equals(consent);
	}

	RegistrationDetails toDetails(Long organisationId) {
		return new RegistrationDetails(name, email, organisationName, organisationId, participantType, dietaryNeeds,
				accessibilityNeeds, Boolean.TRUE.equals(consent));
	}
}
