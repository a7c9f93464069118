package dk.spirekassen.devdays;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import dk.spirekassen.actors.Region;

/**
 * What the day pages, the staff pages and the API show.
 */
public final class DayViews {

	private DayViews() {
	}

	/** A day in a list, with its seats. */
	public record DayRow(long id, String title, String theme, Region region, String venue, Instant startsAt,
			Instant endsAt, int capacity, long confirmed, long waitlisted, RegistrationWindow window) {

		public long freeSeats() {
			return Math.max(0, capacity - confirmed);
		}
	}

	/** A day's public page. */
	public record DayView(DayRow row, String descriptionHtml, String address, String organisers,
			Instant registrationOpensAt, Instant registrationClosesAt, List<ProgrammeView> programme) {
	}

	/** One point of the programme. */
	public record ProgrammeView(long id, LocalTime startsAt, LocalTime endsAt, String title, String description) {
	}

	/** A registration as the secretariat sees it. */
	public record RegistrationRow(long id, String name, String email, String organisation,
			ParticipantType participantType, String dietaryNeeds, String accessibilityNeeds,
			RegistrationStatus status, long waitlistPosition, Instant registeredAt, Instant checkedInAt) {
	}
}
