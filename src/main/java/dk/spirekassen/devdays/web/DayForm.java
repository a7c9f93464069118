package dk.spirekassen.devdays.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.time.ZoneId;

import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;

/**
 * The day form as submitted; times are Danish local time.
 */
record DayForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String title,
		Long themeId, @Size(max = 20000, message = "{validation.max}") String description,
		@NotNull(message = "{validation.required}") Region region,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String venue,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.max}") String address,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = LOCAL) LocalDateTime startsAt,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = LOCAL) LocalDateTime endsAt,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.min}") Integer capacity,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = LOCAL) LocalDateTime registrationOpensAt,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = LOCAL) LocalDateTime registrationClosesAt,
		@Size(max = 500, message = "{validation.max}") String organisers) {

	static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

	static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	DayDetails toDetails() {
		return new DayDetails(title, themeId, description, region, venue, address,
				startsAt.atZone(DANISH_TIME).toInstant(), endsAt.atZone(DANISH_TIME).toInstant(), capacity,
				registrationOpensAt.atZone(DANISH_TIME).toInstant(),
				registrationClosesAt.atZone(DANISH_TIME).toInstant(), organisers);
	}
}
