package dk.spirekassen.devdays;

import java.time.Instant;

import dk.spirekassen.actors.Region;

/**
 * What the day form edits.
 */
public record DayDetails(String title, Long themeId, String description, Region region, String venue,
		String address, Instant startsAt, Instant endsAt, int capacity, Instant registrationOpensAt,
		Instant registrationClosesAt, String organisers) {
}
