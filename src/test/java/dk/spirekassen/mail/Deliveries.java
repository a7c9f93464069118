package dk.spirekassen.mail;

import org.springframework.context.ApplicationContext;

/** Runs the outbox worker by hand, for tests outside this package that send to their own SMTP server. */
public final class Deliveries {

	private Deliveries() {
	}

	/** Sends what is due now, as one scheduled run does. */
	public static void sendDue(ApplicationContext context) {
		context.getBean(MailDelivery.class).sendDue();
	}
}
