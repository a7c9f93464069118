package dk.spirekassen.notifications;

import org.springframework.context.ApplicationContext;

/** What the route table tries the notification routes with. */
public final class NotificationSamples {

	private NotificationSamples() {
	}

	/** The unsubscribe token of an address without a login, as a reminder's links carry it. */
	public static String unsubscribeToken(ApplicationContext context) {
		return context.getBean(Recipients.class).forAddress("afmelding-proeve@example.dk").token();
	}
}
