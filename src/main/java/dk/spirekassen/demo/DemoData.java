package dk.spirekassen.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.AssociationRole;
import dk.spirekassen.actors.DepartmentRecord;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.OrganisationDetails;
import dk.spirekassen.actors.OrganisationKind;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.PersonDetails;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.IdeaManagement;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.projects.ProjectManagement;

/**
 * Fills an empty database with a fictional but realistic association: 54 member organisations holding more than
 * 80% of the country's social homes, non-members, administration organisations, about 40 partners, the
 * association's own people, a login for each role, about thirty projects (see {@link ProjectDemoData}) and
 * development days held and upcoming (see {@link DayDemoData}). Runs only when {@code spirekassen.demo.enabled} is
 * true (the embedded default), and only into a database without members or demo logins.
 */
@Component
class DemoData implements SmartInitializingSingleton {

	/** The password of every demo login; written in the README. */
	static final String DEMO_PASSWORD = "spirekasse-demo";

	static final int MEMBERS = 54;

	static final int MEMBER_HOMES = 492_000;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String[] PLACES = { "Fjordbo", "Lyngparken", "Engbo", "Skovly", "Åbyen", "Strandgården",
			"Bakkehuset", "Kildeparken", "Solhøj", "Vestervang", "Nørrebo", "Havnebyen", "Mosegården", "Egeparken",
			"Bøgely", "Højvang", "Søndermarken", "Vindeby", "Elmelund", "Birkebo", "Rosenhøj", "Tranebo", "Marienlyst",
			"Granly", "Lindevang", "Ådalen", "Kærby", "Hedebo", "Møllevangen", "Stjernebo", "Fællesbo", "Nordlys",
			"Østerbo", "Kirkebakken", "Valmuen", "Ravnsborg", "Kastanjegården", "Klintebo", "Pilevang", "Hybenhaven",
			"Bredegården", "Ahornparken", "Grønnegården", "Toftegården", "Ellebo", "Lærkevang", "Sneglehuset",
			"Kløverbakken", "Rønnebo", "Duebakken", "Mågeparken", "Åsen", "Vibehuset", "Tjørnegården", "Hasselbo",
			"Storkereden", "Bølgen", "Gadekæret", "Lunden", "Vænget", "Kornmarken", "Dalgården", "Blåbærhaven",
			"Spurvevej" };

	private static final String[] ORGANISATION_FORMS = { "Boligselskabet %s", "Boligforeningen %s",
			"Almene Boliger %s", "%s Boligselskab", "Arbejdernes Boligforening %s", "Den Almene Boligorganisation %s" };

	private static final String[] DEPARTMENT_FORMS = { "%s", "%s Syd", "%s Nord", "%s Øst", "%s Vest",
			"%s Parkerne", "%s Haver", "%s Terrasserne", "%s Huse", "%s Centret" };

	private final ActorManagement actors;

	private final AccountManagement accounts;

	private final ProjectManagement projects;

	private final Directory directory;

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final IdeaManagement ideas;

	private final NewsManagement news;

	private final FundManagement fund;

	private final Random random = new Random(2023);

	private final Set<String> usedCvrs = new HashSet<>();

	private final TransactionTemplate transaction;

	private final boolean enabled;

	DemoData(ActorManagement actors, AccountManagement accounts, ProjectManagement projects, Directory directory,
			DayManagement days, RegistrationDesk desk, IdeaManagement ideas, NewsManagement news,
			FundManagement fund, PlatformTransactionManager transactions,
			@Value("${spirekassen.demo.enabled:false}") boolean enabled) {
		this.enabled = enabled;
		this.actors = actors;
		this.accounts = accounts;
		this.projects = projects;
		this.directory = directory;
		this.days = days;
		this.desk = desk;
		this.ideas = ideas;
		this.news = news;
		this.fund = fund;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Runs before the web server opens, so the first page a newcomer sees already shows the demo data. */
	@Override
	public void afterSingletonsInstantiated() {
		// Checked when the application starts, not when the bean graph is built, so ahead-of-time processing
		// cannot fix the choice at build time.
		// The secretariat's account first: one indexed row, where the directory's coverage sums the whole directory.
		if (!enabled || accounts.exists("sekretariat@spirekassen.dk") || actors.coverage().memberOrganisations() > 0) {
			return;
		}
		long started = System.nanoTime();
		// All or nothing: a failed load leaves the database empty, so the next start tries again.
		transaction.executeWithoutResult(status -> load());
		log.info("Loaded demo data in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		var municipalities = actors.municipalities();
		var association = actors.createOrganisation(new OrganisationDetails(OrganisationKind.ASSOCIATION,
				"Spirekassen – foreningen for almen udvikling", cvr(), "Studiestræde 50, 1554 København V", 101,
				"https://www.spirekassen.dk", null, null));

		var administrators = new ArrayList<Long>();
		String[][] administrationNames = { { "Boligadministration Danmark", "101" },
				{ "Fællesadministrationen Jylland", "751" }, { "Bolig-Service Fyn", "461" },
				{ "Administrationsfællesskabet Nord", "851" } };
		for (var admin : administrationNames) {
			administrators.add(actors.createOrganisation(new OrganisationDetails(OrganisationKind.ADMINISTRATION,
					admin[0], cvr(), null, Integer.valueOf(admin[1]), null, null, null)));
		}

		var sizes = memberSizes();
		var records = new ArrayList<DepartmentRecord>();
		var memberIds = new ArrayList<Long>();
		var places = new ArrayList<>(List.of(PLACES));
		for (int i = 0; i < MEMBERS + 12; i++) {
			boolean member = i < MEMBERS;
			var place = places.get(i % places.size());
			var name = ORGANISATION_FORMS[i % ORGANISATION_FORMS.length].formatted(place);
			var home = municipalities.get(random.nextInt(municipalities.size()));
			// The first administration organisation runs a large group of organisations, as in the field.
			Long administeredBy = i % 3 == 0 ? administrators.get(0) : i % 7 == 1 ? administrators.get(1 + i % 3) : null;
			var cvr = cvr();
			var id = actors.createOrganisation(new OrganisationDetails(OrganisationKind.HOUSING, name, cvr,
					"%s %d, %s".formatted(place + "vej", 1 + random.nextInt(120), home.getName()), home.getCode(),
					"https://www.%s.dk".formatted(slug(place)),
					member ? LocalDate.of(2008 + random.nextInt(15), 1 + random.nextInt(12), 1) : null,
					administeredBy));
			if (member) {
				memberIds.add(id);
			}
			int homes = member ? sizes[i] : 300 + random.nextInt(5_000);
			departments(cvr, name, place, homes, home, municipalities, records);
		}
		actors.upsertDepartments(records.stream(), done -> {
		});

		var themes = actors.themes();
		var partnerIds = partners(themes);
		people(association, memberIds, partnerIds);
		accounts.createAccount("sekretariat@spirekassen.dk", "Signe Sekretariat", DEMO_PASSWORD, Role.SECRETARIAT,
				null, null);
		accounts.createAccount("medlem@spirekassen.dk", "Mads Medlem", DEMO_PASSWORD, Role.MEMBER, memberIds.get(0),
				null);
		accounts.createAccount("partner@spirekassen.dk", "Pia Partner", DEMO_PASSWORD, Role.PARTNER, null,
				partnerIds.get(0));
		var seedFund = new FundDemoData(fund, projects, accounts, actors);
		var projectIds = new ProjectDemoData(projects, accounts, actors, directory, seedFund).load();
		seedFund.load(projectIds.values());
		new NewsDemoData(news, accounts).load(projectIds);
		new DayDemoData(days, desk, ideas, actors, directory).load();
	}

	/** Homes per member organisation: a few very large, many small, adding up to {@link #MEMBER_HOMES}. */
	private int[] memberSizes() {
		var weights = new double[MEMBERS];
		double sum = 0;
		for (int i = 0; i < MEMBERS; i++) {
			weights[i] = 1 / Math.pow(i + 1.5, 0.9) + random.nextDouble() * 0.02;
			sum += weights[i];
		}
		var sizes = new int[MEMBERS];
		int total = 0;
		for (int i = 0; i < MEMBERS; i++) {
			sizes[i] = Math.max(400, (int) Math.round(MEMBER_HOMES * weights[i] / sum));
			total += sizes[i];
		}
		sizes[0] += MEMBER_HOMES - total;
		return sizes;
	}

	private void departments(String cvr, String organisation, String place, int homes, Municipality home,
			List<Municipality> municipalities, List<DepartmentRecord> records) {
		var nearby = municipalities.stream().filter(m -> m.getRegion() == home.getRegion()).toList();
		int left = homes;
		int number = 1;
		while (left > 0) {
			int size = Math.min(left, 40 + random.nextInt(700));
			if (left - size < 20) {
				size = left;
			}
			var municipality = random.nextInt(4) == 0 ? nearby.get(random.nextInt(nearby.size())) : home;
			var name = DEPARTMENT_FORMS[(number - 1) % DEPARTMENT_FORMS.length].formatted(
					(number - 1) < DEPARTMENT_FORMS.length ? place : PLACES[random.nextInt(PLACES.length)]);
			records.add(new DepartmentRecord(cvr, organisation, String.valueOf(number), name, municipality.getCode(),
					size));
			left -= size;
			number++;
		}
	}

	private List<Long> partners(List<Theme> themes) {
		record P(PartnerKind kind, String name, String description, Set<Offer> offers, List<String> themes) {
		}
		var list = List.of(
				new P(PartnerKind.ADVISOR, "Grøn Rådgivning A/S", "Ingeniører og arkitekter med fokus på energirenovering og klimatilpasning.", EnumSet.of(Offer.KNOWLEDGE, Offer.EXPERIENCE), List.of(DemoProjects.CLIMATE, DemoProjects.RENOVATION)),
				new P(PartnerKind.ADVISOR, "Byliv & Fællesskab ApS", "Rådgivning om boligsocialt arbejde, beboerdemokrati og fællesskaber.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.LONELINESS, DemoProjects.SAFETY)),
				new P(PartnerKind.ADVISOR, "Ladeklar Rådgivning", "Uafhængig rådgivning om elbilopladning i boligområder: behov, udbud og drift.", EnumSet.of(Offer.KNOWLEDGE, Offer.EXPERIENCE), List.of(DemoProjects.EV_CHARGING)),
				new P(PartnerKind.ADVISOR, "Landskab og Natur Tegnestue", "Landskabsarkitekter med speciale i biodiversitet og regnvand.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.BIODIVERSITY, DemoProjects.CLIMATE)),
				new P(PartnerKind.ADVISOR, "Driftsanalyse Danmark", "Benchmarking og effektivisering af driften i almene boligafdelinger.", EnumSet.of(Offer.KNOWLEDGE, Offer.EXPERIENCE), List.of(DemoProjects.OPERATIONS)),
				new P(PartnerKind.ADVISOR, "Cirkulær Byg Rådgivning", "Genbrug af byggematerialer og livscyklusvurderinger (LCA).", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.CIRCULAR, DemoProjects.RENOVATION)),
				new P(PartnerKind.RESEARCHER, "Center for Boligforskning", "Forskning i boliger, byer og boligsociale indsatser.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.HOUSING_FORMS, DemoProjects.LONELINESS)),
				new P(PartnerKind.RESEARCHER, "Institut for Bæredygtigt Byggeri", "Forskning i klimaaftryk, materialer og energi i bygninger.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.CIRCULAR, DemoProjects.CLIMATE)),
				new P(PartnerKind.RESEARCHER, "Forskergruppen for Ensomhed og Fællesskab", "Måler ensomhed (UCLA-3) og effekten af fællesskabsindsatser.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.LONELINESS)),
				new P(PartnerKind.RESEARCHER, "Biodiversitetslaboratoriet", "Feltstudier af biodiversitet i byens grønne områder.", EnumSet.of(Offer.KNOWLEDGE, Offer.EXPERIENCE), List.of(DemoProjects.BIODIVERSITY)),
				new P(PartnerKind.RESEARCHER, "Velfærdsøkonomisk Analyseenhed", "Beregner samfundsøkonomisk værdi af sociale og grønne indsatser.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.EMPLOYMENT, DemoProjects.SAFETY)),
				new P(PartnerKind.RESEARCHER, "Center for Boligøkonomi", "Analyser af huslejer, driftsøkonomi og finansiering.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.OPERATIONS, DemoProjects.HOUSING_FORMS)),
				new P(PartnerKind.CIVIL_SOCIETY, "Ensomhedsnetværket", "Frivillige, der skaber mødesteder for ensomme i alle aldre.", EnumSet.of(Offer.VOLUNTEERING, Offer.EXPERIENCE), List.of(DemoProjects.LONELINESS)),
				new P(PartnerKind.CIVIL_SOCIETY, "Frivilligcentrenes Fællesskab", "Formidler frivillige til lokale fællesskaber.", EnumSet.of(Offer.VOLUNTEERING), List.of(DemoProjects.LONELINESS, DemoProjects.EMPLOYMENT)),
				new P(PartnerKind.CIVIL_SOCIETY, "Lektiecafé-netværket", "Lektiehjælp og mentorordninger for børn og unge.", EnumSet.of(Offer.VOLUNTEERING, Offer.EXPERIENCE), List.of(DemoProjects.EMPLOYMENT)),
				new P(PartnerKind.CIVIL_SOCIETY, "Naturens Venner i Byen", "Frivillige, der planter, passer og registrerer natur i boligområder.", EnumSet.of(Offer.VOLUNTEERING), List.of(DemoProjects.BIODIVERSITY)),
				new P(PartnerKind.CIVIL_SOCIETY, "Idræt for Alle", "Idrætsforening med tilbud i udsatte boligområder.", EnumSet.of(Offer.VOLUNTEERING, Offer.EXPERIENCE), List.of(DemoProjects.EMPLOYMENT, DemoProjects.SAFETY)),
				new P(PartnerKind.CIVIL_SOCIETY, "Madfællesskaberne", "Fællesspisning og madklubber for beboere.", EnumSet.of(Offer.VOLUNTEERING), List.of(DemoProjects.LONELINESS)),
				new P(PartnerKind.FOUNDATION, "Fonden for Levende Lokalsamfund", "Støtter projekter, der forebygger ensomhed og styrker fællesskaber.", EnumSet.of(Offer.FUNDS), List.of(DemoProjects.LONELINESS, DemoProjects.SAFETY)),
				new P(PartnerKind.FOUNDATION, "Den Grønne Omstillingsfond", "Støtter klima- og naturprojekter i boligområder.", EnumSet.of(Offer.FUNDS), List.of(DemoProjects.CLIMATE, DemoProjects.BIODIVERSITY, DemoProjects.EV_CHARGING)),
				new P(PartnerKind.FOUNDATION, "Boligudviklingsfonden", "Støtter udvikling og afprøvning af nye boformer.", EnumSet.of(Offer.FUNDS, Offer.KNOWLEDGE), List.of(DemoProjects.HOUSING_FORMS, DemoProjects.RENOVATION)),
				new P(PartnerKind.FOUNDATION, "Børn og Unges Fond", "Støtter indsatser for børn og unge i almene boligområder.", EnumSet.of(Offer.FUNDS), List.of(DemoProjects.EMPLOYMENT)),
				new P(PartnerKind.FOUNDATION, "Fonden for Bæredygtigt Byggeri", "Støtter cirkulært byggeri og renovering.", EnumSet.of(Offer.FUNDS), List.of(DemoProjects.CIRCULAR, DemoProjects.RENOVATION)),
				new P(PartnerKind.FOUNDATION, "Kulturmødefonden", "Støtter kultur og foreningsliv på tværs af byen.", EnumSet.of(Offer.FUNDS), List.of(DemoProjects.LONELINESS)),
				new P(PartnerKind.ENTHUSIAST, "Karen Holm", "Beboer og ildsjæl bag fællesskabshaven i sin afdeling.", EnumSet.of(Offer.VOLUNTEERING, Offer.EXPERIENCE), List.of(DemoProjects.BIODIVERSITY, DemoProjects.LONELINESS)),
				new P(PartnerKind.ENTHUSIAST, "Ahmad Rahimi", "Driver en cykelværksted-klub for unge.", EnumSet.of(Offer.VOLUNTEERING), List.of(DemoProjects.EMPLOYMENT)),
				new P(PartnerKind.ENTHUSIAST, "Birgit Sørensen", "Pensioneret lærer, der arrangerer fællesspisning og strikkeklub.", EnumSet.of(Offer.VOLUNTEERING), List.of(DemoProjects.LONELINESS)),
				new P(PartnerKind.ENTHUSIAST, "Jonas Lund", "Biolog, der kortlægger insekter og fugle i boligområder.", EnumSet.of(Offer.KNOWLEDGE, Offer.VOLUNTEERING), List.of(DemoProjects.BIODIVERSITY)),
				new P(PartnerKind.ENTHUSIAST, "Fatima Yusuf", "Brobygger mellem beboere og lokale foreninger.", EnumSet.of(Offer.EXPERIENCE, Offer.VOLUNTEERING), List.of(DemoProjects.LONELINESS, DemoProjects.SAFETY)),
				new P(PartnerKind.COMPANY, "LadeGrønt ApS", "Installerer og driver ladestandere til elbiler.", EnumSet.of(Offer.EXPERIENCE, Offer.FUNDS), List.of(DemoProjects.EV_CHARGING)),
				new P(PartnerKind.COMPANY, "SolTag Danmark", "Solceller på etageboliger, med finansiering.", EnumSet.of(Offer.EXPERIENCE, Offer.FUNDS), List.of(DemoProjects.CLIMATE)),
				new P(PartnerKind.COMPANY, "Genbyg Materialer A/S", "Genbrugte byggematerialer og nedtagning.", EnumSet.of(Offer.EXPERIENCE), List.of(DemoProjects.CIRCULAR)),
				new P(PartnerKind.COMPANY, "Smart Drift IT", "Digitale værktøjer til drift og forbrugsmåling.", EnumSet.of(Offer.KNOWLEDGE, Offer.EXPERIENCE), List.of(DemoProjects.OPERATIONS, DemoProjects.CLIMATE)),
				new P(PartnerKind.COMPANY, "Byhaver I/S", "Anlægger og driver taghaver og dyrkningsbede.", EnumSet.of(Offer.EXPERIENCE), List.of(DemoProjects.BIODIVERSITY)),
				new P(PartnerKind.MUNICIPALITY, "Aarhus Kommune, Borgerservice og Fællesskaber", "Kommunalt samarbejde om tryghed og beskæftigelse.", EnumSet.of(Offer.KNOWLEDGE, Offer.FUNDS), List.of(DemoProjects.SAFETY, DemoProjects.EMPLOYMENT)),
				new P(PartnerKind.MUNICIPALITY, "Odense Kommune, By- og Kulturforvaltningen", "Byudvikling og klimatilpasning i almene områder.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.CLIMATE, DemoProjects.HOUSING_FORMS)),
				new P(PartnerKind.MUNICIPALITY, "Aalborg Kommune, Klima og Miljø", "Samarbejde om energi, affald og biodiversitet.", EnumSet.of(Offer.KNOWLEDGE, Offer.EXPERIENCE), List.of(DemoProjects.CLIMATE, DemoProjects.BIODIVERSITY)),
				new P(PartnerKind.MUNICIPALITY, "Københavns Kommune, Områdefornyelse", "Områdefornyelse og boligsocial helhedsplan.", EnumSet.of(Offer.KNOWLEDGE, Offer.FUNDS), List.of(DemoProjects.RENOVATION, DemoProjects.SAFETY)),
				new P(PartnerKind.MUNICIPALITY, "Næstved Kommune, Sundhed og Omsorg", "Forebyggelse af ensomhed blandt ældre.", EnumSet.of(Offer.KNOWLEDGE), List.of(DemoProjects.LONELINESS)),
				new P(PartnerKind.ADVISOR, "Beboerinddragelse.nu", "Facilitering af beboermøder og udviklingsdage.", EnumSet.of(Offer.EXPERIENCE), List.of(DemoProjects.RENOVATION, DemoProjects.HOUSING_FORMS)));
		var ids = new ArrayList<Long>();
		var themeIdsByName = themes.stream().collect(Collectors.toMap(Theme::getName, Theme::getId));
		for (var p : list) {
			// The themes follow the description, so that matching suggests what a person would. They were drawn at
			// random once; the draws stay, so that everything drawn after them is as before.
			int draws = 1 + random.nextInt(3);
			for (int i = 0; i < draws; i++) {
				random.nextInt(themes.size());
			}
			var themeIds = p.themes()
				.stream()
				.map(themeIdsByName::get)
				.filter(id -> id != null)
				.collect(Collectors.toCollection(TreeSet::new));
			var regions = EnumSet.noneOf(Region.class);
			if (random.nextInt(3) == 0) {
				regions = EnumSet.allOf(Region.class);
			}
			else {
				regions.add(Region.values()[random.nextInt(5)]);
				regions.add(Region.values()[random.nextInt(5)]);
			}
			boolean foundation = p.kind() == PartnerKind.FOUNDATION;
			long grantMin = foundation ? 50_000L * (1 + random.nextInt(4)) : 0;
			var slug = slug(p.name());
			ids.add(actors.createPartner(new PartnerDetails(p.kind(), p.name(), p.description(),
					"kontakt@" + slug + ".dk", "+45 " + (20 + random.nextInt(70)) + " " + (10 + random.nextInt(89))
							+ " " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89)),
					"https://www." + slug + ".dk", foundation ? grantMin : null,
					foundation ? grantMin * (5 + random.nextInt(20)) : null,
					foundation ? "Mindst " + (10 + 5 * random.nextInt(6)) + " % medfinansiering fra ansøger" : null,
					p.offers(), regions, themeIds)));
		}
		return ids;
	}

	private void people(long association, List<Long> members, List<Long> partners) {
		actors.addPersonToOrganisation(association, new PersonDetails("Niels Jarlsberg", "nj@spirekassen.dk",
				"+45 33 12 34 56", "Sekretariatsleder", AssociationRole.SECRETARIAT_HEAD));
		String[] consultants = { "Signe Sekretariat", "Henrik Mørch", "Amalie Kragh" };
		for (var name : consultants) {
			actors.addPersonToOrganisation(association, new PersonDetails(name,
					slug(name.split(" ")[0]) + "@spirekassen.dk", null, "Udviklingskonsulent",
					AssociationRole.SECRETARIAT));
		}
		// The board and the advisory board review applications to the seed fund, so each has a login.
		actors.addPersonToOrganisation(members.get(1), new PersonDetails("Steffen Engsig", "se@fjordbo.dk",
				"+45 40 11 22 33", "Direktør", AssociationRole.CHAIR));
		accounts.createAccount("se@fjordbo.dk", "Steffen Engsig", DEMO_PASSWORD, Role.MEMBER, members.get(1), null);
		String[] board = { "Lone Bæk", "Rasmus Friis", "Hanne Villadsen", "Kasper Juul" };
		for (int i = 0; i < board.length; i++) {
			var email = i == 0 ? "bestyrelse@spirekassen.dk" : slug(board[i]).replace('-', '.') + "@demo.spirekassen.dk";
			actors.addPersonToOrganisation(members.get(2 + i), new PersonDetails(board[i], email, null,
					"Direktør", i < 2 ? AssociationRole.EXECUTIVE_COMMITTEE : AssociationRole.BOARD));
			accounts.createAccount(email, board[i], DEMO_PASSWORD, Role.MEMBER, members.get(2 + i), null);
		}
		String[] advisory = { "Mette Mølgaard", "Peter Kjær", "Yasmin Haddad" };
		for (int i = 0; i < advisory.length; i++) {
			var email = slug(advisory[i]).replace('-', '.') + "@demo.spirekassen.dk";
			actors.addPersonToPartner(partners.get(6 + i), new PersonDetails(advisory[i], email, null,
					"Seniorforsker", AssociationRole.ADVISORY_BOARD));
			accounts.createAccount(email, advisory[i], DEMO_PASSWORD, Role.PARTNER, null, partners.get(6 + i));
		}
		actors.addPersonToOrganisation(members.get(0), new PersonDetails("Mads Medlem", "medlem@spirekassen.dk",
				"+45 70 10 20 30", "Udviklingschef", null));
		// The demo partner also sits on the advisory board, so she can review applications to the seed fund.
		actors.addPersonToPartner(partners.get(0), new PersonDetails("Pia Partner", "partner@spirekassen.dk",
				"+45 70 40 50 60", "Partner", AssociationRole.ADVISORY_BOARD));
	}

	private String cvr() {
		int[] weights = { 2, 7, 6, 5, 4, 3, 2 };
		while (true) {
			var digits = new int[7];
			digits[0] = 1 + random.nextInt(9);
			int sum = digits[0] * weights[0];
			for (int i = 1; i < 7; i++) {
				digits[i] = random.nextInt(10);
				sum += digits[i] * weights[i];
			}
			int check = (11 - sum % 11) % 11;
			if (check == 10) {
				continue;
			}
			var text = new StringBuilder();
			for (int d : digits) {
				text.append(d);
			}
			text.append(check);
			if (usedCvrs.add(text.toString())) {
				return text.toString();
			}
		}
	}

	static String slug(String text) {
		return text.toLowerCase()
			.replace("æ", "ae")
			.replace("ø", "oe")
			.replace("å", "aa")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}
}
