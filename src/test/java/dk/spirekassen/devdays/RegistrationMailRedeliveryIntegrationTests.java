package dk.spirekassen.devdays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registration's confirmation is not lost when the node stops after the registration committed: the change waits
 * in the event publication registry until its emails are written, is handed over again (by the catch-up job, or on
 * restart), and a change handed over twice writes its emails once.
 */
@SpirekassenTest
class RegistrationMailRedeliveryIntegrationTests {

	/** How the registry names {@link RegistrationMails}' listener. */
	private static final String LISTENER = RegistrationMails.class.getName() + ".on("
			+ RegistrationsChanged.class.getName() + ")";

	@Autowired
	DayManagement days;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	RegistrationMails mails;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	IncompleteEventPublications publications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void writesTheConfirmationOnceWhenTheChangeIsHandedOverAgain() {
		var email = "igen" + System.nanoTime() + "@example.dk";
		var registration = register(email);
		var written = awaitOneMailTo(email);

		mails.on(new RegistrationsChanged(written, RegistrationsChanged.Kind.REGISTERED,
				List.of(new RegistrationsChanged.Change(registration.registrationId(), registration.token(), 0))));

		assertThat(mailsTo(email)).isEqualTo(1);
	}

	@Test
	void writesTheConfirmationOfAChangeWhoseMailsWereNeverWrittenWhenItIsHandedOverAgain() {
		var email = "afbrudt" + System.nanoTime() + "@example.dk";
		var registration = register(email);
		var eventId = awaitOneMailTo(email);
		// The state a node leaves when it stops after the registration committed and before the mail was written:
		// the registration and an incomplete publication of its change, no mail.
		var change = new RegistrationsChanged(eventId, RegistrationsChanged.Kind.REGISTERED,
				List.of(new RegistrationsChanged.Change(registration.registrationId(), registration.token(), 0)));
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("delete from outgoing_mail where recipient = ?").param(email).update();
			registry.store(change, Stream.of(PublicationTargetIdentifier.of(LISTENER)));
		});
		assertThat(mailsTo(email)).isZero();

		new RegistrationMailCatchUp(publications, Duration.ZERO).resubmit();

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email) == 1);
		assertThat(jdbc.sql("select subject from outgoing_mail where recipient = ?").param(email)
			.query(String.class)
			.single()).startsWith("Tilmelding bekræftet");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> registry.findIncompletePublications()
				.stream()
				.noneMatch(publication -> isChange(publication.getEvent(), eventId)));

		// What a restart resubmits (spring.modulith.events.republish-outstanding-events-on-restart): nothing of it.
		publications.resubmitIncompletePublications(publication -> isChange(publication.getEvent(), eventId));
		assertThat(mailsTo(email)).isEqualTo(1);
	}

	private static boolean isChange(Object event, UUID id) {
		return event instanceof RegistrationsChanged changed && changed.id().equals(id);
	}

	private RegistrationResult register(String email) {
		long day = RegistrationConcurrencyIntegrationTests.openDay(days, 5);
		return desk.register(day, new RegistrationDetails("Deltager " + email, email, null, null,
				ParticipantType.ADVISOR, null, null, true), null, null);
	}

	/** Waits for the one mail to the address and gives the id of the change it was written for. */
	private UUID awaitOneMailTo(String email) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email) == 1);
		var reference = jdbc.sql("select reference from outgoing_mail where recipient = ?").param(email)
			.query(String.class)
			.single();
		return UUID.fromString(reference.split(":")[1]);
	}

	private long mailsTo(String email) {
		return jdbc.sql("select count(*) from outgoing_mail where recipient = ?").param(email)
			.query(Long.class)
			.single();
	}
}
