package dk.spirekassen.demo;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.demo.NationalDirectory.Organisation;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationStatus;

import static dk.spirekassen.demo.NationalWords.pick;

/**
 * Development days at national scale: days over the last eleven months and the next four (so none is old enough
 * for the nightly anonymisation), each with its programme and registrations. Registrations are replayed in time
 * order as the registration desk takes them: seats to the first arrivals up to the capacity, the rest on the
 * waitlist, a cancelled seat given to the first on the waitlist, one email once per day, and the log of each.
 */
final class NationalDays {

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private static final ParticipantType[] TYPES = ParticipantType.values();

	/** How common each participant type is, in the order of {@link ParticipantType}. */
	private static final double[] TYPE_SHARES = { 45, 14, 8, 5, 10, 3, 6, 7, 2 };

	private static final Map<Region, String> REGION_NAMES = Map.of(Region.HOVEDSTADEN, "Region Hovedstaden",
			Region.SJAELLAND, "Region Sjælland", Region.SYDDANMARK, "Region Syddanmark", Region.MIDTJYLLAND,
			"Region Midtjylland", Region.NORDJYLLAND, "Region Nordjylland");

	private final Random random;

	private final BulkInsert bulk;

	private final Instant now;

	private final NationalDirectory directory;

	private final List<Theme> themes;

	private final Map<Region, List<Organisation>> housingByRegion = new EnumMap<>(Region.class);

	private final MessageDigest sha256;

	private record Day(long id, Instant opens, Instant closes, Instant starts, int capacity, Region region) {
	}

	/** One registration as it is replayed; its status changes as cancellations come in. */
	private static final class Entry {

		final long id;

		final int arrival;

		final Instant created;

		final Object[] details;

		RegistrationStatus status;

		/** The status given at arrival, which the desk writes in the log. */
		RegistrationStatus registeredAs;

		Instant changed;

		Instant cancelled;

		Instant promoted;

		Entry(long id, int arrival, Instant created, Object[] details) {
			this.id = id;
			this.arrival = arrival;
			this.created = created;
			this.details = details;
			this.changed = created;
		}
	}

	NationalDays(Random random, BulkInsert bulk, Instant now, NationalDirectory directory, List<Theme> themes) {
		this.random = random;
		this.bulk = bulk;
		this.now = now;
		this.directory = directory;
		this.themes = themes;
		for (var organisation : directory.housing) {
			housingByRegion.computeIfAbsent(organisation.home().getRegion(), r -> new ArrayList<>()).add(organisation);
		}
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void generate(NationalScale scale) {
		var days = days(scale.days());
		var weights = new double[days.size()];
		for (int i = 0; i < days.size(); i++) {
			var day = days.get(i);
			double open = Duration.between(day.opens(), day.closes()).toSeconds();
			double elapsed = Math.max(0, Math.min(open, Duration.between(day.opens(), now).toSeconds()));
			weights[i] = day.capacity() * (0.5 + 1.1 * random.nextDouble()) * elapsed / open;
		}
		int[] counts = NationalScale.spread(scale.registrations(), weights, 0);
		var registrationTable = bulk.table("registration", "id", "day_id", "name", "email", "organisation_name",
				"organisation_id", "participant_type", "dietary_needs", "accessibility_needs", "consent_at", "status",
				"arrival", "token_hash", "created_at", "status_changed_at", "checked_in_at", "anonymised");
		var eventTable = bulk.table("registration_event", "id", "registration_id", "kind", "reason", "actor_name",
				"happened_at").after(registrationTable);
		var ids = bulk.ids("registration_seq");
		var eventIds = bulk.ids("registration_event_seq");
		for (int i = 0; i < days.size(); i++) {
			var day = days.get(i);
			for (var entry : replay(day, counts[i], ids)) {
				var d = entry.details;
				boolean present = entry.status == RegistrationStatus.CONFIRMED && day.starts().isBefore(now)
						&& random.nextInt(100) < 85;
				registrationTable.add(entry.id, day.id(), d[0], d[1], d[2], d[3], d[4], d[5], d[6], entry.created,
						entry.status, (long) entry.arrival, token(), entry.created, entry.changed,
						present ? day.starts().plus(random.nextInt(50), ChronoUnit.MINUTES) : null, false);
				eventTable.add(eventIds.next(), entry.id, "REGISTERED", entry.registeredAs, d[0], entry.created);
				if (entry.promoted != null) {
					eventTable.add(eventIds.next(), entry.id, "PROMOTED", null, null, entry.promoted);
				}
				if (entry.cancelled != null) {
					eventTable.add(eventIds.next(), entry.id, "CANCELLED", null, d[0], entry.cancelled);
				}
			}
		}
		bulk.flushAll();
	}

	private List<Day> days(int count) {
		var dayTable = bulk.table("development_day", "id", "title", "theme_id", "description", "region", "venue",
				"address", "starts_at", "ends_at", "capacity", "registration_opens_at", "registration_closes_at",
				"organisers", "created_at", "updated_at");
		var programmeTable = bulk.table("programme_item", "id", "day_id", "starts_at", "ends_at", "title",
				"description").after(dayTable);
		var ids = bulk.ids("development_day_seq");
		var programmeIds = bulk.ids("programme_item_seq");
		var today = LocalDate.ofInstant(now, DANISH_TIME);
		var days = new ArrayList<Day>();
		for (int i = 0; i < count; i++) {
			boolean past = i == 0 || random.nextInt(10) < 8;
			var date = today.plusDays(past ? -(7 + random.nextInt(323)) : 7 + random.nextInt(113));
			if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
				date = date.minusDays(1);
			}
			else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				date = date.plusDays(1);
			}
			var starts = date.atTime(random.nextBoolean() ? LocalTime.of(9, 0) : LocalTime.of(9, 30))
				.atZone(DANISH_TIME).toInstant();
			var ends = date.atTime(random.nextBoolean() ? LocalTime.of(15, 0) : LocalTime.of(16, 0))
				.atZone(DANISH_TIME).toInstant();
			var opens = date.minusDays(60).atTime(10, 0).atZone(DANISH_TIME).toInstant();
			var closes = date.minusDays(2).atTime(23, 59).atZone(DANISH_TIME).toInstant();
			var municipality = directory.municipality();
			var town = NationalDirectory.postalCity(municipality);
			var theme = NationalWords.DAY_THEMES[random.nextInt(NationalWords.DAY_THEMES.length)];
			var host = host(municipality.getRegion());
			var region = REGION_NAMES.get(municipality.getRegion());
			int capacity = 10 * (6 + random.nextInt(25));
			var day = new Day(ids.next(), opens, closes, starts, capacity, municipality.getRegion());
			days.add(day);
			dayTable.add(day.id(), theme + " – " + town, pick(random, themes).getId(),
					"En udviklingsdag for beboere, medarbejdere og partnere i " + region + " om "
							+ theme.toLowerCase() + ". Vi deler erfaringer, danner projektgrupper og går hjem med "
							+ "konkrete næste skridt.",
					municipality.getRegion(), pick(random, NationalWords.VENUES).formatted(random.nextBoolean() ? town
							: NationalWords.place(random)),
					NationalWords.address(random, municipality.getCode(), municipality.getName()), starts, ends,
					capacity, opens, closes, host == null ? "Spirekassen" : "Spirekassen og " + host.name(),
					opens.minus(14, ChronoUnit.DAYS), opens.minus(14, ChronoUnit.DAYS));
			for (var item : NationalWords.PROGRAMME) {
				programmeTable.add(programmeIds.next(), day.id(), LocalTime.parse(item[0]), LocalTime.parse(item[1]),
						item[2], null);
			}
		}
		bulk.flushAll();
		return days;
	}

	/**
	 * The registrations of one day, replayed in time order: each arrival takes a seat while there is one, else a
	 * waitlist place; a cancelled seat goes to the first on the waitlist.
	 */
	private List<Entry> replay(Day day, int count, BulkInsert.Ids ids) {
		var until = now.isBefore(day.closes()) ? now : day.closes();
		long window = Math.max(1, Duration.between(day.opens(), until).toSeconds());
		var times = new long[count];
		for (int k = 0; k < count; k++) {
			times[k] = (long) (random.nextDouble() * window);
		}
		Arrays.sort(times);
		var emails = new HashSet<String>();
		var entries = new ArrayList<Entry>(count);
		for (int k = 0; k < count; k++) {
			entries.add(new Entry(ids.next(), k + 1, day.opens().plusSeconds(times[k]), details(day.region(), emails)));
		}
		// What happens, in time order: arrivals, and the cancellations of one in sixteen before the day starts.
		record Happening(Instant at, Entry entry, boolean cancel) {
		}
		var happenings = new ArrayList<Happening>();
		var end = now.isBefore(day.starts()) ? now : day.starts();
		for (var entry : entries) {
			happenings.add(new Happening(entry.created, entry, false));
			long left = Duration.between(entry.created, end).toSeconds();
			if (left > 60 && random.nextInt(16) == 0) {
				happenings.add(new Happening(entry.created.plusSeconds(1 + (long) (random.nextDouble() * left)), entry,
						true));
			}
		}
		happenings.sort(Comparator.comparing(Happening::at));
		var waitlist = new ArrayDeque<Entry>();
		int confirmed = 0;
		for (var happening : happenings) {
			var entry = happening.entry();
			if (!happening.cancel()) {
				if (confirmed < day.capacity()) {
					entry.status = RegistrationStatus.CONFIRMED;
					confirmed++;
				}
				else {
					entry.status = RegistrationStatus.WAITLISTED;
					waitlist.addLast(entry);
				}
				entry.registeredAs = entry.status;
				continue;
			}
			boolean hadSeat = entry.status == RegistrationStatus.CONFIRMED;
			waitlist.remove(entry);
			entry.status = RegistrationStatus.CANCELLED;
			entry.cancelled = happening.at();
			entry.changed = happening.at();
			if (hadSeat) {
				confirmed--;
				var next = waitlist.pollFirst();
				if (next != null) {
					next.status = RegistrationStatus.CONFIRMED;
					next.promoted = happening.at();
					next.changed = happening.at();
					confirmed++;
				}
			}
		}
		return entries;
	}

	/**
	 * Who registers: name, email (once per day), organisation name and id, participant type, dietary and
	 * accessibility needs.
	 */
	private Object[] details(Region region, HashSet<String> emails) {
		var type = TYPES[draw(TYPE_SHARES)];
		var name = NationalWords.personName(random);
		String organisationName = null;
		Long organisationId = null;
		String domain;
		switch (type) {
			case HOUSING_STAFF -> {
				var organisation = organisation(region);
				organisationName = organisation.name();
				organisationId = organisation.id();
				domain = organisation.domain();
			}
			case RESIDENT -> {
				var department = pick(random, organisation(region).departments());
				organisationName = department.name();
				domain = "beboer-" + NationalWords.slug(department.name()) + ".dk";
			}
			case MUNICIPALITY -> {
				var municipality = directory.municipality();
				organisationName = municipality.getName() + " Kommune";
				domain = NationalWords.slug(municipality.getName()) + ".dk";
			}
			case ENTHUSIAST -> domain = "ildsjael.dk";
			default -> {
				var kind = switch (type) {
					case ADVISOR -> PartnerKind.ADVISOR;
					case RESEARCHER -> PartnerKind.RESEARCHER;
					case CIVIL_SOCIETY -> PartnerKind.CIVIL_SOCIETY;
					case FOUNDATION -> PartnerKind.FOUNDATION;
					default -> PartnerKind.COMPANY;
				};
				var partners = directory.partnersByKind.getOrDefault(kind, List.of());
				if (partners.isEmpty()) {
					domain = "mail.dk";
				}
				else {
					var partner = pick(random, partners);
					organisationName = partner.name();
					var slug = NationalWords.slug(partner.name());
					domain = (slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-$", "")) + ".dk";
				}
			}
		}
		var email = NationalDirectory.uniqueEmail(emails, name, domain);
		var diet = random.nextInt(7) == 0 ? pick(random, NationalWords.DIETS) : null;
		var access = random.nextInt(30) == 0 ? pick(random, NationalWords.ACCESS) : null;
		return new Object[] { name, email, organisationName, organisationId, type, diet, access };
	}

	private Organisation organisation(Region region) {
		var nearby = housingByRegion.get(region);
		return nearby == null || random.nextInt(4) == 0 ? pick(random, directory.housing) : pick(random, nearby);
	}

	private Organisation host(Region region) {
		var nearby = housingByRegion.get(region);
		return nearby == null ? null : pick(random, nearby);
	}

	/** The hash of a secret link nobody holds: the registration exists, but only the secretariat reaches it. */
	private String token() {
		var bytes = ByteBuffer.allocate(32);
		for (int i = 0; i < 4; i++) {
			bytes.putLong(random.nextLong());
		}
		return HexFormat.of().formatHex(sha256.digest(bytes.array()));
	}

	private int draw(double[] weights) {
		double total = Arrays.stream(weights).sum();
		double at = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			at -= weights[i];
			if (at < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
