package dk.spirekassen.projects.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import dk.spirekassen.shared.Decimals;

/**
 * One measurement of an indicator as submitted.
 */
record MeasurementForm(@NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.pastOrPresent}") LocalDate measuredOn,
		@NotBlank(message = "{validation.required}") String value,
		@Size(max = 500, message = "{validation.max}") String note) {

	@AssertTrue(message = "{validation.decimal}")
	boolean isValue() {
		return Decimals.valid(value);
	}
}
