package dk.spirekassen.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real SMTP server (GreenMail) that is down at first: an email is kept with its error, tried
 * again later, delivered once the server is back and never twice; an email written in a transaction that rolls back
 * is never sent. The worker's own schedule is pushed out of the way; each test runs it by hand, as the schedule
 * would.
 */
@SpringBootTest(properties = { "spirekassen.mail.send-every=PT1H", "spirekassen.mail.send-first-after=PT1H",
		"spirekassen.mail.retry.first=PT1S", "spirekassen.mail.retry.longest=PT8S",
		"spirekassen.mail.retry.max-attempts=4" })
class MailDeliveryIntegrationTests {

	private static final int PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	Mailer mailer;

	@Autowired
	MailDelivery delivery;

	@Autowired
	OutgoingMails outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private GreenMail smtpServer;

	@BeforeEach
	void onlyThisTestsMailsAreDue() {
		// Other test classes share the database and leave their emails pending (they have no SMTP server).
		jdbc.sql("update outgoing_mail set next_attempt_at = ? where status = 'PENDING'")
			.param(Timestamp.from(Instant.now().plus(Duration.ofDays(1))))
			.update();
	}

	@AfterEach
	void stopServer() {
		if (smtpServer != null) {
			smtpServer.stop();
		}
	}

	@Test
	void keepsAMailWhileTheServerIsDownAndSendsItExactlyOnceWhenItIsBack() throws Exception {
		var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		mailer.send("tilbage@example.dk", "Tilmelding bekræftet", "Kære Anna",
				List.of(new Attachment("udviklingsdag.ics", "text/calendar; charset=utf-8", ics)));

		delivery.sendDue();

		var waiting = mailTo("tilbage@example.dk");
		assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(waiting.getLastError()).isNotBlank();
		assertThat(waiting.getSentAt()).isNull();

		startServer();
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return mailTo("tilbage@example.dk").getStatus() == MailStatus.SENT;
		});
		for (int run = 0; run < 3; run++) {
			Thread.sleep(1100);
			delivery.sendDue();
		}

		var sent = mailTo("tilbage@example.dk");
		assertThat(sent.getAttempts()).isEqualTo(2);
		assertThat(sent.getSentAt()).isNotNull();
		assertThat(sent.getLastError()).isNull();
		var received = receivedBy("tilbage@example.dk");
		assertThat(received).hasSize(1);
		var message = received.get(0);
		assertThat(message.getSubject()).isEqualTo("Tilmelding bekræftet");
		assertThat(((Multipart) message.getContent()).getCount()).isEqualTo(2);
		var file = ((Multipart) message.getContent()).getBodyPart(1);
		assertThat(file.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
		assertThat(file.getFileName()).isEqualTo("udviklingsdag.ics");
		assertThat(file.getContentType()).startsWith("text/calendar");
	}

	@Test
	void movesTheNextAttemptForwardDoublingAfterEachFailureAndGivesUpAfterTheLast() {
		mailer.send("nede@example.dk", "Emne", "Tekst");

		var before = Instant.now();
		delivery.sendDue();
		var first = mailTo("nede@example.dk");
		assertThat(first.getNextAttemptAt()).isAfterOrEqualTo(before.plusSeconds(1));

		delivery.sendDue();
		assertThat(mailTo("nede@example.dk").getAttempts()).as("not due yet, so not tried").isEqualTo(1);

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			delivery.sendDue();
			return mailTo("nede@example.dk").getAttempts() == 2;
		});
		var second = mailTo("nede@example.dk");
		assertThat(Duration.between(first.getNextAttemptAt(), second.getNextAttemptAt()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(second.getStatus()).isEqualTo(MailStatus.PENDING);

		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return mailTo("nede@example.dk").getStatus() == MailStatus.FAILED;
		});
		var given = mailTo("nede@example.dk");
		assertThat(given.getAttempts()).isEqualTo(4);
		assertThat(given.getNextAttemptAt()).isNull();
		assertThat(given.getLastError()).isNotBlank();
	}

	@Test
	void neverSendsAMailWrittenInATransactionThatRolledBack() throws Exception {
		startServer();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			mailer.send("fortrudt@example.dk", "Emne", "Tekst");
			status.setRollbackOnly();
		});
		mailer.send("gennemfoert@example.dk", "Emne", "Tekst");
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return !receivedBy("gennemfoert@example.dk").isEmpty();
		});

		assertThat(receivedBy("fortrudt@example.dk")).isEmpty();
		assertThat(outbox.findAll()).noneMatch(mail -> mail.getRecipient().equals("fortrudt@example.dk"));
	}

	private OutgoingMail mailTo(String recipient) {
		return outbox.findAll()
			.stream()
			.filter(mail -> mail.getRecipient().equals(recipient))
			.reduce((a, b) -> { throw new AssertionError("more than one mail to " + recipient); })
			.orElseThrow();
	}

	private List<MimeMessage> receivedBy(String recipient) {
		return Arrays.stream(smtpServer.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private void startServer() {
		smtpServer = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtpServer.start();
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
