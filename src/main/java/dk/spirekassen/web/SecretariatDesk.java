package dk.spirekassen.web;

import java.time.Duration;

import dk.spirekassen.actors.ImportQueue;
import dk.spirekassen.devdays.DayQueues;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.projects.ProjectQueues;

/**
 * How much waits in each queue of the secretariat's desk ({@link SecretariatController}), and the periods the queues
 * are counted over, for the page to tell.
 */
public record SecretariatDesk(long newIdeas, long applications, long staffRequests, long unansweredOffers,
		long days, long imports, long failedMails) {

	/** Partner applications and requests to join a team: the sign-ups that wait for approval. */
	public long signUps() {
		return applications + staffRequests;
	}

	public long offerDays() {
		return days(ProjectQueues.OFFER_UNANSWERED_AFTER);
	}

	public long evaluationDays() {
		return days(DayQueues.EVALUATION_WITHIN);
	}

	public long importDays() {
		return days(ImportQueue.FAILED_SHOWN_FOR);
	}

	public long mailDays() {
		return days(Mailer.FAILED_SHOWN_FOR);
	}

	private static long days(Duration duration) {
		return duration.toDays();
	}
}
