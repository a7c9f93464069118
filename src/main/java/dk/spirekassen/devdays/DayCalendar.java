package dk.spirekassen.devdays;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.mail.Attachment;

/**
 * Writes development days as iCalendar text: one day for a calendar program or an email, or all upcoming days
 * as a feed a calendar can subscribe to. Times are in UTC; each day keeps its UID, so a calendar updates the event
 * when the day changes.
 */
@Component
class DayCalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

	static final String FILE_NAME = "udviklingsdag.ics";

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final MessageSource messages;

	private final String baseUrl;

	DayCalendar(MessageSource messages, @Value("${spirekassen.base-url}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** One day as a calendar with a single event. */
	String day(DevelopmentDay day) {
		return text(calendar(List.of(day)));
	}

	/** One day as a calendar file to attach to an email. */
	Attachment attachment(DevelopmentDay day) {
		return new Attachment(FILE_NAME, CONTENT_TYPE, day(day).getBytes(StandardCharsets.UTF_8));
	}

	/** Days as a named calendar feed, one event each. */
	String feed(List<DevelopmentDay> days) {
		var calendar = calendar(days);
		calendar.add(new XProperty("X-WR-CALNAME", messages.getMessage("calendar.feed.name", null, DANISH)));
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
		return text(calendar);
	}

	/** The calendar with lines folded at 75 octets, as RFC 5545 asks. */
	private static String text(Calendar calendar) {
		var writer = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return writer.toString();
	}

	private Calendar calendar(List<DevelopmentDay> days) {
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Spirekassen//Udviklingsdage//DA"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		days.forEach(day -> calendar.add(event(day)));
		return calendar;
	}

	private VEvent event(DevelopmentDay day) {
		var event = new VEvent(day.getStartsAt(), day.getEndsAt(), day.getTitle());
		event.add(new Uid("day-" + day.getId() + "@spirekassen.dk"));
		event.add(new Location(day.getVenue() + ", " + day.getAddress()));
		event.add(new Description(description(day)));
		event.add(new Url(URI.create(baseUrl + "/udviklingsdage/" + day.getId())));
		if (day.getUpdatedAt() != null) {
			event.add(new LastModified(day.getUpdatedAt()));
		}
		return event;
	}

	private String description(DevelopmentDay day) {
		var text = new StringBuilder();
		if (day.getDescription() != null) {
			text.append(day.getDescription()).append("\n\n");
		}
		if (!day.getProgramme().isEmpty()) {
			text.append(messages.getMessage("calendar.programme", null, DANISH)).append('\n');
			for (var item : day.getProgramme()) {
				text.append(item.getStartsAt());
				if (item.getEndsAt() != null) {
					text.append('-').append(item.getEndsAt());
				}
				text.append(' ').append(item.getTitle()).append('\n');
			}
			text.append('\n');
		}
		if (day.getOrganisers() != null) {
			text.append(messages.getMessage("calendar.organisers", new Object[] { day.getOrganisers() }, DANISH))
				.append("\n\n");
		}
		text.append(baseUrl).append("/udviklingsdage/").append(day.getId());
		return text.toString();
	}
}
