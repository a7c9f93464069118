package dk.spirekassen.actors.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.spirekassen.actors.DepartmentDetails;

/**
 * The department form as submitted.
 */
record DepartmentForm(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.max}") String number,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
		@Size(max = 300, message = "{validation.max}") String address,
		@NotNull(message = "{validation.required}") Integer municipalityCode,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.min}") @Max(
				value = 100_000, message = "{validation.maxValue}") Integer homes,
		@Min(value = 0, message = "{validation.min}") @Max(value = 100_000_000,
				message = "{validation.maxValue}") Integer outdoorAreaM2) {

	DepartmentDetails toDetails() {
		return new DepartmentDetails(number, name, address, municipalityCode, homes, outdoorAreaM2);
	}
}
