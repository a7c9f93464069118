package dk.spirekassen.notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a person chose: a channel per category and the language of their mails; and unsubscribing by a mail's
 * link, without signing in.
 */
@Service
@Transactional
public class NotificationPreferences {

	private final NotificationSettings settings;

	private final Recipients recipients;

	NotificationPreferences(NotificationSettings settings, Recipients recipients) {
		this.settings = settings;
		this.recipients = recipients;
	}

	/** A person's choices, with the language mails are written in (Danish until chosen). */
	public record Choices(Map<Category, Channel> channels, Locale language) {
	}

	@Transactional(readOnly = true)
	public Choices of(long accountId) {
		return new Choices(settings.of(accountId),
				recipients.ofAccount(accountId).map(r -> r.language()).orElse(Locale.forLanguageTag("da")));
	}

	/** Keeps a person's choices; a channel a category does not offer is left as it was. */
	public void save(long accountId, Map<Category, Channel> channels, Locale language) {
		var kept = new EnumMap<>(settings.of(accountId));
		channels.forEach((category, channel) -> {
			if (category.choices().contains(channel)) {
				kept.put(category, channel);
			}
		});
		settings.save(accountId, kept);
		recipients.setLanguage(accountId, "en".equals(language.getLanguage()) ? Locale.ENGLISH
				: Locale.forLanguageTag("da"));
	}

	/** What an unsubscribe link stops, as its page names it. */
	public enum Stopped {
		/** One category's mails. */
		CATEGORY,
		/** The daily or the weekly digest. */
		DIGEST,
		/** Every notification mail. */
		EVERYTHING
	}

	/** What a link stops, and of whom; empty for a token or slug that does not exist. */
	public record Unsubscription(String token, String slug, Stopped stops, Category category, Channel digest,
			boolean hasLogin) {
	}

	@Transactional(readOnly = true)
	public Optional<Unsubscription> unsubscription(String token, String slug) {
		return recipients.ofToken(token).flatMap(recipient -> {
			boolean login = recipient.accountId() != null;
			if (NotificationMails.EVERYTHING.equals(slug)) {
				return Optional.of(new Unsubscription(token, slug, Stopped.EVERYTHING, null, null, login));
			}
			if (login && NotificationMails.DAILY_DIGEST.equals(slug)) {
				return Optional.of(new Unsubscription(token, slug, Stopped.DIGEST, null, Channel.DAILY, login));
			}
			if (login && NotificationMails.WEEKLY_DIGEST.equals(slug)) {
				return Optional.of(new Unsubscription(token, slug, Stopped.DIGEST, null, Channel.WEEKLY, login));
			}
			return Category.ofSlug(slug)
				.map(category -> new Unsubscription(token, slug, Stopped.CATEGORY, category, null, login));
		});
	}

	/**
	 * Stops what the link names: a category's mails or a digest (the notes stay on the site), or every notification
	 * mail. An address without a login has only reminders, so any of its links stops them. Returns false for a link
	 * that does not exist. Doing it twice does no harm.
	 */
	public boolean unsubscribe(String token, String slug) {
		var found = unsubscription(token, slug);
		if (found.isEmpty()) {
			return false;
		}
		var recipient = recipients.ofToken(token).orElseThrow();
		if (recipient.accountId() == null) {
			recipients.stopMail(recipient.id());
			return true;
		}
		long accountId = recipient.accountId();
		var channels = new EnumMap<>(settings.of(accountId));
		var stop = found.get();
		channels.replaceAll((category, channel) -> switch (stop.stops()) {
			case EVERYTHING -> channel == Channel.OFF ? Channel.OFF : Channel.SITE;
			case DIGEST -> channel == stop.digest() ? Channel.SITE : channel;
			case CATEGORY -> category == stop.category() && channel != Channel.OFF ? Channel.SITE : channel;
		});
		settings.save(accountId, channels);
		return true;
	}
}
