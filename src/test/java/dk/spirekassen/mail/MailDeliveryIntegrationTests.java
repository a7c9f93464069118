package dk.spirekassen.mail;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dk.spirekassen.WithMailServer;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox against a real SMTP server (GreenMail) that is down at first: an email is kept with its error, tried
 * again later, delivered once the server is back and never twice; an email written in a transaction that rolls back
 * is never sent; the secretariat sees what failed; sent emails are forgotten after the retention when the outbox is
 * not kept; a node killed while sending holds the outbox only briefly. The worker's own schedule is pushed out of the way; each test runs it by hand, as the schedule
 * would.
 */
class MailDeliveryIntegrationTests extends WithMailServer {

	private static final int PORT = SMTP_PORT;

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

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	private GreenMail smtpServer;

	private final long run = System.nanoTime();

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

	/** With spring.mail.host the worker is scheduled, every spirekassen.mail.send-every (1 h here: see WithMailServer). */
	@Test
	void withAHostTheWorkerIsScheduled(@Autowired ScheduledTaskHolder scheduled) {
		assertThat(scheduled.getScheduledTasks()).map(task -> task.getTask())
			.filteredOn(task -> task.toString().equals(MailDelivery.JOB))
			.singleElement()
			.isInstanceOfSatisfying(FixedDelayTask.class,
					task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1)));
	}

	@Test
	void keepsAMailWhileTheServerIsDownAndSendsItExactlyOnceWhenItIsBack() throws Exception {
		var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		mailer.send(address("tilbage"), "Tilmelding bekræftet", "Kære Anna",
				List.of(new Attachment("udviklingsdag.ics", "text/calendar; charset=utf-8", ics)));

		delivery.sendDue();

		var waiting = mailTo(address("tilbage"));
		assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(waiting.getLastError()).isNotBlank();
		assertThat(waiting.getSentAt()).isNull();

		startServer();
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return mailTo(address("tilbage")).getStatus() == MailStatus.SENT;
		});
		for (int run = 0; run < 3; run++) {
			Thread.sleep(1100);
			delivery.sendDue();
		}

		var sent = mailTo(address("tilbage"));
		assertThat(sent.getAttempts()).isEqualTo(2);
		assertThat(sent.getSentAt()).isNotNull();
		assertThat(sent.getLastError()).isNull();
		var received = receivedBy(address("tilbage"));
		assertThat(received).hasSize(1);
		var message = received.get(0);
		assertThat(message.getSubject()).isEqualTo("Tilmelding bekræftet");
		assertThat(((Multipart) message.getContent()).getCount()).isEqualTo(2);
		var file = ((Multipart) message.getContent()).getBodyPart(1);
		assertThat(file.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
		assertThat(file.getFileName()).isEqualTo("udviklingsdag.ics");
		assertThat(file.getContentType()).startsWith("text/calendar");
	}

	/**
	 * What a node killed by {@code kill -9} in the middle of a send leaves behind: the outbox's ShedLock row (no node
	 * sends until it runs out) and its claimed email (not sent again until its claim runs out). Both last at most two
	 * minutes, so the outbox carries on soon after a restart (bench/faults.sh kill9).
	 */
	@Test
	void aRunCutOffWhileSendingHoldsTheOutboxAndItsMailAtMostTwoMinutes() throws Exception {
		mailer.send(address("afbrudt"), "Emne", "Tekst");
		try (var silent = new ServerSocket(PORT, 50, InetAddress.getLoopbackAddress())) {
			silent.setSoTimeout(20_000);
			var sending = CompletableFuture.runAsync(delivery::sendDue);
			try (var connection = silent.accept()) {
				// The run holds its lock and has claimed the email: a server that never greets keeps it there.
				var lock = jdbc.sql("select locked_at, lock_until from shedlock where name = ?")
					.param(MailDelivery.JOB)
					.query((rs, row) -> Duration.between(rs.getTimestamp("locked_at").toInstant(),
							rs.getTimestamp("lock_until").toInstant()))
					.single();
				assertThat(lock).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2));
				var claimed = mailTo(address("afbrudt"));
				assertThat(claimed.getAttempts()).isEqualTo(1);
				assertThat(claimed.getNextAttemptAt()).isBefore(Instant.now().plus(Duration.ofMinutes(2)));
			}
			sending.get(30, TimeUnit.SECONDS);
		}
		assertThat(mailTo(address("afbrudt")).getStatus()).isEqualTo(MailStatus.PENDING);
	}

	@Test
	void movesTheNextAttemptForwardDoublingAfterEachFailureAndGivesUpAfterTheLast() {
		mailer.send(address("nede"), "Emne", "Tekst");

		var before = Instant.now();
		delivery.sendDue();
		var first = mailTo(address("nede"));
		assertThat(first.getNextAttemptAt()).isAfterOrEqualTo(before.plusSeconds(1));

		delivery.sendDue();
		assertThat(mailTo(address("nede")).getAttempts()).as("not due yet, so not tried").isEqualTo(1);

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			delivery.sendDue();
			return mailTo(address("nede")).getAttempts() == 2;
		});
		var second = mailTo(address("nede"));
		assertThat(Duration.between(first.getNextAttemptAt(), second.getNextAttemptAt()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(second.getStatus()).isEqualTo(MailStatus.PENDING);

		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return mailTo(address("nede")).getStatus() == MailStatus.FAILED;
		});
		var given = mailTo(address("nede"));
		assertThat(given.getAttempts()).isEqualTo(4);
		assertThat(given.getNextAttemptAt()).isNull();
		assertThat(given.getLastError()).isNotBlank();
	}

	@Test
	void neverSendsAMailWrittenInATransactionThatRolledBack() throws Exception {
		startServer();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			mailer.send(address("fortrudt"), "Emne", "Tekst");
			status.setRollbackOnly();
		});
		mailer.send(address("gennemfoert"), "Emne", "Tekst");
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return !receivedBy(address("gennemfoert")).isEmpty();
		});

		assertThat(receivedBy(address("fortrudt"))).isEmpty();
		assertThat(outbox.findAll()).noneMatch(mail -> mail.getRecipient().equals(address("fortrudt")));
	}

	@Test
	void showsTheSecretariatAMailThatWasGivenUpWithItsError() throws Exception {
		mailer.send(address("opgivet"), "Emne der ikke kom frem", "Tekst");
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return mailTo(address("opgivet")).getStatus() == MailStatus.FAILED;
		});
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");

		mvc.perform(get("/sekretariat/udbakke").with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Emne der ikke kom frem")))
			.andExpect(content().string(containsString("Opgivet")))
			.andExpect(content().string(containsString("Connection refused")));
		mvc.perform(get("/sekretariat/udbakke/" + mailTo(address("opgivet")).getId()).with(user(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Opgivet")))
			.andExpect(content().string(containsString("Connection refused")));
	}

	@Test
	void forgetsSentMailsAfterTheRetentionWhenTheOutboxIsNotKeptButKeepsTheRest() {
		startServer();
		mailer.send(address("gammel"), "Emne", "Tekst",
				List.of(new Attachment("gammel-" + run + ".txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8))));
		mailer.send(address("ny"), "Emne", "Tekst");
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
			delivery.sendDue();
			return mailTo(address("gammel")).getStatus() == MailStatus.SENT
					&& mailTo(address("ny")).getStatus() == MailStatus.SENT;
		});
		mailer.send(address("venter"), "Emne", "Tekst");
		var longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(31)));
		jdbc.sql("update outgoing_mail set created_at = ?, sent_at = ? where recipient = ?")
			.params(longAgo, longAgo, address("gammel"))
			.update();
		jdbc.sql("update outgoing_mail set created_at = ? where recipient = ?")
			.params(longAgo, address("venter"))
			.update();
		var writing = new TransactionTemplate(transactions);

		writing.executeWithoutResult(status -> new OutboxHousekeeping(outbox, mailer).forgetSent());
		assertThat(outbox.findAll()).as("kept while the outbox is kept")
			.anyMatch(mail -> mail.getRecipient().equals(address("gammel")));

		writing.executeWithoutResult(status -> new OutboxHousekeeping(outbox,
				new Mailer(outbox, false, Duration.ofDays(30))).forgetSent());
		assertThat(outbox.findAll()).extracting(OutgoingMail::getRecipient)
			.doesNotContain(address("gammel"))
			.contains(address("ny"), address("venter"));
		assertThat(jdbc.sql("select count(*) from outgoing_mail_attachment where name = ?")
			.param("gammel-" + run + ".txt")
			.query(Long.class)
			.single()).isZero();
	}

	/** An address of this test's own, as other test classes write to the same database. */
	private String address(String name) {
		return name + "-" + run + "@example.dk";
	}

	private OutgoingMail mailTo(String recipient) {
		return outbox.findAll()
			.stream()
			.filter(mail -> mail.getRecipient().equals(recipient))
			.reduce((a, b) -> { throw new AssertionError("more than one mail to " + recipient); })
			.orElseThrow();
	}

	private List<MimeMessage> receivedBy(String recipient) {
		return receivedBy(smtpServer, recipient);
	}

	private void startServer() {
		smtpServer = startMailServer();
	}
}
