package dk.spirekassen.demo;

import org.springframework.data.domain.Pageable;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryRows.DepartmentRow;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.demo.DemoDays.Day;
import dk.spirekassen.demo.DemoDays.Group;
import dk.spirekassen.demo.DemoDays.Idea;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;

import static dk.spirekassen.demo.DemoDays.COMMUNITIES;
import static dk.spirekassen.demo.DemoDays.FUTURE_NEEDS;

/**
 * Fills the development days with demo days, using only their public API: the four days held in spring 2023 with
 * 163 participants, the ideas captured there and 21 project groups (which the incubator turns into projects once
 * the demo data is committed), and three upcoming days open for registration, one of them full with a waitlist.
 * Runs once, inside the demo data's transaction, after the projects.
 */
class DayDemoData {

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private static final String SECRETARIAT = "Henrik Mørch";

	private static final String[] FIRST_NAMES = { "Anne", "Mette", "Hanne", "Louise", "Camilla", "Maria", "Sofie",
			"Ida", "Emma", "Julie", "Kirsten", "Susanne", "Lene", "Pernille", "Helle", "Tina", "Marianne", "Rikke",
			"Charlotte", "Line", "Nanna", "Freja", "Aisha", "Fatma", "Leyla", "Zainab", "Maja", "Birthe", "Inger",
			"Dorthe", "Lars", "Jens", "Peter", "Michael", "Søren", "Henrik", "Thomas", "Martin", "Jesper", "Anders",
			"Rasmus", "Mikkel", "Christian", "Niels", "Jakob", "Ole", "Kim", "Torben", "Frederik", "Mads", "Emil",
			"Oliver", "Ali", "Mohammed", "Omar", "Hassan", "Kasper", "Bo", "Poul", "Erik" };

	private static final String[] SURNAMES = { "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
			"Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
			"Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen",
			"Lauridsen", "Holm", "Schmidt", "Kjær", "Bach", "Dam", "Lund", "Vestergaard", "Østergaard", "Bertelsen",
			"Skov", "Winther", "Lindberg", "Brandt", "Nørgaard", "Yilmaz", "Demir", "Hussein", "Ahmadi", "Khan",
			"Ibrahim", "Nguyen", "Kowalski" };

	/** The outside actors' types in turn, so that every day meets residents, civil society, experts and funders. */
	private static final ParticipantType[] OUTSIDE = { ParticipantType.CIVIL_SOCIETY, ParticipantType.MUNICIPALITY,
			ParticipantType.ADVISOR, ParticipantType.RESIDENT, ParticipantType.RESEARCHER,
			ParticipantType.CIVIL_SOCIETY, ParticipantType.FOUNDATION, ParticipantType.ENTHUSIAST,
			ParticipantType.MUNICIPALITY, ParticipantType.RESIDENT, ParticipantType.ADVISOR, ParticipantType.OTHER,
			ParticipantType.CIVIL_SOCIETY, ParticipantType.RESEARCHER, ParticipantType.RESIDENT,
			ParticipantType.MUNICIPALITY, ParticipantType.ENTHUSIAST };

	private static final Map<ParticipantType, PartnerKind> PARTNER_KINDS = Map.of(ParticipantType.ADVISOR,
			PartnerKind.ADVISOR, ParticipantType.RESEARCHER, PartnerKind.RESEARCHER, ParticipantType.CIVIL_SOCIETY,
			PartnerKind.CIVIL_SOCIETY, ParticipantType.FOUNDATION, PartnerKind.FOUNDATION, ParticipantType.OTHER,
			PartnerKind.COMPANY);

	/** A registration the demo made, with what a project group needs to know of the person. */
	private record Person(long registrationId, String name, boolean sector) {
	}

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final IdeaManagement ideas;

	private final ActorManagement actors;

	private final Directory directory;

	private final Random random = new Random(2023_03_16);

	private final Set<String> usedNames = new HashSet<>();

	private final Map<Region, List<OrganisationRef>> members = new EnumMap<>(Region.class);

	private final Map<Region, List<DepartmentRow>> departments = new EnumMap<>(Region.class);

	private final Map<Region, List<String>> municipalities = new EnumMap<>(Region.class);

	private final Map<PartnerKind, List<OrganisationRef>> partners = new EnumMap<>(PartnerKind.class);

	private final Map<String, Long> themes = new HashMap<>();

	private int outsideTurn;

	DayDemoData(DayManagement days, RegistrationDesk desk, IdeaManagement ideas, ActorManagement actors,
			Directory directory) {
		this.days = days;
		this.desk = desk;
		this.ideas = ideas;
		this.actors = actors;
		this.directory = directory;
	}

	void load() {
		themes();
		var memberIds = directory.memberRefs()
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, ref -> ref, (a, b) -> a, LinkedHashMap::new));
		for (var department : directory
			.departments(new DepartmentFilter(null, null, null, null, true), Pageable.unpaged())
			.getContent()) {
			departments.computeIfAbsent(department.region(), r -> new ArrayList<>()).add(department);
			var regional = members.computeIfAbsent(department.region(), r -> new ArrayList<>());
			var member = memberIds.get(department.organisationId());
			if (member != null && !regional.contains(member)) {
				regional.add(member);
			}
		}
		for (Municipality municipality : actors.municipalities()) {
			municipalities.computeIfAbsent(municipality.getRegion(), r -> new ArrayList<>())
				.add(municipalityName(municipality.getName()));
		}
		for (var kind : PARTNER_KINDS.values()) {
			partners.put(kind, directory.partnerRefs(kind));
		}
		for (var held : DemoDays.HELD) {
			held(held.day(), held.groups(), held.loose());
		}
		upcoming();
	}

	private void themes() {
		var existing = actors.themes().stream().collect(Collectors.toMap(Theme::getName, Theme::getId));
		themes.putAll(existing);
		if (!existing.containsKey(COMMUNITIES)) {
			themes.put(COMMUNITIES, actors.createTheme(COMMUNITIES, "Living local communities prevent loneliness"));
		}
		if (!existing.containsKey(FUTURE_NEEDS)) {
			themes.put(FUTURE_NEEDS, actors.createTheme(FUTURE_NEEDS, "Existing housing areas meet future needs"));
		}
	}

	// --- the days of spring 2023

	private void held(Day day, List<Group> groups, Idea loose) {
		var opens = day.date().minusWeeks(6).atStartOfDay(DANISH_TIME).toInstant();
		var closes = day.date().minusWeeks(1).atStartOfDay(DANISH_TIME).toInstant();
		long id = create(day, opens, closes);
		var people = new ArrayList<Person>();
		for (var sector : turns(day.sector(), day.outside())) {
			var details = sector ? staff(day.region()) : outsider(day.region());
			long registration = desk.recordAttendance(id, details).registrationId();
			people.add(new Person(registration, details.name(), sector));
		}
		var staff = new ArrayList<>(people.stream().filter(Person::sector).toList());
		var outside = new ArrayList<>(people.stream().filter(p -> !p.sector()).toList());
		Collections.shuffle(staff, random);
		Collections.shuffle(outside, random);
		long themeId = themes.get(day.theme());
		for (int g = 0; g < groups.size(); g++) {
			var group = groups.get(g);
			int fromSector = g % 2 == 0 ? group.size() / 2 : group.size() - group.size() / 2;
			var chosen = new ArrayList<Person>();
			chosen.addAll(take(staff, fromSector));
			chosen.addAll(take(outside, group.size() - fromSector));
			var ideaIds = new LinkedHashSet<Long>();
			for (int i = 0; i < group.ideas().size(); i++) {
				var idea = group.ideas().get(i);
				ideaIds.add(ideas.addIdea(id, idea.title(), idea.description(), themeId,
						chosen.get(i % chosen.size()).name()));
			}
			ideas.formGroup(id, group.title(), group.summary(), ideaIds,
					chosen.stream().map(Person::registrationId).collect(Collectors.toCollection(LinkedHashSet::new)),
					SECRETARIAT);
		}
		var proposer = staff.isEmpty() ? outside.get(0) : staff.get(0);
		ideas.addIdea(id, loose.title(), loose.description(), themeId, proposer.name());
	}

	private static List<Person> take(List<Person> people, int count) {
		var taken = new ArrayList<>(people.subList(0, count));
		people.subList(0, count).clear();
		return taken;
	}

	// --- upcoming days, open for registration now

	private void upcoming() {
		var today = LocalDate.now(DANISH_TIME);
		var opens = today.minusWeeks(2).atStartOfDay(DANISH_TIME).toInstant();
		int week = 6;
		for (var day : DemoDays.UPCOMING) {
			var date = today.plusWeeks(week).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
			week += 5;
			long id = create(day.on(date), opens, date.minusWeeks(1).atStartOfDay(DANISH_TIME).toInstant());
			for (var sector : turns(day.sector(), day.outside())) {
				desk.registerWithin(id, sector ? staff(day.region()) : outsider(day.region()));
			}
		}
	}

	// --- a day and its programme

	private long create(Day day, Instant opens, Instant closes) {
		var host = members.get(day.region()).get(0).name();
		var title = "Udviklingsdag i %s: %s".formatted(day.town(), day.theme());
		var description = (COMMUNITIES.equals(day.theme())
				? "En dag om at forebygge ensomhed gennem levende lokalsamfund. "
				: "En dag om at gøre de boligområder, vi allerede har, klar til fremtidens beboere og behov. ")
				+ "Medarbejdere fra boligorganisationerne møder beboere, frivillige, rådgivere, forskere, fonde og "
				+ "kommuner, og sammen udvikler vi idéer, der kan blive til projekter.\n\n"
				+ "Dagen er gratis og slutter med, at idéerne samles i projektgrupper. Der serveres morgenmad og "
				+ "frokost; skriv gerne særlige hensyn ved tilmeldingen.";
		long id = days.create(new DayDetails(title, themes.get(day.theme()), description, day.region(), day.venue(),
				day.address(), day.date().atTime(9, 0).atZone(DANISH_TIME).toInstant(),
				day.date().atTime(15, 0).atZone(DANISH_TIME).toInstant(), day.capacity(), opens, closes,
				"Spirekassens sekretariat og " + host));
		days.addProgrammeItem(id, LocalTime.of(9, 0), LocalTime.of(9, 30), "Ankomst og morgenmad", null);
		days.addProgrammeItem(id, LocalTime.of(9, 30), LocalTime.of(9, 45), "Velkomst",
				"Spirekassens sekretariat og %s byder velkommen.".formatted(host));
		days.addProgrammeItem(id, LocalTime.of(9, 45), LocalTime.of(10, 30), day.talk(), day.speaker());
		days.addProgrammeItem(id, LocalTime.of(10, 30), LocalTime.of(12, 0), "Idéværksted",
				"Ved bordene udvikler vi idéer på tværs af boligorganisationer og eksterne aktører.");
		days.addProgrammeItem(id, LocalTime.of(12, 0), LocalTime.of(12, 45), "Frokost", null);
		days.addProgrammeItem(id, LocalTime.of(12, 45), LocalTime.of(14, 15), "Fra idé til projektgruppe",
				"Idéerne samles, og der dannes projektgrupper med en tovholder og en plan for det første møde.");
		days.addProgrammeItem(id, LocalTime.of(14, 15), LocalTime.of(15, 0), "Projektgrupperne præsenterer",
				"Hver gruppe fortæller om sin idé, og sekretariatet fortæller om de næste skridt i Spirekassen.");
		return id;
	}

	/** Who registers in turn: this many from the sector and this many from outside, mixed. */
	private List<Boolean> turns(int sector, int outside) {
		var turns = new ArrayList<Boolean>();
		turns.addAll(Collections.nCopies(sector, true));
		turns.addAll(Collections.nCopies(outside, false));
		Collections.shuffle(turns, random);
		return turns;
	}

	// --- people

	private RegistrationDetails staff(Region region) {
		var regional = members.get(region);
		var organisation = regional.get(random.nextInt(regional.size()));
		var name = name();
		return details(name, email(name, DemoData.slug(organisation.name()) + ".dk"), organisation.name(),
				organisation.id(), ParticipantType.HOUSING_STAFF);
	}

	private RegistrationDetails outsider(Region region) {
		var type = OUTSIDE[outsideTurn++ % OUTSIDE.length];
		var name = name();
		return switch (type) {
			case RESIDENT -> {
				var regional = departments.get(region);
				var department = regional.get(random.nextInt(regional.size()));
				yield details(name, email(name, "beboer-" + DemoData.slug(department.name()) + ".dk"),
						"Afdelingsbestyrelsen i " + department.name(), null, type);
			}
			case MUNICIPALITY -> {
				var regional = municipalities.get(region);
				var municipality = regional.get(random.nextInt(regional.size()));
				yield details(name, email(name, DemoData.slug(municipality) + ".dk"), municipality, null, type);
			}
			case ENTHUSIAST -> details(name, email(name, "ildsjael.dk"), null, null, type);
			default -> {
				var kind = partners.get(PARTNER_KINDS.get(type));
				var partner = kind.get(random.nextInt(kind.size()));
				yield details(name, email(name, DemoData.slug(partner.name()) + ".dk"), partner.name(), null, type);
			}
		};
	}

	private RegistrationDetails details(String name, String email, String organisation, Long organisationId,
			ParticipantType type) {
		int needs = random.nextInt(12);
		var diet = needs == 0 ? "Vegetar" : needs == 1 ? "Glutenfri" : needs == 2 ? "Ingen svinekød" : null;
		var access = needs == 3 ? "Kommer i kørestol" : null;
		return new RegistrationDetails(name, email, organisation, organisationId, type, diet, access, true);
	}

	/** A fictional name not used before in the demo days. */
	private String name() {
		while (true) {
			var name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
					+ SURNAMES[random.nextInt(SURNAMES.length)];
			if (usedNames.add(name)) {
				return name;
			}
		}
	}

	private static String email(String name, String domain) {
		return DemoData.slug(name).replace('-', '.') + "@" + domain;
	}

	private static String municipalityName(String name) {
		return switch (name) {
			case "København" -> "Københavns Kommune";
			case "Bornholm" -> "Bornholms Regionskommune";
			default -> name + " Kommune";
		};
	}
}
