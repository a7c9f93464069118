package dk.spirekassen;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;

import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;
import dk.spirekassen.projects.ProjectManagement;

/**
 * A development day open for registration, made once per application context, with fresh registrations and
 * programme items for the routes that change or remove one.
 */
public final class DaySamples {

	private static DaySamples current;

	private static ApplicationContext currentContext;

	public final long day;

	public final String token;

	/** A project group formed at the day and already handed over to the incubator. */
	public final long group;

	private final DayManagement days;

	private final RegistrationDesk desk;

	private int counter;

	public static synchronized DaySamples of(ApplicationContext context) {
		if (current == null || currentContext != context) {
			current = new DaySamples(context);
			currentContext = context;
		}
		return current;
	}

	private DaySamples(ApplicationContext context) {
		days = context.getBean(DayManagement.class);
		desk = context.getBean(RegistrationDesk.class);
		var now = Instant.now();
		day = days.create(new DayDetails("Prøvedag om fællesskaber", null, "En dag til prøver.", Region.SYDDANMARK,
				"Odense Rådhus", "Flakhaven 2, 5000 Odense C", now.plus(Duration.ofDays(20)),
				now.plus(Duration.ofDays(20)).plus(Duration.ofHours(6)), 200, now.minus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(19)), "Sekretariatet"));
		days.addProgrammeItem(day, LocalTime.of(9, 30), LocalTime.of(10, 0), "Velkomst", null);
		token = freshToken();
		var ideas = context.getBean(IdeaManagement.class);
		long idea = ideas.addIdea(day, "Fælles værksted", "Et værksted i kælderen", null, "Sekretariatet");
		group = ideas.formGroup(day, "Værkstedsgruppen", "Et værksted for beboerne", Set.of(idea),
				Set.of(freshRegistration()), "Sekretariatet");
		var projects = context.getBean(ProjectManagement.class);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projects.projectOfGroup(group).isPresent());
	}

	/** A new registration's secret token. */
	public synchronized String freshToken() {
		return desk.register(day, new RegistrationDetails("Prøvedeltager " + (++counter),
				"proeve" + counter + "-" + System.nanoTime() + "@example.dk", null, null, ParticipantType.RESIDENT,
				null, null, true), null, null).token();
	}

	/** A new registration's id. */
	public synchronized long freshRegistration() {
		return desk.byToken(freshToken()).orElseThrow().registrationId();
	}

	public long freshProgrammeItem() {
		return days.addProgrammeItem(day, LocalTime.of(15, 0), null, "Afrunding", null);
	}
}
