package dk.spirekassen.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dk.spirekassen.actors.PartnerKind;

/**
 * The Danish words the national-scale data is made of: first names and surnames, streets and postal towns,
 * place names for estates, and phrases that combine into the names of organisations and partners and the texts of
 * projects, needs, indicators and files. Everything is drawn with the caller's {@link Random}, so the same seed
 * gives the same words.
 */
final class NationalWords {

	static final String[] FIRST_NAMES = { "Anne", "Mette", "Hanne", "Louise", "Camilla", "Maria", "Sofie", "Ida",
			"Emma", "Julie", "Kirsten", "Susanne", "Lene", "Pernille", "Helle", "Tina", "Marianne", "Rikke",
			"Charlotte", "Line", "Nanna", "Freja", "Maja", "Birthe", "Inger", "Dorthe", "Karen", "Bente", "Lone",
			"Signe", "Astrid", "Clara", "Alma", "Ella", "Laura", "Cecilie", "Mathilde", "Katrine", "Trine", "Gitte",
			"Jette", "Vibeke", "Malene", "Stine", "Sara", "Amalie", "Ditte", "Aisha", "Fatma", "Leyla", "Zainab",
			"Yasmin", "Amina", "Hiba", "Sana", "Agnieszka", "Lars", "Jens", "Peter", "Michael", "Søren", "Henrik",
			"Thomas", "Martin", "Jesper", "Anders", "Rasmus", "Mikkel", "Christian", "Niels", "Jakob", "Ole", "Kim",
			"Torben", "Frederik", "Mads", "Emil", "Oliver", "William", "Noah", "Lucas", "Victor", "Magnus", "Carl",
			"Morten", "Kasper", "Bo", "Poul", "Erik", "Steen", "Claus", "Brian", "Jan", "Per", "Hans", "Knud",
			"Allan", "Kenneth", "Simon", "Tobias", "Jonas", "Anton", "Ali", "Mohammed", "Omar", "Hassan", "Ahmad",
			"Yusuf", "Mehmet", "Bilal", "Tariq", "Piotr" };

	static final String[] SURNAMES = { "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen",
			"Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
			"Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen",
			"Frederiksen", "Lauridsen", "Henriksen", "Laursen", "Holm", "Schmidt", "Kjær", "Bach", "Dam", "Lund",
			"Vestergaard", "Østergaard", "Nørgaard", "Bertelsen", "Skov", "Winther", "Lindberg", "Brandt", "Iversen",
			"Jeppesen", "Mogensen", "Kjeldsen", "Bruun", "Friis", "Krogh", "Juhl", "Svendsen", "Clausen", "Thygesen",
			"Hedegaard", "Søndergaard", "Damgaard", "Overgaard", "Ravn", "Berg", "Storm", "Kragh", "Villadsen",
			"Mølgaard", "Engsig", "Yilmaz", "Demir", "Kaya", "Hussein", "Ahmadi", "Khan", "Ibrahim", "Ali", "Nguyen",
			"Tran", "Kowalski", "Nowak", "Haddad", "Abdi", "Mohamed" };

	/** Syllables of estate and area names: a first part and an ending, as in Lindeparken or Rosenhøj. */
	private static final String[] PLACE_STARTS = { "Linde", "Bøge", "Ege", "Aske", "Birke", "Rosen", "Sol", "Skov",
			"Strand", "Eng", "Mose", "Kilde", "Sø", "Bakke", "Fjord", "Mølle", "Kirke", "Vester", "Øster", "Nørre",
			"Sønder", "Hede", "Lyng", "Ravns", "Trane", "Stjerne", "Valmue", "Hyben", "Kløver", "Ahorn", "Kastanje",
			"Hassel", "Tjørne", "Pile", "Rønne", "Elle", "Grøn", "Blå", "Guld", "Lærke", "Svane", "Fasan", "Vibe", "Due",
			"Måge", "Toft", "Holme", "Vænge", "Brede", "Marie", "Carls", "Christians", "Frederiks", "Louise", "Sande",
			"Klinte", "Ager", "Høj", "Dal", "Havne" };

	private static final String[] PLACE_ENDS = { "parken", "gården", "haven", "høj", "vang", "bo", "lund", "toften",
			"dal", "bakken", "engen", "huse", "vænget", "ly", "gårdene", "sletten", "holm", "marken", "byen", "gade",
			"lyst", "torv", "skrænten", "kvarteret" };

	private static final String[] DIRECTIONS = { "Nord", "Syd", "Øst", "Vest", "I", "II", "III", "Midt" };

	static final String[] STREETS = { "Vestergade", "Nørregade", "Søndergade", "Østergade", "Skolevej", "Kirkevej",
			"Stationsvej", "Møllevej", "Engvej", "Skovvej", "Bakkevej", "Parkvej", "Birkevej", "Egevej", "Lindevej",
			"Ahornvej", "Rosenvej", "Violvej", "Tulipanvej", "Kastanievej", "Havnegade", "Strandvejen",
			"Banegårdsgade", "Algade", "Bredgade", "Jernbanegade", "Hovedgaden", "Fasanvej", "Vibevej", "Lærkevej",
			"Svanevej", "Mågevej", "Granvej", "Bøgevej", "Poppelvej", "Kildevej", "Åvej", "Fjordvej", "Højvangen",
			"Grønnegade", "Tværgade", "Nygade", "Klostergade", "Slotsgade", "Frederiksgade", "Dronningensgade",
			"Kongensgade", "Grundtvigsvej", "H.C. Andersens Vej", "Niels Bohrs Allé", "Ringvejen", "Sportsvej",
			"Idrætsvej", "Tingvej", "Præstevej", "Smedevej", "Gartnervej", "Valmuevej", "Hybenvej", "Kløvervej" };

	/** The main postal district of each municipality, by municipality code. */
	private static final Map<Integer, String> POSTAL_TOWNS = postalTowns();

	private static final String[] HOUSING_FORMS = { "Boligselskabet %s", "Boligforeningen %s",
			"Andelsboligforeningen %s", "Den Almennyttige Boligforening %s", "Arbejdernes Boligforening %s",
			"Almene Boliger %s", "Boligkontoret %s", "%s Boligselskab", "Den Selvejende Boliginstitution %s",
			"Lejerbo %s", "Bo-Vest %s", "Familieboliger %s", "Ungdomsboliger %s", "Ældreboligselskabet %s" };

	private static final String[] ADMINISTRATION_FORMS = { "Boligadministration %s", "%s Boligadministration",
			"Administrationsfællesskabet %s", "Boligservice %s", "Fællesadministrationen %s", "%s Bolig A/S" };

	private static final String[] DEPARTMENT_FORMS = { "%s", "%s", "%s", "%s %s", "%s Afd. %s",
			"Afdeling %2$s – %1$s" };

	static final String[] ORGANISATION_TITLES = { "Direktør", "Boligsocial medarbejder", "Projektleder",
			"Driftschef", "Udviklingskonsulent", "Kundechef", "Ejendomsinspektør", "Energikonsulent",
			"Kommunikationsmedarbejder", "Byggechef", "Boligsocial koordinator", "Økonomichef", "Driftsleder",
			"Beboerrådgiver", "Projektchef" };

	private static final Map<PartnerKind, String[]> PARTNER_TITLES = Map.of(
			PartnerKind.ADVISOR, new String[] { "Seniorrådgiver", "Partner", "Rådgiver", "Arkitekt", "Ingeniør" },
			PartnerKind.RESEARCHER, new String[] { "Lektor", "Professor", "Adjunkt", "Ph.d.-studerende", "Seniorforsker" },
			PartnerKind.CIVIL_SOCIETY, new String[] { "Formand", "Frivilligkoordinator", "Næstformand", "Frivillig" },
			PartnerKind.FOUNDATION, new String[] { "Programchef", "Fondschef", "Projektkonsulent", "Direktør" },
			PartnerKind.ENTHUSIAST, new String[] { "Ildsjæl", "Beboer og frivillig" },
			PartnerKind.COMPANY, new String[] { "Projektchef", "Salgschef", "Konsulent", "Direktør", "Teknisk chef" },
			PartnerKind.MUNICIPALITY, new String[] { "Fuldmægtig", "Specialkonsulent", "Områdeleder", "Chefkonsulent" });

	private static final String[] UNIVERSITIES = { "Aalborg Universitet", "Aarhus Universitet",
			"Københavns Universitet", "Syddansk Universitet", "Roskilde Universitet", "Danmarks Tekniske Universitet",
			"VIA University College", "Professionshøjskolen Absalon", "Københavns Professionshøjskole",
			"UCL Erhvervsakademi og Professionshøjskole" };

	private static final String[] RESEARCH_FIELDS = { "Byggeri, By og Miljø", "Boligforskning", "Socialt Arbejde",
			"Bæredygtigt Byggeri", "Byplanlægning", "Sociologi", "Miljøvidenskab", "Energiteknik", "Velfærdsøkonomi",
			"Folkesundhed", "Landskabsarkitektur", "Arkitektur og Design", "Biologi", "Antropologi" };

	private static final String[] ADMINISTRATIONS = { "Borgerservice", "Social- og Sundhedsforvaltningen",
			"Teknik- og Miljøforvaltningen", "Beskæftigelsesforvaltningen", "Børne- og Ungeforvaltningen",
			"By- og Kulturforvaltningen", "Klima og Miljø", "Ældre og Handicap", "Byudvikling", "Jobcentret",
			"Sundhed og Omsorg", "Kultur og Fritid", "Boligsocialt Team", "SSP-samarbejdet", "Natur og Park",
			"Plan og Byg", "Integration", "Forebyggelse" };

	private static final String[] COMPANY_STARTS = { "Grøn", "Sol", "Nord", "Dansk", "Nyt", "Bolig", "Energi",
			"Klima", "Lade", "Tag", "Byg", "Mur", "Gen", "Lys", "Vand", "Natur", "Smart", "Data", "Drift", "Have" };

	private static final String[] COMPANY_ENDS = { "Byg", "Energi", "Teknik", "Service", "Drift", "Løsninger",
			"Entreprise", "Installation", "Rådgivning", "Design", "Materialer", "El", "VVS", "Anlæg", "Data" };

	private static final String[] CAUSES = { "Levende Lokalsamfund", "Grøn Omstilling", "Børn og Unge",
			"Fællesskab og Sundhed", "Bæredygtigt Byggeri", "Natur i Byen", "Social Udvikling", "Kultur og Fritid",
			"Ældres Livskvalitet", "Integration og Uddannelse", "Boligområdernes Fremtid" };

	private static final String[] ASSOCIATIONS = { "%s Frivilligcenter", "Lektiecaféen i %s", "Beboerforeningen %s",
			"Foreningen Fællesskab %s", "%s Boldklub", "Spejderne i %s", "Natur og Ungdom %s", "Røde Kors %s",
			"Ældre Sagen %s", "Madklubben %s", "Bydelsmødrene i %s", "Cykelværkstedet %s", "Nattevandrerne i %s",
			"Haveforeningen %s", "Kvindenetværket %s", "Seniornetværket %s", "Kulturforeningen %s" };

	private static final Map<PartnerKind, String[]> PARTNER_DESCRIPTIONS = Map.of(
			PartnerKind.ADVISOR, new String[] { "Rådgiver almene boligorganisationer om %s.",
					"Arkitekter og ingeniører med erfaring i %s.", "Hjælper afdelinger fra idé til udbud, særligt om %s." },
			PartnerKind.RESEARCHER, new String[] { "Forsker i %s og måler effekten af indsatser i boligområder.",
					"Forskningsgruppe, der følger og evaluerer projekter om %s." },
			PartnerKind.CIVIL_SOCIETY, new String[] { "Frivillige, der skaber fællesskaber omkring %s.",
					"Lokal forening med aktiviteter for beboere, blandt andet om %s." },
			PartnerKind.FOUNDATION, new String[] { "Støtter projekter om %s i almene boligområder.",
					"Fond, der giver tilskud til lokale initiativer om %s." },
			PartnerKind.ENTHUSIAST, new String[] { "Beboer og ildsjæl, der brænder for %s.",
					"Frivillig i sin afdeling med hjertet i %s." },
			PartnerKind.COMPANY, new String[] { "Leverer løsninger til %s i etageboliger.",
					"Virksomhed med mange års erfaring i %s hos almene boligafdelinger." },
			PartnerKind.MUNICIPALITY, new String[] { "Kommunalt samarbejde om %s.",
					"Kommunens indgang til samarbejde med boligorganisationerne om %s." });

	/** What each theme is about, as a phrase that fits after "om": used in descriptions, needs and files. */
	private static final Map<String, String[]> TOPICS = Map.ofEntries(
			Map.entry("Ensomhed og fællesskab", new String[] { "fællesskaber mod ensomhed", "fællesspisning",
					"netværk mellem naboer", "aktiviteter på tværs af generationer" }),
			Map.entry("Biodiversitet", new String[] { "biodiversitet i udearealerne", "blomsterenge og insekthoteller",
					"regnbede og vild natur", "træer og buske til fugle og insekter" }),
			Map.entry("Klima og energi", new String[] { "energirenovering", "solceller og varmepumper",
					"energibesparelser i boligerne", "klimatilpasning" }),
			Map.entry("Elbilopladning", new String[] { "ladestandere til elbiler", "fælles ladeinfrastruktur",
					"elbiler og delebiler" }),
			Map.entry("Nye boformer", new String[] { "bofællesskaber for seniorer", "klyngeboliger",
					"ungdomsboliger med fællesskab", "nye boformer" }),
			Map.entry("Helhedsrenovering", new String[] { "helhedsrenovering", "fremtidssikring af ældre byggeri",
					"renovering med beboerne boende" }),
			Map.entry("Effektiv drift", new String[] { "effektiv drift", "digitalt driftsoverblik",
					"fælles driftsfællesskaber", "datadrevet vedligehold" }),
			Map.entry("Beskæftigelse og uddannelse", new String[] { "beskæftigelse og uddannelse",
					"lektiehjælp og mentorordninger", "fritidsjob til unge", "vejen til job" }),
			Map.entry("Tryghed", new String[] { "tryghed i boligområdet", "belysning og trygge stier",
					"nattevandring og tryghedsvandringer" }),
			Map.entry("Cirkulært byggeri", new String[] { "cirkulært byggeri", "genbrug af byggematerialer",
					"materialebanker og nedtagning" }),
			Map.entry("Levende lokalsamfund forebygger ensomhed", new String[] { "levende lokalsamfund",
					"mødesteder, der forebygger ensomhed", "foreningsliv i boligområdet" }),
			Map.entry("Eksisterende boligområder imødekommer fremtidens behov", new String[] {
					"fremtidens behov i eksisterende boligområder", "boliger til nye familietyper",
					"tilgængelighed og ombygning" }));

	private static final String[] GENERAL_TOPICS = { "beboerdemokrati", "udvikling af boligområder",
			"fællesskab og bæredygtighed" };

	/** Title beginnings per theme; a place or a group of residents follows. */
	private static final Map<String, String[]> TITLES = Map.ofEntries(
			Map.entry("Ensomhed og fællesskab", new String[] { "Fællesspisning for alle generationer",
					"Nabonetværk mod ensomhed", "Det åbne fælleshus", "Seniorvenner", "Bydelsmødre og nye naboer",
					"Fællesskab i opgangen", "Kaffe og kontakt" }),
			Map.entry("Biodiversitet", new String[] { "Vild natur mellem blokkene", "Blomstereng i stedet for plæne",
					"Insekthoteller og vandhuller", "Regnbede med liv", "Biodiversitet i gårdrummet",
					"Frugtlund og bistader" }),
			Map.entry("Klima og energi", new String[] { "Energirenovering", "Solceller på taget",
					"Varmepumper til fælleshuset", "Energispareambassadører", "Klimatilpasning af udearealer",
					"Lavere varmeregning" }),
			Map.entry("Elbilopladning", new String[] { "Ladestandere til beboerne", "Fælles ladeinfrastruktur",
					"Delebiler og ladepladser", "Elbilopladning i praksis" }),
			Map.entry("Nye boformer", new String[] { "Bofællesskab for seniorer", "Klyngeboliger med fælleshus",
					"Ungdomsboliger med fællesskab", "Bokollektiv for unge og ældre", "Fleksible boliger" }),
			Map.entry("Helhedsrenovering", new String[] { "Helhedsplan", "Fremtidssikring af 60'er-byggeri",
					"Renovering med beboerne", "Nye altaner og bedre indeklima", "Tilgængelige boliger" }),
			Map.entry("Effektiv drift", new String[] { "Digitalt driftsoverblik", "Fælles driftsenhed",
					"Datadrevet vedligehold", "Robotplæneklippere og grøn drift", "Fælles indkøb" }),
			Map.entry("Beskæftigelse og uddannelse", new String[] { "Jobcafé", "Lektiehjælp og vejledning",
					"Unge i fritidsjob", "Vejen til uddannelse", "Mentorer for unge", "Praktik i driften" }),
			Map.entry("Tryghed", new String[] { "Tryghedsvandringer", "Lys og trygge stier", "Nattevandrere",
					"Tryghed i opgangen", "Nye mødesteder" }),
			Map.entry("Cirkulært byggeri", new String[] { "Genbrug af mursten", "Cirkulær renovering",
					"Materialebank", "Genbrugte køkkener", "Nedtagning frem for nedrivning" }),
			Map.entry("Levende lokalsamfund forebygger ensomhed", new String[] { "Levende lokalsamfund",
					"Mødesteder mod ensomhed", "Foreningsliv i boligområdet", "Fællesskab på tværs" }),
			Map.entry("Eksisterende boligområder imødekommer fremtidens behov", new String[] {
					"Fremtidens boliger i eksisterende rammer", "Ombygning til nye behov", "Boliger for livet",
					"Tilgængelighed for alle" }));

	private static final String[] GENERAL_TITLES = { "Fremtidens boligområde", "Beboerne i front",
			"Sammen om udviklingen" };

	private static final String[] BACKGROUND = {
			"Afdelingen %s blev bygget i %d og har %d boliger.",
			"Beboerne i %s har selv peget på behovet på det seneste afdelingsmøde.",
			"Idéen opstod på en udviklingsdag, hvor beboere, medarbejdere og partnere fra %s mødtes.",
			"Vi har set gode resultater i andre boligområder og vil afprøve metoden i %s.",
			"Boligorganisationen ønsker at gøre %s klar til de næste halvtreds år." };

	private static final String[] SOCIAL = {
			"Flere beboere skal have et netværk i hverdagen, så færre føler sig ensomme.",
			"Børn og unge får et fast sted at lave lektier og møde voksne, der tror på dem.",
			"Nye og gamle beboere mødes om konkrete opgaver i stedet for at tale om hinanden.",
			"Projektet styrker beboerdemokratiet ved at give flere en rolle, der passer til deres hverdag.",
			"Trygheden i området skal stige, målt i den årlige tryghedsmåling.",
			"Vi samarbejder med jobcentret om at få flere beboere i job eller uddannelse.",
			"Fællesskabet omkring aktiviteterne skal kunne bære sig selv, når projektperioden slutter.",
			"Ensomhed måles med UCLA-3-skalaen før og efter indsatsen.",
			"Frivillige fra lokale foreninger står for en stor del af aktiviteterne." };

	private static final String[] CLIMATE = {
			"Energiforbruget i boligerne skal ned, uden at huslejen stiger.",
			"Klimaaftrykket opgøres i kg CO2e pr. m² pr. år før og efter indsatsen.",
			"Regnvandet håndteres lokalt i regnbede, som samtidig giver plads til insekter og fugle.",
			"Byggematerialer genbruges, hvor det kan lade sig gøre, og resten sorteres.",
			"Solceller på tagene dækker en del af fællesarealernes elforbrug.",
			"Affaldssorteringen bliver lettere med nye, tydelige affaldsøer tæt på opgangene.",
			"Græsplæner omlægges til blomstereng, og beboerne er med til at vælge arterne.",
			"Varmeforbruget følges måned for måned, så beboerne kan se effekten." };

	private static final String[] ECONOMY = {
			"Besparelserne på drift og forbrug kommer beboerne til gode over huslejen.",
			"Vi regner den samfundsøkonomiske gevinst ud sammen med en forsker.",
			"Investeringen skal være tjent hjem inden for ti år.",
			"Et fælles indkøb på tværs af afdelingerne giver bedre priser.",
			"Færre fraflytninger betyder lavere tomgangsleje og mindre istandsættelse.",
			"Driftspersonalet får bedre data at planlægge vedligeholdelsen efter.",
			"Projektet søger medfinansiering fra Landsbyggefonden og private fonde." };

	private static final String[] METHOD = {
			"Projektet gennemføres i tre faser: forundersøgelse, afprøvning og forankring.",
			"Beboerne inddrages gennem workshops, gåture og korte spørgeskemaer.",
			"En styregruppe med boligorganisationen, afdelingsbestyrelsen og kommunen følger projektet.",
			"Vi deler erfaringerne løbende med andre afdelinger i netværket.",
			"Vi måler effekten med indikatorer på alle tre bundlinjer: den sociale, klimaet og økonomien." };

	private static final String[] RESULTS = {
			"Projektet har afprøvet %s i %d afdelinger.",
			"Resultaterne er samlet i en håndbog og en værktøjskasse med skabeloner, som andre kan bruge.",
			"Målingerne viser en tydelig fremgang på de fleste indikatorer.",
			"Over %d beboere har deltaget i aktiviteterne undervejs." };

	private static final String[] LESSONS = {
			"Det tager længere tid end ventet at inddrage beboerne, men det betaler sig.",
			"Start i det små, og byg videre på det, der virker.",
			"Afsæt tid til driften fra begyndelsen, ellers bliver løsningen ikke holdt ved lige.",
			"Lokale ildsjæle er afgørende, men de skal aflastes, før de brænder ud.",
			"Klare aftaler om ejerskab gør forankringen lettere.",
			"Mål det samme før og efter, og gør det på samme tid af året." };

	private static final String[] STOP_REASONS = { "Finansieringen faldt bort.",
			"Afdelingsmødet stemte imod forslaget.", "Projektet blev lagt sammen med en helhedsplan.",
			"Der var ikke nok tilslutning blandt beboerne." };

	private static final String[] PAUSE_REASONS = { "Afventer svar fra Landsbyggefonden.",
			"Projektlederen er på barsel.", "Afventer kommunens lokalplan.",
			"Sat på pause til efter helhedsrenoveringen." };

	private static final Map<String, String> PARTNER_NEEDS = Map.of(
			"ADVISOR", "En rådgiver, der kan hjælpe med %s fra idé til udbud.",
			"RESEARCHER", "En forsker, der kan følge og evaluere vores arbejde med %s.",
			"CIVIL_SOCIETY", "En lokal forening, der vil drive aktiviteter om %s sammen med os.",
			"FOUNDATION", "En fond, der vil støtte %s.",
			"ENTHUSIAST", "En ildsjæl, der vil gå forrest med %s.",
			"COMPANY", "En virksomhed, der kan levere og drive løsninger til %s.",
			"MUNICIPALITY", "Et samarbejde med kommunen om %s.");

	private NationalWords() {
	}

	static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static String personName(Random random) {
		var surname = pick(random, SURNAMES);
		if (random.nextInt(8) == 0) {
			surname = pick(random, SURNAMES) + " " + surname;
		}
		return pick(random, FIRST_NAMES) + " " + surname;
	}

	/** An address line in the municipality: street, number and postal district. */
	static String address(Random random, int municipalityCode, String municipalityName) {
		return pick(random, STREETS) + " " + (1 + random.nextInt(140)) + ", " + postalTown(municipalityCode,
				municipalityName);
	}

	static String postalTown(int municipalityCode, String municipalityName) {
		return POSTAL_TOWNS.getOrDefault(municipalityCode, municipalityName);
	}

	/** A district: Nord, Syd, Øst, Vest, Midt or a number. */
	static String direction(Random random) {
		return pick(random, DIRECTIONS);
	}

	static String place(Random random) {
		return pick(random, PLACE_STARTS) + pick(random, PLACE_ENDS);
	}

	static String housingOrganisation(Random random, String place, String town) {
		var form = pick(random, HOUSING_FORMS);
		return form.formatted(random.nextInt(3) == 0 ? town : place);
	}

	static String administrationOrganisation(Random random, String town) {
		return pick(random, ADMINISTRATION_FORMS).formatted(town);
	}

	static String department(Random random, String place, int number) {
		var form = pick(random, DEPARTMENT_FORMS);
		var suffix = form.startsWith("%s %s") ? pick(random, DIRECTIONS) : String.valueOf(number);
		return form.formatted(place, suffix);
	}

	static String partnerName(Random random, PartnerKind kind, String town, String municipality) {
		return switch (kind) {
			case ADVISOR -> switch (random.nextInt(5)) {
				case 0 -> pick(random, SURNAMES) + " & " + pick(random, SURNAMES) + " Arkitekter";
				case 1 -> "Rådgivende Ingeniører " + pick(random, SURNAMES) + " A/S";
				case 2 -> "Tegnestuen " + place(random);
				case 3 -> town + " Energirådgivning";
				default -> pick(random, SURNAMES) + " Boligsocial Rådgivning";
			};
			case RESEARCHER -> switch (random.nextInt(3)) {
				case 0 -> "Institut for " + pick(random, RESEARCH_FIELDS) + ", " + pick(random, UNIVERSITIES);
				case 1 -> "Center for " + pick(random, RESEARCH_FIELDS) + ", " + pick(random, UNIVERSITIES);
				default -> "Forskergruppen for " + pick(random, RESEARCH_FIELDS) + " (" + pick(random, SURNAMES) + ")";
			};
			case CIVIL_SOCIETY -> pick(random, ASSOCIATIONS).formatted(random.nextBoolean() ? town : place(random));
			case FOUNDATION -> switch (random.nextInt(4)) {
				case 0 -> pick(random, SURNAMES) + "-Fonden";
				case 1 -> "Fonden for " + pick(random, CAUSES);
				case 2 -> town + " Sparekasses Fond";
				default -> pick(random, FIRST_NAMES) + " og " + pick(random, FIRST_NAMES) + " "
						+ pick(random, SURNAMES) + "s Legat";
			};
			case ENTHUSIAST -> personName(random);
			case COMPANY -> switch (random.nextInt(3)) {
				case 0 -> pick(random, COMPANY_STARTS) + pick(random, COMPANY_ENDS).toLowerCase() + " ApS";
				case 1 -> pick(random, SURNAMES) + "s " + pick(random, COMPANY_ENDS) + " A/S";
				default -> town + " " + pick(random, COMPANY_ENDS);
			};
			case MUNICIPALITY -> municipality + " Kommune, " + pick(random, ADMINISTRATIONS);
		};
	}

	static String partnerDescription(Random random, PartnerKind kind, String theme) {
		return pick(random, PARTNER_DESCRIPTIONS.get(kind)).formatted(topic(random, theme));
	}

	static String partnerTitle(Random random, PartnerKind kind) {
		return pick(random, PARTNER_TITLES.get(kind));
	}

	static String topic(Random random, String theme) {
		return pick(random, TOPICS.getOrDefault(theme, GENERAL_TOPICS));
	}

	/** A project title: what is done, and where or for whom. */
	static String projectTitle(Random random, String theme, String department, String town) {
		var base = pick(random, TITLES.getOrDefault(theme, GENERAL_TITLES));
		return switch (random.nextInt(4)) {
			case 0 -> base + " i " + department;
			case 1 -> base + " i " + town;
			case 2 -> base + " – " + department;
			default -> base + " på tværs af " + (2 + random.nextInt(9)) + " afdelinger";
		};
	}

	static String projectSummary(Random random, String theme, String department) {
		return "Sammen med beboerne i %s arbejder vi med %s. %s".formatted(department, topic(random, theme),
				pick(random, random.nextBoolean() ? SOCIAL : random.nextBoolean() ? CLIMATE : ECONOMY));
	}

	/** A description in paragraphs: background, the three bottom lines, the method. */
	static String projectDescription(Random random, String theme, String department, int built, int homes) {
		var background = BACKGROUND[random.nextInt(BACKGROUND.length)];
		var first = background.contains("%d") ? background.formatted(department, built, homes)
				: background.formatted(department);
		return String.join("\n\n", first + " Projektet handler om " + topic(random, theme) + ".",
				"Socialt: " + pick(random, SOCIAL) + " " + pick(random, SOCIAL),
				"Klima: " + pick(random, CLIMATE) + " " + pick(random, CLIMATE),
				"Økonomi: " + pick(random, ECONOMY) + " " + pick(random, ECONOMY),
				pick(random, METHOD) + " " + pick(random, METHOD));
	}

	static String results(Random random, String theme) {
		return String.join(" ", RESULTS[0].formatted(topic(random, theme), 1 + random.nextInt(12)), RESULTS[1],
				RESULTS[2], RESULTS[3].formatted(20 + 10 * random.nextInt(40)));
	}

	static String lessons(Random random) {
		String first = pick(random, LESSONS);
		String second = pick(random, LESSONS);
		return first.equals(second) ? first : first + " " + second;
	}

	static String stopReason(Random random) {
		return pick(random, STOP_REASONS);
	}

	static String pauseReason(Random random) {
		return pick(random, PAUSE_REASONS);
	}

	/** What a project looks for, written as the project would. */
	static String need(Random random, String kind, String partnerKind, String theme) {
		var topic = topic(random, theme);
		return switch (kind) {
			case "KNOWLEDGE" -> pick(random, new String[] { "Vi søger viden om %s, gerne fra forskning eller rådgivning.",
					"Hvem kan hjælpe os med at forstå, hvad der virker inden for %s?",
					"Vi mangler data og erfaringstal om %s til vores forundersøgelse." }).formatted(topic);
			case "EXPERIENCE" -> pick(random, new String[] { "Har I erfaring med %s? Vi vil gerne besøge jer.",
					"Vi søger en afdeling, der har prøvet %s, til sparring.",
					"Del jeres erfaringer med %s på et netværksmøde hos os." }).formatted(topic);
			case "FUNDS" -> pick(random, new String[] { "Medfinansiering til %s.",
					"Vi søger midler til afprøvning af %s i to afdelinger.",
					"Tilskud til materialer og aktiviteter om %s." }).formatted(topic);
			case "VOLUNTEERING" -> pick(random, new String[] { "Frivillige til aktiviteter om %s, et par timer om ugen.",
					"Vi søger frivillige, der vil hjælpe beboerne i gang med %s.",
					"Ildsjæle til en arbejdsdag om %s en lørdag i foråret." }).formatted(topic);
			default -> PARTNER_NEEDS.getOrDefault(partnerKind, "En partner til %s.").formatted(topic);
		};
	}


	/** One indicator of the catalogue: bottom line, name, unit, typical baseline, change towards the target. */
	record IndicatorKind(String bottomLine, String name, String unit, double low, double high, double change,
			String sdgs) {
	}

	static final List<IndicatorKind> INDICATORS = List.of(
			new IndicatorKind("SOCIAL", "Beboere i beskæftigelse", "%", 35, 65, 0.12, "8"),
			new IndicatorKind("SOCIAL", "Unge i uddannelse eller job", "%", 60, 90, 0.08, "4,8"),
			new IndicatorKind("SOCIAL", "Beboere, der føler sig trygge", "%", 55, 85, 0.10, "11,16"),
			new IndicatorKind("SOCIAL", "Ensomhed (UCLA-3)", "point (3–9)", 4.5, 6.5, -0.15, "3,10"),
			new IndicatorKind("SOCIAL", "Deltagere i fællesaktiviteter", "deltagere pr. måned", 10, 120, 0.5, "3,11"),
			new IndicatorKind("SOCIAL", "Aktive frivillige", "personer", 2, 40, 0.6, "11,17"),
			new IndicatorKind("SOCIAL", "Fremmøde på afdelingsmødet", "% af husstandene", 5, 25, 0.4, "16"),
			new IndicatorKind("SOCIAL", "Fraflytning", "% pr. år", 6, 18, -0.2, "11"),
			new IndicatorKind("CLIMATE", "Klimaaftryk", "kg CO2e/m²/år", 8, 20, -0.3, "7,13"),
			new IndicatorKind("CLIMATE", "Varmeforbrug", "kWh/m²/år", 90, 160, -0.25, "7,13"),
			new IndicatorKind("CLIMATE", "Elforbrug i fællesarealer", "kWh/år", 20_000, 250_000, -0.2, "7"),
			new IndicatorKind("CLIMATE", "Vandforbrug", "m³/år", 5_000, 80_000, -0.15, "6"),
			new IndicatorKind("CLIMATE", "Restaffald", "tons/år", 40, 600, -0.25, "12"),
			new IndicatorKind("CLIMATE", "Sorteret affald", "%", 20, 50, 0.4, "12"),
			new IndicatorKind("CLIMATE", "Biodiverst areal", "m²", 0, 3_000, 1.5, "15"),
			new IndicatorKind("CLIMATE", "Ladepunkter til elbiler", "antal", 0, 10, 2.0, "7,11"),
			new IndicatorKind("ECONOMIC", "Driftsudgifter", "kr. pr. m²/år", 120, 260, -0.1, "11"),
			new IndicatorKind("ECONOMIC", "Besparelse på energi", "kr./år", 0, 200_000, 1.0, "7"),
			new IndicatorKind("ECONOMIC", "Tomgangsleje", "kr./år", 50_000, 900_000, -0.3, "11"),
			new IndicatorKind("ECONOMIC", "Vedligeholdelsesudgifter", "kr./år", 200_000, 4_000_000, -0.1, "11,12"),
			new IndicatorKind("ECONOMIC", "Samfundsøkonomisk gevinst", "kr.", 0, 2_000_000, 1.0, "8,10"));

	/** Names of development days' themes and the words their programmes are made of. */
	static final String[] DAY_THEMES = { "Levende lokalsamfund forebygger ensomhed",
			"Eksisterende boligområder imødekommer fremtidens behov", "Grøn omstilling i almene boligområder",
			"Biodiversitet mellem blokkene", "Fællesskaber på tværs af generationer", "Tryghed og trivsel",
			"Cirkulært byggeri i praksis", "Unge, uddannelse og job", "Effektiv og grøn drift",
			"Nye boformer til nye behov" };

	static final String[] VENUES = { "%s Kulturhus", "Medborgerhuset %s", "Fælleshuset i %s", "%s Rådhus",
			"Beboerhuset %s", "%s Bibliotek", "Aktivitetshuset %s", "Kulturcenteret %s" };

	static final String[][] PROGRAMME = { { "09:00", "09:30", "Ankomst og morgenmad" },
			{ "09:30", "10:00", "Velkomst og dagens formål" }, { "10:00", "10:45", "Oplæg: erfaringer fra andre boligområder" },
			{ "10:45", "12:00", "Idéværksted i grupper" }, { "12:00", "12:45", "Frokost" },
			{ "12:45", "14:15", "Projektgrupper dannes" }, { "14:15", "15:00", "Opsamling og næste skridt" } };

	static final String[] DIETS = { "Vegetar", "Glutenfri", "Laktosefri", "Halal", "Ingen nødder", "Vegansk" };

	static final String[] ACCESS = { "Kørestol", "Høreslynge", "Ledsager", "Plads tæt på udgangen" };

	/** The kinds of files in a toolbox: a title pattern with the project's topic. */
	static final String[] FILE_TITLES = { "Håndbog: %s", "Værktøjskasse: %s", "Skabelon til %s",
			"Spørgeskema om %s", "Tjekliste: %s", "Erfaringsopsamling om %s", "Slutrapport: %s",
			"Drejebog for %s", "Budgetskabelon: %s", "Måleskema: %s" };

	static String fileParagraph(Random random, String theme) {
		return switch (random.nextInt(4)) {
			case 0 -> pick(random, SOCIAL) + " " + pick(random, METHOD);
			case 1 -> pick(random, CLIMATE) + " " + pick(random, ECONOMY);
			case 2 -> pick(random, LESSONS) + " Det gælder også for " + topic(random, theme) + ".";
			default -> pick(random, METHOD) + " " + pick(random, SOCIAL);
		};
	}

	/** A lower-case name for addresses on the web: æ, ø and å spelled out, other signs as hyphens. */
	static String slug(String text) {
		return DemoData.slug(text);
	}

	/** Big cities weigh more when organisations and partners choose a home municipality. */
	static int weight(int municipalityCode) {
		return switch (municipalityCode) {
			case 101 -> 30;
			case 751 -> 16;
			case 461 -> 10;
			case 851 -> 10;
			case 147, 159, 167, 175, 153, 169, 183, 165, 265, 259, 630, 621, 561, 730, 615, 657, 740, 791, 370, 330
				-> 4;
			default -> 1;
		};
	}


	private static Map<Integer, String> postalTowns() {
		var towns = new HashMap<Integer, String>();
		String[] entries = { "101=2300 København S", "147=2000 Frederiksberg", "151=2750 Ballerup",
				"153=2605 Brøndby", "155=2791 Dragør", "157=2820 Gentofte", "159=2860 Søborg", "161=2600 Glostrup",
				"163=2730 Herlev", "165=2620 Albertslund", "167=2650 Hvidovre", "169=2630 Taastrup",
				"173=2800 Kongens Lyngby", "175=2610 Rødovre", "183=2635 Ishøj", "185=2770 Kastrup",
				"187=2625 Vallensbæk", "190=3520 Farum", "201=3450 Allerød", "210=3480 Fredensborg",
				"217=3000 Helsingør", "219=3400 Hillerød", "223=2970 Hørsholm", "230=2840 Holte",
				"240=3650 Ølstykke", "250=3600 Frederikssund", "260=3200 Helsinge", "270=3300 Frederiksværk",
				"400=3700 Rønne", "253=2670 Greve", "259=4600 Køge", "265=4000 Roskilde", "269=2680 Solrød Strand",
				"306=4500 Nykøbing Sj", "316=4300 Holbæk", "320=4640 Faxe", "326=4400 Kalundborg",
				"329=4100 Ringsted", "330=4200 Slagelse", "336=4660 Store Heddinge", "340=4180 Sorø",
				"350=4320 Lejre", "360=4900 Nakskov", "370=4700 Næstved", "376=4800 Nykøbing F",
				"390=4760 Vordingborg", "410=5500 Middelfart", "420=5610 Assens", "430=5600 Faaborg",
				"440=5300 Kerteminde", "450=5800 Nyborg", "461=5000 Odense C", "479=5700 Svendborg",
				"480=5400 Bogense", "482=5900 Rudkøbing", "492=5970 Ærøskøbing", "510=6100 Haderslev",
				"530=7190 Billund", "540=6400 Sønderborg", "550=6270 Tønder", "561=6700 Esbjerg", "563=6720 Fanø",
				"573=6800 Varde", "575=6600 Vejen", "580=6200 Aabenraa", "607=7000 Fredericia", "621=6000 Kolding",
				"630=7100 Vejle", "615=8700 Horsens", "657=7400 Herning", "661=7500 Holstebro", "665=7620 Lemvig",
				"671=7600 Struer", "706=8400 Ebeltoft", "707=8500 Grenaa", "710=8450 Hammel", "727=8300 Odder",
				"730=8900 Randers C", "740=8600 Silkeborg", "741=8305 Samsø", "746=8660 Skanderborg",
				"751=8000 Aarhus C", "756=7430 Ikast", "760=6950 Ringkøbing", "766=8722 Hedensted", "779=7800 Skive",
				"791=8800 Viborg", "773=7900 Nykøbing M", "787=7700 Thisted", "810=9700 Brønderslev",
				"813=9900 Frederikshavn", "820=9600 Aars", "825=9940 Læsø", "840=9520 Skørping", "846=9500 Hobro",
				"849=9440 Aabybro", "851=9000 Aalborg", "860=9800 Hjørring" };
		for (var entry : entries) {
			int eq = entry.indexOf('=');
			towns.put(Integer.valueOf(entry.substring(0, eq)), entry.substring(eq + 1));
		}
		return Map.copyOf(towns);
	}
}
