package dk.spirekassen.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.mail.Attachment;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.notifications.Recipients.Recipient;

/**
 * Writes notification mails in their reader's language, with links on the public base URL and, at the foot and in
 * the headers, the way to stop them.
 */
@Component
class NotificationMails {

	/** The settings page, linked from every notification mail. */
	static final String SETTINGS_PATH = "/indstillinger/notifikationer";

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	NotificationMails(Mailer mailer, MessageSource messages, @Value("${spirekassen.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** The note's text in a language: its subject, and its detail as {@link NoteDetails} shows it. */
	String text(NotificationKind kind, String subject, String detail, Instant startsAt, Instant endsAt,
			Locale language) {
		return messages.getMessage("notification." + kind.key(),
				new Object[] { subject, detail(kind, detail, startsAt, endsAt, language) }, language);
	}

	private String detail(NotificationKind kind, String detail, Instant startsAt, Instant endsAt, Locale language) {
		return NoteDetails.shown(kind, detail, startsAt, endsAt, language,
				key -> messages.getMessage(key, null, key, language));
	}

	/** The mail sent at once for a note. */
	void instant(Recipient recipient, String name, String email, Notice notice, List<Attachment> attachments,
			String reference) {
		var language = recipient.language();
		var kind = notice.kind();
		var detail = detail(kind, notice.detail(), notice.startsAt(), notice.endsAt(), language);
		var subject = messages.getMessage("notification.mail.subject." + kind.key(), new Object[] { notice.subject() },
				language);
		var body = messages.getMessage("notification.mail.body." + kind.key(),
				new Object[] { name, notice.subject(), detail, url(notice.link()) }, language)
				+ footer(recipient, kind.category(), language);
		mailer.sendUnsubscribable(reference, email, subject, body, attachments,
				unsubscribeUrl(recipient, kind.category().slug()));
	}

	/** The mail of a digest; {@code body} is its items, written by {@link Digests}. */
	void digest(Recipient recipient, String email, Channel frequency, String body, String reference) {
		var language = recipient.language();
		var subject = messages.getMessage("notification.digest.subject." + frequency.name(), null, language);
		var slug = frequency == Channel.DAILY ? DAILY_DIGEST : WEEKLY_DIGEST;
		var foot = messages.getMessage("notification.digest.footer",
				new Object[] { url(SETTINGS_PATH), url(unsubscribePath(recipient, slug)) }, language);
		mailer.sendUnsubscribable(reference, email, subject, body + foot, List.of(),
				unsubscribeUrl(recipient, slug));
	}

	/** The unsubscribe slugs of the digests, beside the categories' own. */
	static final String DAILY_DIGEST = "daglig-oversigt";

	static final String WEEKLY_DIGEST = "ugentlig-oversigt";

	/** Stops every notification mail. */
	static final String EVERYTHING = "alt";

	String url(String path) {
		return baseUrl + path;
	}

	private String footer(Recipient recipient, Category category, Locale language) {
		var name = messages.getMessage("Category." + category.name(), null, language);
		return messages.getMessage(recipient.accountId() != null ? "notification.mail.footer"
				: "notification.mail.footerWithoutLogin", new Object[] { name, url(SETTINGS_PATH),
						url(unsubscribePath(recipient, category.slug())) },
				language);
	}

	private String unsubscribeUrl(Recipient recipient, String slug) {
		return url(unsubscribePath(recipient, slug));
	}

	static String unsubscribePath(Recipient recipient, String slug) {
		return "/afmelding/" + recipient.token() + "/" + slug;
	}
}
