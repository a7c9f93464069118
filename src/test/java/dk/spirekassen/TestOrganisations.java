package dk.spirekassen;

import java.time.LocalDate;
import java.util.Random;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Cvr;
import dk.spirekassen.actors.DirectoryConflictException;
import dk.spirekassen.actors.OrganisationDetails;
import dk.spirekassen.actors.OrganisationKind;

/** New housing organisations for tests, each with a valid CVR number no other organisation has. */
public final class TestOrganisations {

	private static final Random RANDOM = new Random();

	private TestOrganisations() {
	}

	/** A housing organisation in Copenhagen; a member since {@code memberSince}, or not a member when null. */
	public static long create(ActorManagement actors, String name, LocalDate memberSince) {
		while (true) {
			var cvr = String.valueOf(60_000_000 + RANDOM.nextInt(30_000_000));
			if (!Cvr.isValid(cvr)) {
				continue;
			}
			try {
				return actors.createOrganisation(new OrganisationDetails(OrganisationKind.HOUSING, name, cvr, null,
						751, null, memberSince, null));
			}
			catch (DirectoryConflictException ex) {
				// The number was taken; try another.
			}
		}
	}
}
