package dk.spirekassen.devdays;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.devdays.DayViews.CheckInView;
import dk.spirekassen.devdays.DayViews.DayRow;
import dk.spirekassen.devdays.DayViews.DayView;
import dk.spirekassen.devdays.DayViews.ParticipantMix;
import dk.spirekassen.devdays.DayViews.ProgrammeView;
import dk.spirekassen.devdays.DayViews.RegistrationRow;
import dk.spirekassen.devdays.DayViews.TypeCount;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.shared.Chunks;
import dk.spirekassen.shared.Markdown;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;

/**
 * Plans development days (details, capacity, programme) and reads them for pages: upcoming and past days, a day's
 * page, and its registrations for the secretariat: the participant list, the check-in desk, the participant mix
 * and messages to the confirmed or the waitlist.
 */
@Service
@Transactional
public class DayManagement {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Days days;

	private final Registrations registrations;

	private final RegistrationDesk desk;

	private final ActorManagement actors;

	private final DayCalendar calendar;

	private final Mailer mailer;

	private final Clock clock;

	private final Chunks chunks;

	private final ComingDays coming;

	private final RecentReads recent;

	DayManagement(Days days, Registrations registrations, RegistrationDesk desk, ActorManagement actors,
			DayCalendar calendar, Mailer mailer, Clock clock, Chunks chunks, ComingDays coming, RecentReads recent) {
		this.coming = coming;
		this.recent = recent;
		this.days = days;
		this.registrations = registrations;
		this.desk = desk;
		this.actors = actors;
		this.calendar = calendar;
		this.mailer = mailer;
		this.clock = clock;
		this.chunks = chunks;
	}

	public long create(DayDetails details) {
		check(details);
		coming.changedOnCommit();
		return days.save(new DevelopmentDay(details)).getId();
	}

	/** Changes a day; a new capacity goes through the registration desk, which never overbooks. */
	public void update(long id, DayDetails details) {
		check(details);
		var day = days.findById(id).orElseThrow(() -> new NotFoundException("day", id));
		coming.changedOnCommit();
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

	/**
	 * The first {@code max} of the days not over yet, soonest first: their seats are counted for those days only
	 * (the front page), not for every coming day. Kept as the lists are, until a registration or a day changes or the
	 * first of them ends ({@link ComingDays}); whether each takes registrations is told anew at every call.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<DayRow> upcoming(Locale locale, int max) {
		var now = clock.instant();
		var read = new ListPage("coming-days", coming.generation(now), null, PageRequest.of(0, max), locale);
		List<Kept> kept = recent.get(read, () -> {
			var list = days.findByEndsAtAfterOrderByStartsAt(now, Limit.of(max));
			var rows = rows(list, locale);
			return IntStream.range(0, list.size())
				.mapToObj(i -> new Kept(rows.get(i), list.get(i).getRegistrationOpensAt(),
						list.get(i).getRegistrationClosesAt()))
				.toList();
		});
		kept.stream().map(k -> k.row().endsAt()).min(Comparator.naturalOrder()).ifPresent(coming::kept);
		return kept.stream().map(k -> k.row().at(RegistrationWindow.at(now, k.opens(), k.closes(), k.row().endsAt())))
			.toList();
	}

	/** A coming day as it is kept, with when it takes registrations. */
	private record Kept(DayRow row, Instant opens, Instant closes) {
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

	/** A day's registrations in the order of {@link #registrations(long)}, narrowed by the filter. */
	@Transactional(readOnly = true)
	public List<RegistrationRow> participants(long id, ParticipantFilter filter) {
		return registrations(id).stream().filter(matching(filter)).toList();
	}

	/**
	 * The registrations of {@link #participants(long, ParticipantFilter)}, in the same order, read chunk by chunk as
	 * the stream is consumed (see {@link Chunks}), for export: a long waitlist is never held whole.
	 */
	@Transactional(readOnly = true)
	public Stream<RegistrationRow> allParticipants(long id, ParticipantFilter filter) {
		days.findById(id).orElseThrow(() -> new NotFoundException("day", id));
		return Stream.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED)
			.filter(status -> filter.status() == null || status == filter.status())
			.map(status -> chunks.stream((position, size) -> registrationChunk(id, status, position, size)))
			.reduce(Stream.empty(), Stream::concat)
			.filter(matching(filter));
	}

	/** A chunk of a day's registrations of one status: the waitlist by arrival with places, the others by name. */
	private Window<RegistrationRow> registrationChunk(long id, RegistrationStatus status, ScrollPosition position,
			int size) {
		boolean waitlist = status == RegistrationStatus.WAITLISTED;
		var chunk = registrations.findByDayIdAndStatus(id, status, position,
				waitlist ? Sort.by("arrival", "id") : Sort.by("name", "id"), Limit.of(size));
		if (!waitlist || chunk.isEmpty()) {
			return chunk.map(r -> row(r, 0));
		}
		var content = chunk.getContent();
		long first = registrations.countAhead(id, status, content.get(0).getArrival()) + 1;
		var rows = IntStream.range(0, content.size()).mapToObj(i -> row(content.get(i), first + i)).toList();
		return Window.from(rows, chunk::positionAt, chunk.hasNext());
	}

	private static Predicate<RegistrationRow> matching(ParticipantFilter filter) {
		var text = filter.q() == null ? "" : filter.q().strip().toLowerCase(DANISH);
		return r -> (filter.status() == null || r.status() == filter.status())
				&& (filter.type() == null || r.participantType() == filter.type())
				&& (text.isEmpty() || contains(r.name(), text) || contains(r.organisation(), text));
	}

	/** The confirmed registrations sorted by name the Danish way (Aa and Å last), for lists and badges. */
	@Transactional(readOnly = true)
	public List<RegistrationRow> confirmedByName(long id) {
		var collator = Collator.getInstance(DANISH);
		return participants(id, new ParticipantFilter(RegistrationStatus.CONFIRMED, null, null)).stream()
			.sorted(Comparator.comparing(RegistrationRow::name, Comparator.nullsLast(collator)))
			.toList();
	}

	/** The check-in desk: the confirmed whose name matches the search, and how many are checked in. */
	@Transactional(readOnly = true)
	public CheckInView checkInDesk(long id, String nameSearch) {
		var confirmed = confirmedByName(id);
		var text = nameSearch == null ? "" : nameSearch.strip().toLowerCase(DANISH);
		return new CheckInView(confirmed.size(), confirmed.stream().filter(r -> r.checkedInAt() != null).count(),
				confirmed.stream().filter(r -> text.isEmpty() || contains(r.name(), text)).toList());
	}

	/** Fails with {@link NotFoundException} unless the registration is one of the day's. */
	@Transactional(readOnly = true)
	public void requireRegistration(long id, long registrationId) {
		registrations.findById(registrationId)
			.filter(r -> r.getDayId() == id)
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
	}

	/** Who came: the confirmed counted by participant type, from no personal data. */
	@Transactional(readOnly = true)
	public ParticipantMix participantMix(long id) {
		days.findById(id).orElseThrow(() -> new NotFoundException("day", id));
		var counts = new long[ParticipantType.values().length];
		for (var row : registrations.countByParticipantType(id, RegistrationStatus.CONFIRMED)) {
			if (row[0] instanceof ParticipantType type) {
				counts[type.ordinal()] = ((Number) row[1]).longValue();
			}
		}
		long sector = Arrays.stream(ParticipantType.values()).filter(ParticipantType::sector)
			.mapToLong(t -> counts[t.ordinal()]).sum();
		long total = Arrays.stream(counts).sum();
		return new ParticipantMix(total, sector, total - sector,
				Arrays.stream(ParticipantType.values()).map(t -> new TypeCount(t, counts[t.ordinal()])).toList());
	}

	/**
	 * Emails one message to everyone confirmed or everyone on the waitlist of a day, and says how many it went to.
	 */
	public int sendMessage(long id, RegistrationStatus audience, String subject, String body) {
		if (audience != RegistrationStatus.CONFIRMED && audience != RegistrationStatus.WAITLISTED) {
			throw new RegistrationRefusedException("audience", "dayMessage.error.audience");
		}
		var recipients = participants(id, new ParticipantFilter(audience, null, null)).stream()
			.filter(r -> r.email() != null)
			.toList();
		recipients.forEach(r -> mailer.send(r.email(), subject.strip(), body.strip()));
		return recipients.size();
	}

	private static boolean contains(String value, String lowerCaseText) {
		return value != null && value.toLowerCase(DANISH).contains(lowerCaseText);
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
		var seats = new HashMap<Long, long[]>();
		if (!list.isEmpty()) {
			for (var row : registrations.countByDayAndStatus(list.stream().map(DevelopmentDay::getId).toList())) {
				var counts = seats.computeIfAbsent((Long) row[0], id -> new long[RegistrationStatus.values().length]);
				counts[((RegistrationStatus) row[1]).ordinal()] = ((Number) row[2]).longValue();
			}
		}
		var none = new long[RegistrationStatus.values().length];
		return list.stream().map(d -> {
			var counts = seats.getOrDefault(d.getId(), none);
			return new DayRow(d.getId(), d.getTitle(), themes.get(d.getThemeId()), d.getRegion(), d.getVenue(),
					d.getStartsAt(), d.getEndsAt(), d.getCapacity(), counts[RegistrationStatus.CONFIRMED.ordinal()],
					counts[RegistrationStatus.WAITLISTED.ordinal()], d.window(now));
		}).toList();
	}
}
