package dk.spirekassen.devdays.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.spirekassen.devdays.RegistrationStatus;

/**
 * One email from the secretariat to everyone confirmed or everyone on the waitlist of a day.
 */
record DayMessageForm(@NotNull(message = "{validation.required}") RegistrationStatus audience,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String subject,
		@NotBlank(message = "{validation.required}") @Size(max = 10000, message = "{validation.max}") String body) {
}
