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
import dk.spirekassen.devdays.EvaluationManagement;
import dk.spirekassen.devdays.PersonalData;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;
import dk.spirekassen.mail.Mailer;
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

	private final ApplicationContext context;

	private final String email;

	private String evaluationToken;

	private String personalDataToken;

	public static synchronized DaySamples of(ApplicationContext context) {
		if (current == null || currentContext != context) {
			current = new DaySamples(context);
			currentContext = context;
		}
		return current;
	}

	private DaySamples(ApplicationContext context) {
		this.context = context;
		days = context.getBean(DayManagement.class);
		desk = context.getBean(RegistrationDesk.class);
		var now = Instant.now();
		day = days.create(new DayDetails("Prøvedag om fællesskaber", null, "En dag til prøver.", Region.SYDDANMARK,
				"Odense Rådhus", "Flakhaven 2, 5000 Odense C", now.plus(Duration.ofDays(20)),
				now.plus(Duration.ofDays(20)).plus(Duration.ofHours(6)), 200, now.minus(Duration.ofDays(2)),
				now.plus(Duration.ofDays(19)), "Sekretariatet"));
		days.addProgrammeItem(day, LocalTime.of(9, 30), LocalTime.of(10, 0), "Velkomst", null);
		email = "proeve-fast-" + System.nanoTime() + "@example.dk";
		token = desk.register(day, new RegistrationDetails("Fast prøvedeltager", email, null, null,
				ParticipantType.ADVISOR, null, null, true), null, null).token();
		var ideas = context.getBean(IdeaManagement.class);
		long idea = ideas.addIdea(day, "Fælles værksted", "Et værksted i kælderen", null, "Sekretariatet");
		group = ideas.formGroup(day, "Værkstedsgruppen", "Et værksted for beboerne", Set.of(idea),
				Set.of(freshRegistration()), "Sekretariatet");
		var projects = context.getBean(ProjectManagement.class);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projects.projectOfGroup(group).isPresent());
	}

	/** The secret link of an evaluation survey sent for the sample day, read from the outbox. */
	public String evaluationToken() {
		if (evaluationToken == null) {
			context.getBean(EvaluationManagement.class).invite(day);
			evaluationToken = linkInOutbox("/evaluering/");
		}
		return evaluationToken;
	}

	/** The secret link to a person's registrations, read from the outbox. */
	public String personalDataToken() {
		if (personalDataToken == null) {
			context.getBean(PersonalData.class).requestAccess(email);
			personalDataToken = linkInOutbox("/mine-tilmeldinger/");
		}
		return personalDataToken;
	}

	private String linkInOutbox(String path) {
		var pattern = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(path) + "([A-Za-z0-9_-]{43})");
		return context.getBean(Mailer.class)
			.outbox(org.springframework.data.domain.PageRequest.of(0, 500))
			.stream()
			.map(m -> pattern.matcher(m.getBody()))
			.filter(java.util.regex.Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow();
	}

	/** The newest day of the demo's that has been held and formed project groups. */
	public long heldDay() {
		var ideas = context.getBean(IdeaManagement.class);
		return days.past(java.util.Locale.ROOT)
			.stream()
			.filter(d -> !ideas.groups(d.id()).isEmpty())
			.findFirst()
			.orElseThrow()
			.id();
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
