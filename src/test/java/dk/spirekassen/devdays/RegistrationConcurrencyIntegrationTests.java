package dk.spirekassen.devdays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guarantee, on the database the suite runs on (H2 or PostgreSQL): concurrent registrations never overbook a
 * day, the rest wait in arrival order, a repeated submission gives one registration, and cancellations, promotions
 * and capacity changes running at the same time never overbook and never skip anyone on the waitlist.
 */
@SpirekassenTest
@RecordApplicationEvents
class RegistrationConcurrencyIntegrationTests {

	private static final int THREADS = 16;

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private long openDay(int capacity) {
		return openDay(days, capacity);
	}

	/** A day ten days ahead whose registration is open, with the given number of seats. */
	static long openDay(DayManagement days, int capacity) {
		var now = Instant.now();
		return days.create(new DayDetails("Udviklingsdag " + System.nanoTime(), null, null, Region.MIDTJYLLAND,
				"Godsbanen", "Skovgaardsgade 3, 8000 Aarhus C", now.plus(Duration.ofDays(10)),
				now.plus(Duration.ofDays(10)).plus(Duration.ofHours(6)), capacity, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(9)), null));
	}

	private static RegistrationDetails person(String email) {
		return new RegistrationDetails("Deltager " + email, email, null, null, ParticipantType.ADVISOR, null, null,
				true);
	}

	/** Runs the tasks at once, on one thread each up to {@value #THREADS}, and gives their results in order. */
	static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
		var pool = Executors.newFixedThreadPool(THREADS);
		try {
			var start = new CountDownLatch(1);
			var futures = new ArrayList<Future<T>>();
			for (var task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentAttemptsFillExactlyTheSeatsAndWaitlistTheRestInArrivalOrder() throws Exception {
		int seats = 7;
		int attempts = 40;
		long day = openDay(seats);
		var tasks = new ArrayList<Callable<RegistrationResult>>();
		for (int i = 0; i < attempts; i++) {
			var email = "samtidig" + i + "@example.dk";
			tasks.add(() -> desk.register(day, person(email), null, null));
		}
		var results = concurrently(tasks);

		assertThat(results).hasSize(attempts);
		assertThat(results.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)).hasSize(seats);
		assertThat(results.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)).hasSize(attempts - seats);
		assertThat(results.stream().map(RegistrationResult::registrationId).distinct()).hasSize(attempts);
		var positions = results.stream()
			.filter(r -> r.status() == RegistrationStatus.WAITLISTED)
			.map(RegistrationResult::waitlistPosition)
			.sorted()
			.toList();
		assertThat(positions).isEqualTo(java.util.stream.LongStream.rangeClosed(1, attempts - seats).boxed().toList());
		// Every confirmed seat was taken before anyone was put on the waitlist.
		long lastConfirmed = arrivals(day, "CONFIRMED").stream().mapToLong(Long::longValue).max().orElseThrow();
		long firstWaiting = arrivals(day, "WAITLISTED").stream().mapToLong(Long::longValue).min().orElseThrow();
		assertThat(lastConfirmed).isLessThan(firstWaiting);
	}

	@Test
	void theSameSubmissionTwiceGivesOneRegistration() throws Exception {
		long day = openDay(3);
		var tasks = new ArrayList<Callable<RegistrationResult>>();
		for (int i = 0; i < 8; i++) {
			tasks.add(() -> desk.register(day, person("dobbeltklik@example.dk"), "form-4711", null));
		}
		var results = concurrently(tasks);
		assertThat(results.stream().map(RegistrationResult::registrationId).distinct()).hasSize(1);
		assertThat(results.stream().filter(r -> !r.repeated())).hasSize(1);
		assertThat(results.stream().filter(r -> r.token() != null)).hasSize(1);
		assertThat(count(day, "CONFIRMED")).isEqualTo(1);
	}

	@Test
	void cancellationsPromotionsAndCapacityChangesDuringRegistrationNeverOverbookOrSkip() throws Exception {
		int seats = 10;
		long day = openDay(seats);
		var tokens = new ArrayList<String>();
		for (int i = 0; i < 16; i++) {
			tokens.add(desk.register(day, person("start" + i + "@example.dk"), null, null).token());
		}
		var tasks = new ArrayList<Callable<Object>>();
		for (int i = 0; i < 6; i++) {
			var token = tokens.get(i);
			tasks.add(() -> desk.cancel(token));
		}
		for (int i = 0; i < 12; i++) {
			var email = "under" + i + "@example.dk";
			tasks.add(() -> desk.register(day, person(email), null, null));
		}
		tasks.add(() -> {
			days.update(day, withCapacity(days.details(day).orElseThrow(), seats + 3));
			return null;
		});
		concurrently(tasks);

		long confirmed = count(day, "CONFIRMED");
		long waiting = count(day, "WAITLISTED");
		assertThat(confirmed).isEqualTo(seats + 3);
		assertThat(confirmed + waiting).isEqualTo(16 - 6 + 12);
		// No one on the waitlist arrived before someone who got a seat from it.
		long latestPromoted = jdbc.sql("""
				select coalesce(max(r.arrival), -1) from registration r
				join registration_event e on e.registration_id = r.id and e.kind = 'PROMOTED'
				where r.day_id = ? and r.status = 'CONFIRMED'""").param(day).query(Long.class).single();
		long firstWaiting = arrivals(day, "WAITLISTED").stream().mapToLong(Long::longValue).min().orElseThrow();
		assertThat(latestPromoted).isLessThan(firstWaiting);
		assertThat(new HashSet<>(arrivals(day, "WAITLISTED"))).hasSize((int) waiting);
	}

	@Test
	void refusesWhenRegistrationIsNotOpenAndWhenTheEmailIsTaken() {
		var now = Instant.now();
		long notYet = days.create(new DayDetails("Senere dag", null, null, Region.NORDJYLLAND, "Huset", "Vej 1",
				now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)).plus(Duration.ofHours(5)), 10,
				now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)), null));
		assertThatThrownBy(() -> desk.register(notYet, person("a@example.dk"), null, null))
			.isInstanceOfSatisfying(RegistrationRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("registration.error.notYetOpen"));
		long closed = days.create(new DayDetails("Lukket dag", null, null, Region.NORDJYLLAND, "Huset", "Vej 1",
				now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3)).plus(Duration.ofHours(5)), 10,
				now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)), null));
		assertThatThrownBy(() -> desk.register(closed, person("a@example.dk"), null, null))
			.isInstanceOfSatisfying(RegistrationRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("registration.error.closed"));
		long past = days.create(new DayDetails("Forbi", null, null, Region.NORDJYLLAND, "Huset", "Vej 1",
				now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)).plus(Duration.ofHours(5)), 10,
				now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(4)), null));
		assertThatThrownBy(() -> desk.register(past, person("a@example.dk"), null, null))
			.isInstanceOfSatisfying(RegistrationRefusedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("registration.error.past"));
		long open = openDay(5);
		desk.register(open, person("Samme@Example.dk"), null, null);
		assertThatThrownBy(() -> desk.register(open, person(" samme@example.DK "), null, null))
			.isInstanceOfSatisfying(RegistrationRefusedException.class,
					ex -> assertThat(ex.field()).isEqualTo("email"));
	}

	@Test
	void aCancelledSeatGoesToTheFirstOnTheWaitlist() {
		long day = openDay(1);
		var first = desk.register(day, person("foerst@example.dk"), null, null);
		var second = desk.register(day, person("anden@example.dk"), null, null);
		var third = desk.register(day, person("tredje@example.dk"), null, null);
		assertThat(second.waitlistPosition()).isEqualTo(1);
		assertThat(third.waitlistPosition()).isEqualTo(2);
		desk.cancel(first.token());
		assertThat(desk.byToken(second.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(desk.byToken(third.token()).orElseThrow().waitlistPosition()).isEqualTo(1);
		assertThat(desk.byToken(first.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
	}

	@Test
	void recordsAttendanceOfADayAlreadyHeldUpToCapacityWithoutMail() {
		var now = Instant.now();
		long held = days.create(new DayDetails("Afholdt dag", null, null, Region.SJAELLAND, "Huset", "Vej 1",
				now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)).plus(Duration.ofHours(6)), 2,
				now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(31)), null));
		var first = desk.recordAttendance(held, person("afholdt1@example.dk"));
		var second = desk.recordAttendance(held, person("afholdt2@example.dk"));
		var third = desk.recordAttendance(held, person("afholdt3@example.dk"));

		assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(second.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(third.waitlistPosition()).isEqualTo(1);
		assertThat(first.token()).isNull();
		assertThatThrownBy(() -> desk.recordAttendance(held, person(" Afholdt1@Example.dk ")))
			.isInstanceOfSatisfying(RegistrationRefusedException.class,
					ex -> assertThat(ex.field()).isEqualTo("email"));
		assertThat(count(held, "CONFIRMED")).isEqualTo(2);
		assertThat(events.stream(RegistrationsChanged.class)).isEmpty();
	}

	private static DayDetails withCapacity(DayDetails d, int capacity) {
		return new DayDetails(d.title(), d.themeId(), d.description(), d.region(), d.venue(), d.address(),
				d.startsAt(), d.endsAt(), capacity, d.registrationOpensAt(), d.registrationClosesAt(), d.organisers());
	}

	private long count(long day, String status) {
		return jdbc.sql("select count(*) from registration where day_id = ? and status = ?")
			.params(day, status)
			.query(Long.class)
			.single();
	}

	private List<Long> arrivals(long day, String status) {
		return jdbc.sql("select arrival from registration where day_id = ? and status = ?")
			.params(day, status)
			.query(Long.class)
			.list();
	}
}
