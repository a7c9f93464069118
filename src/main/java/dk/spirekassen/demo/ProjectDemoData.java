package dk.spirekassen.demo;

import org.springframework.data.domain.Pageable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.AccountManagement.AccountRow;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryRows.DepartmentRow;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.demo.DemoProjects.Metric;
import dk.spirekassen.demo.DemoProjects.NeedIdea;
import dk.spirekassen.demo.DemoProjects.Spec;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.FundingDetails;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.IndicatorDetails;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.NeedStatus;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;

import static dk.spirekassen.demo.DemoProjects.BIODIVERSITY;
import static dk.spirekassen.demo.DemoProjects.CIRCULAR;
import static dk.spirekassen.demo.DemoProjects.CLIMATE;
import static dk.spirekassen.demo.DemoProjects.EV_CHARGING;
import static dk.spirekassen.demo.DemoProjects.HOUSING_FORMS;
import static dk.spirekassen.demo.DemoProjects.LONELINESS;

/**
 * Fills the projects module with demo projects in every stage, theme and region, using only its public API: the
 * two projects finished in 2022 with their toolboxes, and about thirty more with participants, needs and offers,
 * funding, indicators with measurements, results and followers. Runs once, inside the demo data's transaction,
 * after the directory and the demo logins exist.
 */
class ProjectDemoData {

	static final String EV_CHARGING_TITLE = "Elbilsopladning i almene boligafdelinger";

	static final String BIODIVERSITY_TITLE = "Biodiversitet i boligområder";

	/** No demo measurement is later than this, so every chart shows the past. */
	private static final LocalDate LAST_MEASUREMENT = LocalDate.of(2026, 11, 15);

	private static final String OWN_FUNDS = "Egen finansiering (boligorganisationen)";

	private static final String LBF = "Landsbyggefonden";

	private static final String[] LEAD_NAMES = { "Camilla Bech", "Jesper Thorsen", "Line Østergaard", "Morten Dahl",
			"Sara Iversen", "Thomas Krogh", "Nadia Hussein", "Anders Vestergaard", "Maria Lindholm", "Kristian Bak" };

	private static final Map<Stage, String> MOVE_COMMENTS = Map.of(
			Stage.PROJECT_GROUP, "Projektgruppen er samlet, og der er aftalt en plan for det første halve år.",
			Stage.RUNNING, "Finansieringen er på plads, og projektet går i gang.",
			Stage.COMPLETED, "Projektgruppen har godkendt slutrapporten.",
			Stage.ANCHORED, "Resultaterne er blevet en del af den faste drift.");

	/** A partner's person who offers to meet needs of the given kinds, on some themes or (if none) on any. */
	private record Offerer(Viewer viewer, PartnerKind kind, Set<NeedKind> answers, Set<String> themes) {
	}

	/** A proposed project and its lead, if it has one. */
	private record Started(long id, Viewer lead) {

		Viewer actor(Viewer fallback) {
			return lead == null ? fallback : lead;
		}
	}

	private final ProjectManagement projects;

	private final AccountManagement accounts;

	private final ActorManagement actors;

	private final Directory directory;

	private final Random random = new Random(2022);

	private final SecureRandom passwords = new SecureRandom();

	private final Map<Long, Viewer> leadsByOrganisation = new LinkedHashMap<>();

	private final Map<Region, List<Viewer>> leadsByRegion = new EnumMap<>(Region.class);

	private final List<Offerer> offerers = new ArrayList<>();

	private Viewer secretariat;

	private Viewer demoMember;

	private Viewer demoPartner;

	private Map<String, Long> themes;

	private Map<String, Long> partners;

	private Map<String, Integer> municipalities;

	private List<Long> members;

	private List<DepartmentRow> departments;

	private final FundDemoData seedFund;

	ProjectDemoData(ProjectManagement projects, AccountManagement accounts, ActorManagement actors,
			Directory directory, FundDemoData seedFund) {
		this.seedFund = seedFund;
		this.projects = projects;
		this.accounts = accounts;
		this.actors = actors;
		this.directory = directory;
	}

	/** Loads the demo projects; gives their ids by title. */
	Map<String, Long> load() {
		var logins = accounts.accounts();
		secretariat = viewer(login(logins, "sekretariat@spirekassen.dk"));
		demoMember = viewer(login(logins, "medlem@spirekassen.dk"));
		demoPartner = viewer(login(logins, "partner@spirekassen.dk"));
		themes = actors.themes().stream().collect(Collectors.toMap(Theme::getName, Theme::getId));
		partners = directory.partnerRefs()
			.stream()
			.collect(Collectors.toMap(OrganisationRef::name, OrganisationRef::id));
		municipalities = actors.municipalities()
			.stream()
			.collect(Collectors.toMap(Municipality::getName, Municipality::getCode));
		members = directory.memberRefs().stream().map(OrganisationRef::id).toList();
		departments = directory.departments(new DepartmentFilter(null, null, null, null, true), Pageable.unpaged())
			.getContent();
		leads();
		offerers();

		var ids = new LinkedHashMap<String, Long>();
		ids.put(EV_CHARGING_TITLE, electricVehicleCharging());
		ids.put(BIODIVERSITY_TITLE, biodiversity());
		for (var spec : DemoProjects.PROJECTS) {
			ids.put(spec.title(), project(spec));
		}
		demoPartnerOffers(ids);
		return ids;
	}

	// --- people

	/** Two project leads in each region, each on the staff of a member organisation with homes there. */
	private void leads() {
		int next = 0;
		for (var region : Region.values()) {
			var organisations = departments.stream()
				.filter(d -> d.region() == region && d.organisationId() != demoMember.organisationId())
				.collect(Collectors.groupingBy(DepartmentRow::organisationId, Collectors.counting()))
				.entrySet()
				.stream()
				.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(2)
				.map(Map.Entry::getKey)
				.toList();
			var regional = new ArrayList<Viewer>();
			for (var organisation : organisations) {
				var name = LEAD_NAMES[next++ % LEAD_NAMES.length];
				regional.add(leadsByOrganisation.computeIfAbsent(organisation,
						id -> login(name, Role.MEMBER, id, null)));
			}
			leadsByRegion.put(region, regional);
		}
	}

	private void offerers() {
		offerer("Ladeklar Rådgivning", "Rune Kjeldsen", EnumSet.of(NeedKind.KNOWLEDGE, NeedKind.EXPERIENCE,
				NeedKind.PARTNER), Set.of(EV_CHARGING));
		offerer("LadeGrønt ApS", "Sofie Brandt", EnumSet.of(NeedKind.EXPERIENCE, NeedKind.PARTNER),
				Set.of(EV_CHARGING));
		offerer("Den Grønne Omstillingsfond", "Ida Markussen", EnumSet.of(NeedKind.FUNDS),
				Set.of(CLIMATE, BIODIVERSITY, EV_CHARGING, CIRCULAR));
		offerer("Naturens Venner i Byen", "Ole Pedersen", EnumSet.of(NeedKind.VOLUNTEERING, NeedKind.PARTNER),
				Set.of(BIODIVERSITY));
		offerer("Forskergruppen for Ensomhed og Fællesskab", "Yasmin Haddad",
				EnumSet.of(NeedKind.KNOWLEDGE, NeedKind.PARTNER), Set.of(LONELINESS, HOUSING_FORMS));
		offerer("Frivilligcentrenes Fællesskab", "Bente Rasmussen",
				EnumSet.of(NeedKind.VOLUNTEERING, NeedKind.PARTNER), Set.of());
	}

	private void offerer(String partner, String person, Set<NeedKind> answers, Set<String> themeNames) {
		long partnerId = partners.get(partner);
		var kind = directory.partnerKind(partnerId).orElseThrow();
		offerers.add(new Offerer(login(person, Role.PARTNER, null, partnerId), kind, answers, themeNames));
	}

	/**
	 * A login for someone who appears in the demo projects; its password is random, as it is never used. Someone who
	 * already has one keeps it.
	 */
	private Viewer login(String name, Role role, Long organisationId, Long partnerId) {
		var bytes = new byte[24];
		passwords.nextBytes(bytes);
		var email = DemoData.slug(name).replace('-', '.') + "@demo.spirekassen.dk";
		if (accounts.exists(email)) {
			// Someone on the advisory board, who already has a login to review for the seed fund.
			return viewer(login(accounts.accounts(), email));
		}
		long id = accounts.createAccount(email, name, Base64.getUrlEncoder().encodeToString(bytes), role,
				organisationId, partnerId);
		return new Viewer(id, name, role, organisationId, partnerId);
	}

	private static AccountRow login(List<AccountRow> logins, String email) {
		return logins.stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
	}

	private static Viewer viewer(AccountRow account) {
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}

	// --- the two projects finished in 2022

	private long electricVehicleCharging() {
		var spec = new Spec(Stage.ANCHORED, Visibility.PUBLIC, Region.HOVEDSTADEN, List.of(EV_CHARGING, CLIMATE),
				EV_CHARGING_TITLE,
				"Hvordan kommer ladestandere op i almene afdelinger – juridisk, økonomisk og praktisk? "
						+ "Projektet samlede svarene i en værktøjskasse, som alle afdelinger kan bruge.",
				"""
				Flere og flere beboere kører elbil, men de fleste almene afdelinger har ingen steder at lade. \
				Fem boligorganisationer gik i 2022 sammen om at finde ud af, hvordan en afdeling kommer fra \
				ønske til ladestander.

				## Det gjorde vi
				- Afklarede reglerne for brugerbetaling og afdelingsmødets beslutning
				- Spurgte 1.200 beboere om deres behov for opladning
				- Byggede ladestandere i seks pilotafdelinger og målte forbruget
				- Skrev et katalog med krav til udbud af ladeløsninger
				""",
				"""
				Seks pilotafdelinger har i dag 62 ladepunkter i drift, og brugerbetalingen dækker driften fuldt ud. \
				Værktøjskassen med juridisk vejledning, spørgeskema, ladetidsskema og kravspecifikation er brugt \
				af over 130 afdelinger.""",
				"""
				Start med behovsundersøgelsen: den giver afdelingsmødet et sikkert grundlag. Tænk kapaciteten \
				i elforsyningen med fra begyndelsen, og vælg en løsning, hvor brugerbetalingen afregnes \
				automatisk.""",
				null, null, false, false);
		var started = start(spec, Set.of(municipality("Aarhus"), municipality("Odense"), municipality("Aalborg"),
				municipality("Køge")));
		long id = started.id();
		otherMembers(id, started.lead(), 2);
		projects.addParticipant(id, ProjectRole.RESEARCHER, null, partners.get("Center for Boligøkonomi"), null,
				secretariat);
		projects.setBudget(id, 1_450_000L, secretariat);
		answered(started, NeedKind.KNOWLEDGE, null, null,
				"Juridisk afklaring af brugerbetaling, afdelingsmødets beslutning og lejelovens regler.",
				"Ladeklar Rådgivning");
		answered(started, NeedKind.PARTNER, PartnerKind.COMPANY, null,
				"En operatør, der kan installere og drive ladestandere i pilotafdelingerne.", "LadeGrønt ApS");
		answered(started, NeedKind.FUNDS, null, 600_000L, "Medfinansiering af ladestandere og projektledelse.",
				"Den Grønne Omstillingsfond");
		fund(id, partners.get("Den Grønne Omstillingsfond"), null, FundingStatus.GRANTED, 600_000, "2021-10-01",
				"2021-12-15");
		fund(id, null, LBF, FundingStatus.GRANTED, 450_000, "2021-09-15", "2022-01-20");
		fund(id, null, OWN_FUNDS, FundingStatus.GRANTED, 250_000, "2021-09-01", "2021-09-01");
		fund(id, partners.get("Fonden for Bæredygtigt Byggeri"), null, FundingStatus.REJECTED, 300_000,
				"2021-10-01", "2021-12-01");
		var chargers = indicator(id, new Metric(BottomLine.CLIMATE, "Ladepunkter i pilotafdelingerne",
				"ladepunkter", 0, 48, Set.of(7, 11)), "2022-01-15", "2022-12-31");
		measure(id, chargers, "2022-04-01 8", "2022-08-01 24", "2022-12-01 46", "2023-12-01 62");
		var energy = indicator(id, new Metric(BottomLine.CLIMATE, "Opladet strøm", "kWh", 0, 120_000,
				Set.of(7, 13)), "2022-01-15", "2023-12-31");
		measure(id, energy, "2022-06-30 9800", "2022-12-31 41500", "2023-06-30 78200", "2023-12-31 126400");
		var covered = indicator(id, new Metric(BottomLine.ECONOMIC, "Driftsudgifter dækket af brugerbetaling",
				"kr. sparet", 0, 90_000, Set.of(11)), "2022-01-15", "2023-12-31");
		measure(id, covered, "2022-12-31 31000", "2023-12-31 88000", "2024-12-31 97000");
		var reach = indicator(id, new Metric(BottomLine.SOCIAL, "Afdelinger, der har brugt værktøjskassen",
				"afdelinger", 0, 100, Set.of(11, 17)), "2022-12-31", "2025-12-31");
		measure(id, reach, "2023-03-01 18", "2023-09-01 41", "2024-06-01 77", "2025-06-01 112", "2026-06-01 139");
		seedFund.apply2022(id, started.actor(secretariat), 150_000,
				"Behovsundersøgelsen blandt beboerne og den juridiske afklaring, før pilotafdelingerne bygger.");
		finish(started, spec);
		publish(id, "Juridisk vejledning om ladestandere", "juridisk-vejledning-ladestandere.pdf",
				DemoFiles.pdf("Juridisk vejledning: ladestandere i almene boligafdelinger", List.of(
						"Denne vejledning forklarer, hvordan en almen boligafdeling kan beslutte, finansiere og drive "
								+ "ladestandere til elbiler.",
						"1. Beslutningen træffes på afdelingsmødet efter indstilling fra afdelingsbestyrelsen.",
						"2. Udgifterne til etablering kan finansieres af afdelingens henlæggelser eller et lån, "
								+ "men driften skal dækkes af brugerbetaling fra dem, der lader.",
						"3. Brugerbetalingen afregnes efter faktisk forbrug og må ikke indgå i huslejen.",
						"4. Aftalen med operatøren skal kunne opsiges, og afdelingen skal eje data om forbruget.")));
		publish(id, "Spørgeskema om behov for opladning", "spoergeskema-behov-for-opladning.docx",
				DemoFiles.docx("Behovsundersøgelse: elbilopladning i din afdeling", List.of(
						"1. Har din husstand en elbil eller plug-in-hybrid i dag? (Ja / Nej)",
						"2. Forventer I at anskaffe en elbil inden for tre år? (Ja / Måske / Nej)",
						"3. Hvor mange kilometer kører I typisk om ugen?",
						"4. Hvornår på døgnet vil I helst lade? (Nat / Dag / Begge)",
						"5. Hvad er I villige til at betale pr. kWh ud over strømprisen?",
						"6. Har I adgang til opladning på arbejdspladsen?")));
		publish(id, "Skema over ladetider", "ladetidsskema.xlsx", DemoFiles.xlsx("Ladetider",
				List.of("Batteri (kWh)", "3,7 kW (timer)", "11 kW (timer)", "22 kW (timer)"), chargingTimes()));
		publish(id, "Kravspecifikationskatalog til udbud", "kravspecifikationskatalog.pdf",
				DemoFiles.pdf("Kravspecifikationskatalog til udbud af ladeløsninger", List.of(
						"Brug denne kravspecifikation, når afdelingen sender etablering og drift af ladestandere "
								+ "i udbud. Kravene kan skrives direkte ind i udbudsmaterialet.",
						"K1. Ladestanderne skal understøtte OCPP 1.6 eller nyere, så operatøren kan skiftes.",
						"K2. Dynamisk lastbalancering mellem ladepunkter og afdelingens øvrige forbrug.",
						"K3. Afregning efter målt forbrug direkte til brugeren; ingen abonnement for afdelingen.",
						"K4. Oppetid på mindst 98 % med fejlretning inden for to hverdage.",
						"K5. Forberedelse til flere ladepunkter uden ny gravning (tomrør).")));
		return id;
	}

	/** Adds a file to the project's toolbox as a public result, for anyone to download. */
	private void publish(long id, String title, String fileName, byte[] content) {
		projects.addFile(id, title, fileName, content, true, secretariat);
	}

	/** Hours to charge from 20 % to 80 % for common battery sizes and charging powers. */
	private static List<List<Object>> chargingTimes() {
		var rows = new ArrayList<List<Object>>();
		for (int battery : new int[] { 40, 58, 77, 100 }) {
			var row = new ArrayList<Object>();
			row.add(battery);
			for (double power : new double[] { 3.7, 11, 22 }) {
				row.add(BigDecimal.valueOf(battery * 0.6 / power).setScale(1, RoundingMode.HALF_UP));
			}
			rows.add(row);
		}
		return rows;
	}

	private long biodiversity() {
		var spec = new Spec(Stage.ANCHORED, Visibility.PUBLIC, Region.SYDDANMARK, List.of(BIODIVERSITY),
				BIODIVERSITY_TITLE,
				"Græsplæner blev til blomstereng, og beboerne lærte at tælle insekter. Projektet viser, hvordan "
						+ "almene boligområder kan give plads til mere natur.",
				"""
				Almene boligområder har store grønne arealer, men det meste er klippet græs. I 2022 omlagde \
				fire afdelinger dele af deres arealer til vild natur, sammen med beboere, frivillige og \
				forskere.

				Projektet udviklede en plantevejledning og et skema til artsregistrering, som beboerne selv \
				kan bruge.
				""",
				"""
				3.400 m² græs er omlagt til blomstereng og bede, og antallet af registrerede bestøvere er mere \
				end tredoblet. Over 130 beboere har været med til plantedage og artstællinger.""",
				"""
				Fortæl beboerne hvorfor, før græsset får lov at gro: skilte og en klippet sti langs kanten gør \
				den vilde eng til et valg og ikke forsømmelse. Driften skal have en ny plejeplan og tid til \
				at lære den.""",
				null, null, false, false);
		var started = start(spec, Set.of());
		long id = started.id();
		projects.addParticipant(id, ProjectRole.RESEARCHER, null, partners.get("Biodiversitetslaboratoriet"), null,
				secretariat);
		projects.addParticipant(id, ProjectRole.ADVISOR, null, partners.get("Landskab og Natur Tegnestue"), null,
				secretariat);
		projects.setBudget(id, 820_000L, secretariat);
		answered(started, NeedKind.VOLUNTEERING, null, null, "Frivillige til plantedage og artstællinger.",
				"Naturens Venner i Byen");
		long method = projects.addNeed(id, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"En enkel metode, så beboerne selv kan registrere arter."), secretariat);
		projects.setNeedStatus(id, method, NeedStatus.MET, secretariat);
		fund(id, partners.get("Den Grønne Omstillingsfond"), null, FundingStatus.GRANTED, 400_000, "2021-08-15",
				"2021-11-01");
		fund(id, null, OWN_FUNDS, FundingStatus.GRANTED, 180_000, "2021-08-01", "2021-08-01");
		fund(id, null, LBF, FundingStatus.REJECTED, 200_000, "2021-08-15", "2021-12-10");
		var area = indicator(id, new Metric(BottomLine.CLIMATE, "Omlagt til biodiverst areal", "m² biodiverst areal",
				0, 3_000, Set.of(11, 15)), "2021-12-01", "2022-12-31");
		measure(id, area, "2022-03-15 600", "2022-06-15 1850", "2022-10-01 2900", "2023-08-01 3400");
		var species = indicator(id, new Metric(BottomLine.CLIMATE, "Registrerede arter af bestøvere", "arter", 6, 18,
				Set.of(15)), "2021-12-01", "2023-12-31");
		measure(id, species, "2022-06-15 9", "2022-08-15 14", "2023-08-15 21", "2024-08-15 24");
		var residents = indicator(id, new Metric(BottomLine.SOCIAL, "Beboere, der deltager i plantedage",
				"beboere nået", 0, 100, Set.of(11)), "2021-12-01", "2022-12-31");
		measure(id, residents, "2022-05-01 45", "2022-09-15 96", "2023-05-01 131");
		var mowing = indicator(id, new Metric(BottomLine.ECONOMIC, "Sparet på græsslåning og pleje", "kr. sparet",
				0, 40_000, Set.of(12)), "2021-12-01", "2023-12-31");
		measure(id, mowing, "2022-12-31 22000", "2023-12-31 46000");
		seedFund.apply2022(id, started.actor(secretariat), 150_000,
				"Frø, planter og redskaber til plantedagene og en biolog til de første artstællinger.");
		finish(started, spec);
		publish(id, "Plantevejledning", "plantevejledning.pdf", DemoFiles.pdf(
				"Plantevejledning: fra græsplæne til vild eng", List.of(
						"Vælg et solrigt areal og fjern græstørven, eller slå græsset kort og fjern afklippet.",
						"Så hjemmehørende engblandinger i september eller april: blåhat, kællingetand, røllike, "
								+ "gul snerre og vild merian.",
						"Slå engen én gang om året i august, og fjern det afslåede efter nogle dage.",
						"Lad visne stængler og kvaslunde stå om vinteren; de er vinterhi for insekter.")));
		publish(id, "Skema til artsregistrering", "artsregistrering.xlsx", DemoFiles.xlsx("Arter",
				List.of("Dato", "Sted", "Art", "Antal", "Registreret af"),
				List.of(List.of("2022-06-15", "Engen ved blok 3", "Stenhumle", 4, "Beboer"),
						List.of("2022-06-15", "Engen ved blok 3", "Citronsommerfugl", 2, "Beboer"),
						List.of("2022-08-15", "Faunahotellet", "Murerbi", 11, "Biodiversitetslaboratoriet"))));
		return id;
	}

	// --- the other projects

	private long project(Spec spec) {
		var started = start(spec, Set.of());
		long id = started.id();
		var begins = beginning(spec.stage());
		if (started.lead() != null && random.nextBoolean()) {
			otherMembers(id, started.lead(), 1);
		}
		if (random.nextInt(3) > 0) {
			long expert = partners.get(pick(DemoProjects.EXPERTS.get(spec.themes().get(0))));
			var role = directory.partnerKind(expert).filter(k -> k == PartnerKind.RESEARCHER).isPresent()
					? ProjectRole.RESEARCHER : ProjectRole.ADVISOR;
			projects.addParticipant(id, role, null, expert, null, secretariat);
		}
		needs(started, spec);
		funding(id, spec, begins);
		indicators(id, spec, begins);
		finish(started, spec);
		if (spec.results() != null) {
			var lines = new ArrayList<>(List.of(spec.summary(), spec.results()));
			if (spec.lessons() != null) {
				lines.add("Det lærte vi: " + spec.lessons());
			}
			projects.addFile(id, "Slutrapport", DemoData.slug(spec.title()) + "-slutrapport.pdf",
					DemoFiles.pdf("Slutrapport: " + spec.title(), lines), true, started.actor(secretariat));
		}
		followers(id, spec);
		return id;
	}

	/**
	 * Proposes a project as its lead in the lead's organisation and region, with one or two of its departments and
	 * their municipalities. The demo partner's idea proposes the demo member's organisation as owner, which has not
	 * answered yet.
	 */
	private Started start(Spec spec, Set<Integer> moreMunicipalities) {
		Viewer lead = spec.byPartner() ? null : spec.demoMember() ? demoMember : pick(leadsIn(spec.region()));
		Long owner = lead == null ? demoMember.organisationId() : lead.organisationId();
		var places = new ArrayList<>(departments.stream()
			.filter(d -> owner != null && d.organisationId() == owner
					&& (spec.demoMember() || d.region() == spec.region()))
			.toList());
		Collections.shuffle(places, random);
		var chosen = places.subList(0, Math.min(places.size(), 1 + random.nextInt(2)));
		var codes = new TreeSet<>(moreMunicipalities);
		chosen.forEach(d -> codes.add(municipality(d.municipality())));
		if (codes.isEmpty()) {
			var regional = actors.municipalities().stream().filter(m -> m.getRegion() == spec.region()).toList();
			codes.add(pick(regional).getCode());
		}
		var details = new ProjectDetails(spec.title(), spec.summary(), spec.description(), spec.visibility(), owner,
				null, spec.themes().stream().map(themes::get).collect(Collectors.toSet()), codes,
				chosen.stream().map(DepartmentRow::id).collect(Collectors.toSet()));
		long id = projects.propose(details, lead == null ? demoPartner : lead);
		if (lead != null) {
			projects.addParticipant(id, ProjectRole.LEAD, null, null, lead.accountId(), secretariat);
		}
		return new Started(id, lead);
	}

	private List<Viewer> leadsIn(Region region) {
		var regional = leadsByRegion.getOrDefault(region, List.of());
		return regional.isEmpty() ? List.copyOf(leadsByOrganisation.values()) : regional;
	}

	private void otherMembers(long id, Viewer lead, int count) {
		var others = new ArrayList<>(members.stream().filter(m -> !m.equals(lead.organisationId())).toList());
		Collections.shuffle(others, random);
		for (var organisation : others.subList(0, count)) {
			projects.addParticipant(id, ProjectRole.PARTICIPANT, organisation, null, null, secretariat);
		}
	}

	/** Records results and lessons where the project has them, then moves it stage by stage to where it is. */
	private void finish(Started started, Spec spec) {
		var actor = started.actor(secretariat);
		if (spec.results() != null) {
			projects.recordResults(started.id(), spec.results(), spec.lessons(), actor);
		}
		var reached = spec.via() == null ? spec.stage() : spec.via();
		for (var stage : List.of(Stage.PROJECT_GROUP, Stage.RUNNING, Stage.COMPLETED, Stage.ANCHORED)) {
			if (stage.ordinal() > reached.ordinal()) {
				break;
			}
			projects.move(started.id(), stage, MOVE_COMMENTS.get(stage),
					stage == Stage.PROJECT_GROUP ? secretariat : actor);
		}
		if (spec.via() != null) {
			projects.move(started.id(), spec.stage(), spec.reason(), actor);
		}
	}

	// --- needs and offers

	private void needs(Started started, Spec spec) {
		var pool = pooled(spec, DemoProjects.NEEDS, NeedIdea::description);
		int count = Math.min(pool.size(), 1 + random.nextInt(3));
		boolean done = spec.stage() == Stage.COMPLETED || spec.stage() == Stage.ANCHORED;
		for (var idea : pool.subList(0, count)) {
			long needId = projects.addNeed(started.id(),
					new NeedDetails(idea.kind(), idea.partnerKind(), idea.amount(), idea.description()), secretariat);
			var offerer = offererFor(idea.kind(), idea.partnerKind(), spec.themes());
			if (offerer.isPresent() && spec.visibility() == Visibility.PUBLIC && random.nextInt(5) < 3) {
				long offerId = projects.offer(started.id(), needId, DemoProjects.OFFER_MESSAGES.get(idea.kind()),
						offerer.get().viewer());
				decide(started, spec, needId, offerId);
			}
			if (done) {
				projects.setNeedStatus(started.id(), needId, NeedStatus.MET, secretariat);
			}
		}
	}

	/**
	 * Active ideas leave offers pending, active project groups answer half of them, and every other project
	 * answers them all, mostly with a yes.
	 */
	private void decide(Started started, Spec spec, long needId, long offerId) {
		if (spec.stage() == Stage.IDEA || spec.stage() == Stage.PROJECT_GROUP && random.nextBoolean()) {
			return;
		}
		projects.decideOffer(started.id(), needId, offerId, random.nextInt(5) > 0, started.actor(secretariat));
	}

	/** A need that a partner with a login offers to meet, and the lead accepts. */
	private void answered(Started started, NeedKind kind, PartnerKind partnerKind, Long amount, String description,
			String partner) {
		long needId = projects.addNeed(started.id(), new NeedDetails(kind, partnerKind, amount, description),
				secretariat);
		var offerer = offerers.stream()
			.filter(o -> o.viewer().partnerId().equals(partners.get(partner)))
			.findFirst()
			.orElseThrow();
		long offerId = projects.offer(started.id(), needId, DemoProjects.OFFER_MESSAGES.get(kind), offerer.viewer());
		projects.decideOffer(started.id(), needId, offerId, true, started.actor(secretariat));
	}

	private Optional<Offerer> offererFor(NeedKind kind, PartnerKind partnerKind, List<String> projectThemes) {
		var candidates = offerers.stream()
			.filter(o -> o.answers().contains(kind))
			.filter(o -> kind != NeedKind.PARTNER || o.kind() == partnerKind)
			.filter(o -> o.themes().isEmpty() || projectThemes.stream().anyMatch(o.themes()::contains))
			.toList();
		return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(candidates));
	}

	/** The demo partner has one offer accepted, which makes it a participant, and one waiting for an answer. */
	private void demoPartnerOffers(Map<String, Long> ids) {
		long running = ids.get("Renovering med lavt klimaaftryk");
		long needId = projects.addNeed(running, new NeedDetails(NeedKind.PARTNER, PartnerKind.ADVISOR, null,
				"En ingeniør, der kan beregne energibesparelsen ved de nye facader."), secretariat);
		long offerId = projects.offer(running, needId,
				"Vi har beregnet energibesparelser på mere end 40 facaderenoveringer og kan levere inden for en måned.",
				demoPartner);
		projects.decideOffer(running, needId, offerId, true, secretariat);
		long group = ids.get("Regnvandsbede og skybrudssikring");
		needId = projects.addNeed(group, new NeedDetails(NeedKind.KNOWLEDGE, null, null,
				"En rådgiver, der kan dimensionere regnvandsbedene og søge tilladelse hos kommunen."), secretariat);
		projects.offer(group, needId,
				"Vi har dimensioneret regnvandsbede i tre boligområder og kender kommunens krav. Skal vi tage et møde?",
				demoPartner);
		for (var title : List.of(EV_CHARGING_TITLE, BIODIVERSITY_TITLE, "Regnvandsbede og skybrudssikring")) {
			projects.follow(ids.get(title), true, demoPartner);
		}
	}

	// --- funding

	/**
	 * A budget and the funding lines a project in its stage would have: its own share, a foundation for its main
	 * theme and Landsbyggefonden, all applied for in a project group and decided once it runs. Committed money
	 * stays below the budget.
	 */
	private void funding(long id, Spec spec, LocalDate begins) {
		if (spec.stage() == Stage.IDEA) {
			if (random.nextBoolean()) {
				projects.setBudget(id, round(100_000 + random.nextInt(900_000), 25_000), secretariat);
			}
			return;
		}
		long budget = round(200_000 + random.nextInt(2_300_000), 25_000);
		projects.setBudget(id, budget, secretariat);
		var applied = begins.minusMonths(2 + random.nextInt(4));
		var decided = applied.plusMonths(2 + random.nextInt(3));
		var stage = spec.via() == null ? spec.stage() : spec.via();
		boolean running = stage != Stage.PROJECT_GROUP;
		var own = running ? FundingStatus.GRANTED : FundingStatus.PLEDGED;
		var foundation = running ? FundingStatus.GRANTED : FundingStatus.APPLIED;
		var lbf = running ? (random.nextBoolean() ? FundingStatus.GRANTED : FundingStatus.PLEDGED)
				: FundingStatus.APPLIED;
		if (spec.stage() == Stage.PAUSED) {
			foundation = FundingStatus.REJECTED;
			lbf = FundingStatus.APPLIED;
		}
		if (spec.stage() == Stage.STOPPED && !running) {
			foundation = FundingStatus.REJECTED;
			lbf = FundingStatus.REJECTED;
		}
		long foundationId = partners.get(DemoProjects.FOUNDATIONS.get(spec.themes().get(0)));
		fund(id, null, OWN_FUNDS, own, share(budget, 15), applied, applied);
		fund(id, foundationId, null, foundation, share(budget, 45), applied, decided);
		fund(id, null, LBF, lbf, share(budget, 30), applied.plusMonths(1), decided.plusMonths(2));
		if (running && random.nextInt(3) == 0) {
			var others = DemoProjects.FOUNDATIONS.values().stream().distinct().sorted()
				.map(partners::get)
				.filter(f -> f != foundationId)
				.toList();
			fund(id, pick(others), null, FundingStatus.REJECTED, share(budget, 25), applied, decided);
		}
		if (foundation == FundingStatus.GRANTED) {
			projects.addParticipant(id, ProjectRole.FUNDER, null, foundationId, null, secretariat);
		}
	}

	private void fund(long id, Long foundation, String name, FundingStatus status, long amount, String applied,
			String decided) {
		fund(id, foundation, name, status, amount, LocalDate.parse(applied), LocalDate.parse(decided));
	}

	private void fund(long id, Long foundation, String name, FundingStatus status, long amount, LocalDate applied,
			LocalDate decided) {
		projects.addFunding(id, new FundingDetails(foundation, name, status, amount, applied,
				status == FundingStatus.APPLIED ? null : decided), secretariat);
	}

	private static long share(long budget, int percent) {
		return round(budget * percent / 100, 5_000);
	}

	private static long round(long amount, long to) {
		return amount / to * to;
	}

	// --- indicators

	/**
	 * Two to four indicators from the project's themes, covering as many bottom lines as they can, each measured
	 * as often as the project's stage allows, moving from baseline towards target.
	 */
	private void indicators(long id, Spec spec, LocalDate begins) {
		var pool = pooled(spec, DemoProjects.METRICS, Metric::name);
		var chosen = new ArrayList<Metric>();
		var lines = EnumSet.noneOf(BottomLine.class);
		pool.stream().filter(m -> lines.add(m.line())).forEach(chosen::add);
		pool.stream().filter(m -> !chosen.contains(m)).forEach(chosen::add);
		int count = spec.stage() == Stage.IDEA ? 1 + random.nextInt(2) : 2 + random.nextInt(3);
		var stage = spec.via() == null ? spec.stage() : spec.via();
		for (var metric : chosen.subList(0, Math.min(count, chosen.size()))) {
			boolean scalable = !metric.unit().startsWith("%") && !metric.unit().startsWith("kg");
			double scale = scalable ? 0.7 + random.nextDouble() * 0.6 : 1;
			var scaled = new Metric(metric.line(), metric.name(), metric.unit(), metric.baseline() * scale,
					metric.target() * scale, metric.sdgs());
			long indicatorId = indicator(id, scaled, begins, begins.plusYears(2 + random.nextInt(2)));
			int measurements = switch (stage) {
				case IDEA, PROJECT_GROUP, PAUSED, STOPPED -> 0;
				case RUNNING -> spec.stage() == Stage.RUNNING ? 2 + random.nextInt(3) : 2;
				case COMPLETED, ANCHORED -> 4 + random.nextInt(3);
			};
			double reach = switch (spec.stage()) {
				case COMPLETED, ANCHORED -> 0.85 + random.nextDouble() * 0.25;
				case RUNNING -> 0.4 + random.nextDouble() * 0.4;
				default -> 0.15 + random.nextDouble() * 0.2;
			};
			int months = 4 + random.nextInt(3);
			double progress = 0;
			for (int k = 1; k <= measurements; k++) {
				var on = begins.plusMonths((long) k * months);
				if (on.isAfter(LAST_MEASUREMENT)) {
					break;
				}
				progress = Math.max(progress, reach * k / measurements + random.nextGaussian() * 0.04);
				double value = scaled.baseline() + (scaled.target() - scaled.baseline()) * progress;
				projects.measure(id, indicatorId, on, amount(value, scaled.unit()),
						k == 1 ? "Første måling efter opstart" : null, secretariat);
			}
		}
	}

	private long indicator(long id, Metric metric, String baseline, String target) {
		return indicator(id, metric, LocalDate.parse(baseline), LocalDate.parse(target));
	}

	private long indicator(long id, Metric metric, LocalDate baseline, LocalDate target) {
		return projects.addIndicator(id, new IndicatorDetails(metric.line(), metric.name(), metric.unit(),
				amount(metric.baseline(), metric.unit()), baseline, amount(metric.target(), metric.unit()), target,
				metric.sdgs(), metric.definitionCode()), secretariat);
	}

	/** Measurements written as the day and the value, separated by a space. */
	private void measure(long id, long indicatorId, String... points) {
		for (var point : points) {
			var parts = point.split(" ");
			projects.measure(id, indicatorId, LocalDate.parse(parts[0]), new BigDecimal(parts[1]), null, secretariat);
		}
	}

	/**
	 * A value rounded as a person would report it: tens for large numbers, one decimal for shares and rates,
	 * whole numbers for what is counted.
	 */
	private static BigDecimal amount(double value, String unit) {
		double positive = Math.max(0, value);
		if (positive >= 1_000) {
			return BigDecimal.valueOf(Math.round(positive / 10) * 10);
		}
		if (unit.startsWith("%") || unit.startsWith("kg") || unit.startsWith("m² pr.")) {
			return BigDecimal.valueOf(positive).setScale(1, RoundingMode.HALF_UP);
		}
		return BigDecimal.valueOf(Math.round(positive));
	}

	// --- followers

	private void followers(long id, Spec spec) {
		if (spec.visibility() == Visibility.PARTICIPANTS) {
			return;
		}
		var candidates = new ArrayList<>(leadsByOrganisation.values());
		candidates.add(demoMember);
		if (spec.visibility() == Visibility.PUBLIC) {
			offerers.forEach(o -> candidates.add(o.viewer()));
		}
		Collections.shuffle(candidates, random);
		for (var viewer : candidates.subList(0, random.nextInt(5))) {
			projects.follow(id, true, viewer);
		}
	}

	// --- helpers

	/** When a project of this stage began: ideas lately, anchored projects years ago. */
	private LocalDate beginning(Stage stage) {
		var earliest = switch (stage) {
			case IDEA -> LocalDate.of(2026, 1, 1);
			case PROJECT_GROUP -> LocalDate.of(2025, 9, 1);
			case RUNNING -> LocalDate.of(2024, 1, 1);
			case PAUSED -> LocalDate.of(2024, 3, 1);
			case STOPPED -> LocalDate.of(2023, 6, 1);
			case COMPLETED -> LocalDate.of(2023, 1, 1);
			case ANCHORED -> LocalDate.of(2022, 1, 1);
		};
		return earliest.plusMonths(random.nextInt(10)).withDayOfMonth(1 + random.nextInt(28));
	}

	/** What the project's themes offer, each once, in a random order. */
	private <T> List<T> pooled(Spec spec, Map<String, List<T>> byTheme, Function<T, String> key) {
		var pool = new LinkedHashMap<String, T>();
		spec.themes().forEach(theme -> byTheme.get(theme).forEach(item -> pool.putIfAbsent(key.apply(item), item)));
		var list = new ArrayList<>(pool.values());
		Collections.shuffle(list, random);
		return list;
	}

	private int municipality(String name) {
		return municipalities.get(name);
	}

	private <T> T pick(Collection<T> choices) {
		return List.copyOf(choices).get(random.nextInt(choices.size()));
	}
}
