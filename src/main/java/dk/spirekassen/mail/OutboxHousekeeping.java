package dk.spirekassen.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/**
 * Every night, on one node: where the outbox is not kept ({@code spirekassen.mail.keep-outbox} off), deletes sent
 * emails older than {@code spirekassen.mail.keep-sent}, as they hold personal data and links. Pending and failed
 * emails stay, so none is lost and the secretariat sees what failed.
 */
@Component
class OutboxHousekeeping {

	static final String JOB = "mail-outbox-housekeeping";

	private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

	private final OutgoingMails outbox;

	private final Mailer mailer;

	OutboxHousekeeping(OutgoingMails outbox, Mailer mailer) {
		this.outbox = outbox;
		this.mailer = mailer;
	}

	@Scheduled(cron = "${spirekassen.mail.housekeeping-cron:0 30 3 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	@Transactional
	public void forgetSent() {
		if (mailer.keepsOutbox()) {
			return;
		}
		int deleted = outbox.deleteSentBefore(Instant.now().minus(mailer.keepsSentFor()));
		if (deleted > 0) {
			log.info("Outbox housekeeping: {} sent emails deleted", deleted);
		}
	}
}
