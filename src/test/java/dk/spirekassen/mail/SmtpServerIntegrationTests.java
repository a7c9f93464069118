package dk.spirekassen.mail;

import dk.spirekassen.SpirekassenTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code spring.mail.host} the outbox worker exists but is not scheduled, and a run by hand sends nothing.
 * With a host it is scheduled: see {@link MailDeliveryIntegrationTests}. The choice is made when the node starts, not
 * when the jar is built (Spring AOT, {@link SmtpServer}).
 */
@SpirekassenTest
class SmtpServerIntegrationTests {

	@Autowired
	ScheduledTaskHolder scheduled;

	@Autowired
	MailDelivery delivery;

	@Autowired
	JavaMailSender sender;

	@Test
	void withoutAHostTheWorkerIsNotScheduled() {
		assertThat(scheduled.getScheduledTasks()).extracting(Object::toString).isNotEmpty()
			.noneMatch(task -> task.contains(MailDelivery.JOB));
		delivery.sendDue();
		assertThat(sender).isNotNull();
	}
}
