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

		/** The same day, taking registrations as {@code window} says. */
		public DayRow at(RegistrationWindow window) {
			return window == this.window ? this
					: new DayRow(id, title, theme, region, venue, startsAt, endsAt, capacity, confirmed, waitlisted,
							window);
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

	/**
	 * Who came to a day, counted over its confirmed registrations from status and participant type only, so the
	 * counts outlive the anonymisation of names and addresses: the sector against outside actors, and each type.
	 */
	public record ParticipantMix(long confirmed, long sector, long external, List<TypeCount> byType) {

		/** Width of the longest bar in the chart, in the chart's own units. */
		public static final int BAR_WIDTH = 200;

		/** The sector's share of the confirmed, between 0 and 1. */
		public double sectorShare() {
			return confirmed == 0 ? 0 : (double) sector / confirmed;
		}

		/** The chart's bars: the sector, outside actors, then each participant type, scaled to the largest count. */
		public List<Bar> bars() {
			long largest = Math.max(1, Math.max(Math.max(sector, external),
					byType.stream().mapToLong(TypeCount::count).max().orElse(0)));
			var bars = new java.util.ArrayList<Bar>();
			bars.add(bar("mix.sector", sector, true, largest, bars.size()));
			bars.add(bar("mix.external", external, false, largest, bars.size()));
			byType.forEach(t -> bars.add(
					bar("ParticipantType." + t.type().name(), t.count(), t.type().sector(), largest, bars.size())));
			return bars;
		}

		/** Height of the chart for all its bars. */
		public int height() {
			return (2 + byType.size()) * Bar.STEP + Bar.STEP / 2;
		}

		private Bar bar(String labelKey, long count, boolean sectorBar, long largest, int index) {
			return new Bar(labelKey, count, confirmed == 0 ? 0 : (double) count / confirmed, sectorBar,
					index * Bar.STEP + (index >= 2 ? Bar.STEP / 2 : 0),
					(int) Math.round((double) count * BAR_WIDTH / largest));
		}
	}

	/** How many confirmed registrations have one participant type. */
	public record TypeCount(ParticipantType type, long count) {
	}

	/**
	 * One bar of the participant mix chart: its label key, its count and share of the confirmed, whether it counts
	 * the sector, where it starts and how long it is.
	 */
	public record Bar(String labelKey, long count, double share, boolean sector, int y, int width) {

		static final int STEP = 22;
	}

	/** The check-in desk: who matches the search among the confirmed, and how many are checked in of how many. */
	public record CheckInView(long confirmed, long checkedIn, List<RegistrationRow> matches) {
	}
}
