package dk.spirekassen.devdays;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Hands {@link RegistrationMails} again, on one node at a time, the registration changes whose emails were not written
 * within {@code spirekassen.registration.mail-catch-up-after} of the change (the node that took them died, or writing
 * failed), so no node has to restart for those emails to go out. Writing them twice is harmless: the listener writes
 * each email once.
 */
@Component
class RegistrationMailCatchUp {

	static final String JOB = "registration-mail-catch-up";

	private final IncompleteEventPublications publications;

	private final Duration after;

	RegistrationMailCatchUp(IncompleteEventPublications publications,
			@Value("${spirekassen.registration.mail-catch-up-after:PT5M}") Duration after) {
		this.publications = publications;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${spirekassen.registration.mail-catch-up-every:PT5M}",
			initialDelayString = "${spirekassen.registration.mail-catch-up-every:PT5M}")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT10M")
	public void resubmit() {
		var before = Instant.now().minus(after);
		publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof RegistrationsChanged
				&& publication.getPublicationDate().isBefore(before));
	}
}
