package dk.spirekassen.joining;

/**
 * What someone asks to join with a {@link StaffAccess staff request}: the member organisation they work for, or a
 * partner already on Spirekassen that they work for. Its people (or the secretariat) decide.
 */
public sealed interface Team {

	long id();

	/** The path of the team's page. */
	String path();

	/** The path of the page where the team's people decide the requests to join it. */
	default String requestsPath() {
		return path() + "/anmodninger";
	}

	/** A member organisation, joined by its staff. */
	record Organisation(long id) implements Team {

		@Override
		public String path() {
			return "/organisationer/" + id;
		}
	}

	/** A partner, joined by the people who work for it. */
	record Partner(long id) implements Team {

		@Override
		public String path() {
			return "/partnere/" + id;
		}
	}
}
