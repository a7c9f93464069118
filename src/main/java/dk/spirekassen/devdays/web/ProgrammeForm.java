package dk.spirekassen.devdays.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalTime;

/**
 * One programme item as submitted.
 */
record ProgrammeForm(@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
		@DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String title,
		@Size(max = 2000, message = "{validation.max}") String description) {
}
