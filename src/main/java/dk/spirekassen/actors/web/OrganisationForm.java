package dk.spirekassen.actors.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

import dk.spirekassen.actors.OrganisationDetails;
import dk.spirekassen.actors.OrganisationKind;

/**
 * The organisation form as submitted.
 */
record OrganisationForm(@NotNull(message = "{validation.required}") OrganisationKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "\\s*(DK)?\\s*\\d{8}\\s*",
				message = "{validation.cvr.format}") String cvr,
		@Size(max = 300, message = "{validation.max}") String address, Integer municipalityCode,
		@Size(max = 300, message = "{validation.max}") @Pattern(regexp = "(https?://\\S+)?",
				message = "{validation.url}") String website,
		@PastOrPresent(message = "{validation.pastOrPresent}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate memberSince,
		Long administeredById) {

	OrganisationDetails toDetails() {
		return new OrganisationDetails(kind, name, dk.spirekassen.actors.Cvr.normalise(cvr), address, municipalityCode,
				website, memberSince, administeredById);
	}
}
