package dk.spirekassen.notifications;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import dk.spirekassen.shared.Times;

/** How a note's detail reads in a language: a stage's name looked up, a day's time written as the language does. */
public final class NoteDetails {

	private NoteDetails() {
	}

	/**
	 * The detail as a reader sees it: looked up with {@code messages} where it is a message key, and after the day's
	 * time where the note has one.
	 */
	public static String shown(NotificationKind kind, String detail, Instant startsAt, Instant endsAt, Locale language,
			Function<String, String> messages) {
		var text = detail != null && kind.detailIsMessageKey() ? messages.apply(detail) : detail;
		if (startsAt == null) {
			return text;
		}
		var when = Times.of(language).span(startsAt, endsAt);
		return text == null ? when : when + ", " + text;
	}
}
