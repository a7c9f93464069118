package dk.spirekassen.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.shared.Times;

/**
 * What every page template needs besides its own data: messages in the visitor's language, who is signed in,
 * the CSRF token for forms, and helpers for links and numbers.
 */
public final class ViewContext {

	private static final int DATE_FORMATS_KEPT = 16;

	private static final Map<Locale, DateFormats> DATE_FORMATS = new ConcurrentHashMap<>();

	private final MessageSource messages;

	private final Locale locale;

	private final HttpServletRequest request;

	private final Authentication authentication;

	/** Counts the signed-in person's unread notes, asked once per page at most ({@link #unreadNotes()}). */
	private java.util.function.IntSupplier unreadNotesCounter = () -> 0;

	private Integer unreadNotes;

	/** Made once per page: a page formats many numbers, and making a format is the expensive part. */
	private NumberFormat integerFormat;

	ViewContext(MessageSource messages, Locale locale, HttpServletRequest request, Authentication authentication) {
		this.messages = messages;
		this.locale = locale;
		this.request = request;
		this.authentication = authentication;
	}

	void countUnreadNotesWith(java.util.function.IntSupplier counter) {
		this.unreadNotesCounter = counter;
	}

	/** How many of the signed-in person's notes are unread (0 for a visitor), for the header. */
	public int unreadNotes() {
		if (unreadNotes == null) {
			unreadNotes = signedIn() ? unreadNotesCounter.getAsInt() : 0;
		}
		return unreadNotes;
	}

	/** The unread count as the header shows it: {@code 99+} beyond what is counted. */
	public String unreadNotesShown() {
		int unread = unreadNotes();
		int counted = dk.spirekassen.notifications.Notes.COUNTED;
		return unread >= counted ? (counted - 1) + "+" : String.valueOf(unread);
	}

	/** The message for a key in the visitor's language; the key itself when no message exists. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
	}

	/** The label of an enum constant, from the key {@code SimpleName.CONSTANT}. */
	public String label(Enum<?> value) {
		return value == null ? "" : t(value.getDeclaringClass().getSimpleName() + "." + value.name());
	}

	/** The labels of several enum constants, separated by commas. */
	public String labels(java.util.Collection<? extends Enum<?>> values) {
		return String.join(", ", values.stream().map(this::label).toList());
	}

	public Locale locale() {
		return locale;
	}

	public String lang() {
		return "en".equals(locale.getLanguage()) ? "en" : "da";
	}

	public boolean signedIn() {
		return ActorPermissions.isSignedIn(authentication);
	}

	public boolean secretariat() {
		return ActorPermissions.isSecretariat(authentication);
	}

	public String userName() {
		return user() == null ? "" : user().displayName();
	}

	public Long userOrganisationId() {
		return user() == null ? null : user().organisationId();
	}

	public Long userPartnerId() {
		return user() == null ? null : user().partnerId();
	}

	public boolean canEditOrganisation(long id) {
		return ActorPermissions.canEditOrganisation(authentication, id);
	}

	public boolean canEditPartner(long id) {
		return ActorPermissions.canEditPartner(authentication, id);
	}

	private SignedInUser user() {
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}

	public String csrfName() {
		var token = csrf();
		return token == null ? "_csrf" : token.getParameterName();
	}

	public String csrfToken() {
		var token = csrf();
		return token == null ? "" : token.getToken();
	}

	private CsrfToken csrf() {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	/** The path of this request, without the query. */
	public String path() {
		return request.getRequestURI();
	}

	/** Whether the navigation item for a path should be marked as the current page. */
	public boolean current(String prefix) {
		var path = path();
		return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
	}

	/** This page's URL with one query parameter set (or removed when the value is null), keeping the others. */
	public String withParam(String name, Object value) {
		var builder = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
		builder.replaceQueryParam(name, value == null ? new Object[0] : new Object[] { value });
		return builder.build().toUriString();
	}

	/** This page's URL with the language switched to the other one. */
	public String otherLanguageUrl() {
		return withParam("lang", "en".equals(lang()) ? "da" : "en");
	}

	/** The query string of this request, for links that carry the current filters (e.g. exports). */
	public String query() {
		var query = request.getQueryString();
		return query == null ? "" : query;
	}

	/** The address itself when it is an http(s) address, otherwise nothing, so no stored value becomes a script link. */
	public String safeUrl(String url) {
		return url != null && url.matches("(?i)https?://\\S+") ? url : null;
	}

	public String number(long value) {
		if (integerFormat == null) {
			integerFormat = NumberFormat.getIntegerInstance(locale);
		}
		return integerFormat.format(value);
	}

	/** An amount in Danish kroner the Danish way: 1.234.567 kr. */
	public String money(long kroner) {
		return number(kroner) + " kr.";
	}

	/** A measured value with up to four decimals and the locale's separators. */
	public String decimal(java.math.BigDecimal value) {
		if (value == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	/** A size in bytes, in kB or MB. */
	public String fileSize(long bytes) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return bytes < 1024 * 1024 ? format.format(Math.max(1, bytes / 1024.0)) + " kB"
				: format.format(bytes / (1024.0 * 1024)) + " MB";
	}

	public String percent(double share) {
		var format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	public String date(LocalDate date) {
		return date == null ? "" : date.format(dateFormats().date());
	}

	/** The Danish date of an instant. */
	public String dateOf(Instant instant) {
		return instant == null ? "" : date(instant.atZone(Times.DANISH_TIME).toLocalDate());
	}

	/** An instant as a {@code <time datetime>} value: UTC to the second, such as {@code 2026-05-04T07:30:00Z}. */
	public String machineDateTime(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : instant.atZone(Times.DANISH_TIME).format(dateFormats().dateTime());
	}

	/**
	 * When something happens, without seconds, as people write it: {@code 18. feb. 2027 kl. 9.00} (in English
	 * {@code 18 Feb 2027, 9:00}). See {@link Times}.
	 */
	public String moment(Instant instant) {
		return Times.of(locale).at(instant);
	}

	/**
	 * From when to when, as people write it: {@code 18. feb. 2027 kl. 9.00–15.00} within a date,
	 * {@code 18. feb. 2027 kl. 9.00 – 19. feb. 2027 kl. 12.00} across dates (in English
	 * {@code 18 Feb 2027, 9:00–15:00}). See {@link Times}.
	 */
	public String timeSpan(Instant start, Instant end) {
		return Times.of(locale).span(start, end);
	}

	/** From one time of day to another: {@code 9.30–10.00} (in English {@code 9:30–10:00}); the start without an end. */
	public String timeSpan(LocalTime start, LocalTime end) {
		return Times.of(locale).span(start, end);
	}

	/**
	 * The language's date formats with their patterns looked up once: a localized format looks its pattern up on every
	 * use, which was most of formatting a date. Kept for the first {@link #DATE_FORMATS_KEPT} languages; what the
	 * language cookie names beyond them is made for each use.
	 */
	private DateFormats dateFormats() {
		var formats = DATE_FORMATS.get(locale);
		if (formats == null) {
			formats = DateFormats.of(locale);
			if (DATE_FORMATS.size() < DATE_FORMATS_KEPT) {
				DATE_FORMATS.putIfAbsent(locale, formats);
			}
		}
		return formats;
	}

	private record DateFormats(DateTimeFormatter date, DateTimeFormatter dateTime) {

		static DateFormats of(Locale locale) {
			return new DateFormats(resolved(FormatStyle.LONG, null, locale),
					resolved(FormatStyle.MEDIUM, FormatStyle.MEDIUM, locale));
		}

		/** As {@code DateTimeFormatter.ofLocalized…(…).withLocale(locale)} formats, its pattern looked up now. */
		private static DateTimeFormatter resolved(FormatStyle date, FormatStyle time, Locale locale) {
			return DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time,
					IsoChronology.INSTANCE, locale), locale);
		}
	}
}
