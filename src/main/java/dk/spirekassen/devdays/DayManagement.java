package dk.spirekassen.devdays;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.NotFoundException;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.devdays.DayViews.DayRow;
import dk.spirekassen.devdays.DayViews.DayView;
import dk.spirekassen.devdays.DayViews.ProgrammeView;
import dk.spirekassen.devdays.DayViews.RegistrationRow;
import dk.spirekassen.shared.Markdown;

/**
 * Plans development days (details, capacity, programme) and reads them for pages: upcoming and past days, a day's
 * page, and its registrations for the secretariat.
 */
@Service
@Transactional
public class DayManagement {

	private final Days days;

	private final Registrations registrations;

	private final RegistrationDesk desk;

	private final ActorManagement actors;

	private final DayCalendar calendar;

	private final Clock clock;

	DayManagement(Days days, Registrations registrations, RegistrationDesk desk, ActorManagement actors,
			DayCalendar calendar, Clock clock) {
		this.days = days;
		this.registrations = registrations;
		this.desk = desk;
		this.actors = actors;
		this.calendar = calendar;
		this.clock = clock;
	}

	public long create(DayDetails details) {
		check(details);
		return days.save(new DevelopmentDay(details)).getId();
	}

	/** Changes a day; a new capacity goes through the registration desk, which never overbooks. */
	public void update(long id, DayDetails details) {
		check(details);
		var day = days.findById(id).orElseThrow(() -> new NotFoundException("day", id));
		if (details.capacity() != day.getCapacity()) {
			desk.changeCapacity(id, details.capacity());
		}
		day.update(details);
	}

	private static void check(DayDetails details) {
		if (!details.endsAt().isAfter(details.startsAt())) {
			throw new RegistrationRefusedException("endsAt", "day.error.endsBeforeStart");
		}
		if (!details.registrationClosesAt().isAfter(details.registrationOpensAt())) {
			throw new RegistrationRefusedException("registrationClosesAt", "day.error.closesBeforeOpens");
		}
		if (details.registrationOpensAt().isAfter(details.startsAt())) {
			throw new RegistrationRefusedException("registrationOpensAt", "day.error.opensAfterStart");
		}
	}

	public long addProgrammeItem(long id, LocalTime startsAt, LocalTime endsAt, String title, String description) {
		var day = days.findById(id).orElseThrow(() -> new NotFoundException("day", id));
		if (endsAt != null && !endsAt.isAfter(startsAt)) {
			throw new RegistrationRefusedException("endsAt", "programme.error.endsBeforeStart");
		}
		var item = day.addProgrammeItem(startsAt, endsAt, title, description);
		days.flush();
		return item.getId();
	}

	public void removeProgrammeItem(long id, long itemId) {
		days.findById(id).orElseThrow(() -> new NotFoundException("day", id)).removeProgrammeItem(itemId);
	}

	// --- reads

	@Transactional(readOnly = true)
	public List<DayRow> upcoming(Locale locale) {
		return rows(days.findByEndsAtAfterOrderByStartsAt(clock.instant()), locale);
	}

	@Transactional(readOnly = true)
	public List<DayRow> past(Locale locale) {
		return rows(days.findByEndsAtLessThanEqualOrderByStartsAtDesc(clock.instant()), locale);
	}

	@Transactional(readOnly = true)
	public DayView day(long id, Locale locale) {
		var day = days.findById(id).orElseThrow(() -> new NotFoundException("day", id));
		return new DayView(rows(List.of(day), locale).get(0), Markdown.toHtml(day.getDescription()),
				day.getAddress(), day.getOrganisers(), day.getRegistrationOpensAt(), day.getRegistrationClosesAt(),
				day.getProgramme()
					.stream()
					.map(p -> new ProgrammeView(p.getId(), p.getStartsAt(), p.getEndsAt(), p.getTitle(),
							p.getDescription()))
					.toList());
	}

	@Transactional(readOnly = true)
	public Optional<DayDetails> details(long id) {
		return days.findById(id).map(DevelopmentDay::details);
	}

	/** A day as iCalendar text with one event, for a calendar program. */
	@Transactional(readOnly = true)
	public String calendar(long id) {
		return calendar.day(days.findById(id).orElseThrow(() -> new NotFoundException("day", id)));
	}

	/** Every day that has not ended, as an iCalendar feed a calendar can subscribe to. */
	@Transactional(readOnly = true)
	public String calendarFeed() {
		return calendar.feed(days.findByEndsAtAfterOrderByStartsAt(clock.instant()));
	}

	/** Everyone registered for a day, confirmed first, then the waitlist in order, then the cancelled. */
	@Transactional(readOnly = true)
	public List<RegistrationRow> registrations(long id) {
		days.findById(id).orElseThrow(() -> new NotFoundException("day", id));
		var rows = new ArrayList<RegistrationRow>();
		var all = registrations.findByDayIdOrderByName(id);
		all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).forEach(r -> rows.add(row(r, 0)));
		var waitlist = all.stream()
			.filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
			.sorted(java.util.Comparator.comparingLong(Registration::getArrival))
			.toList();
		for (int i = 0; i < waitlist.size(); i++) {
			rows.add(row(waitlist.get(i), i + 1));
		}
		all.stream().filter(r -> r.getStatus() == RegistrationStatus.CANCELLED).forEach(r -> rows.add(row(r, 0)));
		return rows;
	}

	private static RegistrationRow row(Registration r, long position) {
		return new RegistrationRow(r.getId(), r.getName(), r.getEmail(), r.getOrganisationName(),
				r.getParticipantType(), r.getDietaryNeeds(), r.getAccessibilityNeeds(), r.getStatus(), position,
				r.getCreatedAt(), r.getCheckedInAt());
	}

	private List<DayRow> rows(List<DevelopmentDay> list, Locale locale) {
		Map<Long, String> themes = actors.themes()
			.stream()
			.collect(Collectors.toMap(Theme::getId, t -> t.getName(locale)));
		var now = clock.instant();
		return list.stream()
			.map(d -> new DayRow(d.getId(), d.getTitle(), themes.get(d.getThemeId()), d.getRegion(), d.getVenue(),
					d.getStartsAt(), d.getEndsAt(), d.getCapacity(),
					registrations.countByDayIdAndStatus(d.getId(), RegistrationStatus.CONFIRMED),
					registrations.countByDayIdAndStatus(d.getId(), RegistrationStatus.WAITLISTED), d.window(now)))
			.toList();
	}
}
