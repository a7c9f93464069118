package dk.spirekassen.shared;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as people write them: in Danish {@code 18. feb. 2027 kl. 9.00–15.00}, in English
 * {@code 18 Feb 2027, 9:00–15:00}. Hours and minutes without seconds or a leading zero; a span within one date names
 * the date once, a span across dates names both ({@code 18. feb. 2027 kl. 9.00 – 19. feb. 2027 kl. 12.00}). Always in
 * Danish time, whatever the server's zone. English for English, Danish for every other language. Pages reach these
 * through {@code web.ViewContext}; emails and PDFs use them directly.
 */
public final class Times {

	/** The time zone every date and time is shown in. */
	public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private static final Times DANISH = new Times(Locale.forLanguageTag("da"), "d. MMM yyyy", "H.mm", " kl. ");

	private static final Times ENGLISH = new Times(Locale.ENGLISH, "d MMM yyyy", "H:mm", ", ");

	private final DateTimeFormatter date;

	private final DateTimeFormatter time;

	/** What stands between a date and its time. */
	private final String at;

	private Times(Locale locale, String date, String time, String at) {
		this.date = DateTimeFormatter.ofPattern(date, locale);
		this.time = DateTimeFormatter.ofPattern(time, locale);
		this.at = at;
	}

	/** The way of writing times for a language. */
	public static Times of(Locale locale) {
		return "en".equals(locale.getLanguage()) ? ENGLISH : DANISH;
	}

	/** A moment with its date: {@code 18. feb. 2027 kl. 9.00}; empty for none. */
	public String at(Instant instant) {
		return instant == null ? "" : at(instant.atZone(DANISH_TIME));
	}

	/**
	 * From one moment to another: {@code 18. feb. 2027 kl. 9.00–15.00} within a date,
	 * {@code 18. feb. 2027 kl. 9.00 – 19. feb. 2027 kl. 12.00} across dates; the start alone when there is no end.
	 */
	public String span(Instant start, Instant end) {
		if (start == null || end == null) {
			return at(start);
		}
		var from = start.atZone(DANISH_TIME);
		var to = end.atZone(DANISH_TIME);
		if (from.toLocalDate().equals(to.toLocalDate())) {
			return from.format(date) + at + from.format(time) + "–" + to.format(time);
		}
		return at(from) + " – " + at(to);
	}

	/** A time of day: {@code 9.30}; empty for none. */
	public String time(LocalTime time) {
		return time == null ? "" : time.format(this.time);
	}

	/** From one time of day to another: {@code 9.30–10.00}; the start alone when there is no end. */
	public String span(LocalTime start, LocalTime end) {
		return end == null ? time(start) : time(start) + "–" + time(end);
	}

	private String at(ZonedDateTime moment) {
		return moment.format(date) + at + moment.format(time);
	}
}
