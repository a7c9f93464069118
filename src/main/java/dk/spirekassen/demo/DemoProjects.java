package dk.spirekassen.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.Stage;
import dk.spirekassen.projects.Visibility;

/**
 * The texts of the demo projects: about thirty projects in every stage, and per theme the indicators they measure
 * and the needs they announce.
 */
final class DemoProjects {

	static final String LONELINESS = "Ensomhed og fællesskab";

	static final String BIODIVERSITY = "Biodiversitet";

	static final String CLIMATE = "Klima og energi";

	static final String EV_CHARGING = "Elbilopladning";

	static final String HOUSING_FORMS = "Nye boformer";

	static final String RENOVATION = "Helhedsrenovering";

	static final String OPERATIONS = "Effektiv drift";

	static final String EMPLOYMENT = "Beskæftigelse og uddannelse";

	static final String SAFETY = "Tryghed";

	static final String CIRCULAR = "Cirkulært byggeri";

	private DemoProjects() {
	}

	/**
	 * One demo project. {@code via} is the stage a paused or stopped project was in, {@code reason} why it was
	 * paused or stopped; {@code demoMember} makes the demo member's organisation the owner and the demo member the
	 * lead; {@code byPartner} has the demo partner propose it as an idea, with the demo member's organisation
	 * proposed (not yet accepted) as owner.
	 */
	record Spec(Stage stage, Visibility visibility, Region region, List<String> themes, String title, String summary,
			String description, String results, String lessons, Stage via, String reason, boolean demoMember,
			boolean byPartner) {

		Spec finished(String results, String lessons) {
			return new Spec(stage, visibility, region, themes, title, summary, description, results, lessons, via,
					reason, demoMember, byPartner);
		}

		Spec halted(Stage via, String reason) {
			return new Spec(stage, visibility, region, themes, title, summary, description, results, lessons, via,
					reason, demoMember, byPartner);
		}

		Spec ofDemoMember() {
			return new Spec(stage, visibility, region, themes, title, summary, description, results, lessons, via,
					reason, true, byPartner);
		}

		Spec ofDemoPartner() {
			return new Spec(stage, visibility, region, themes, title, summary, description, results, lessons, via,
					reason, demoMember, true);
		}
	}

	/** An indicator a project on a theme typically measures, with a typical baseline and target. */
	record Metric(BottomLine line, String name, String unit, double baseline, double target, Set<Integer> sdgs) {

		/**
		 * The indicator of the catalogue (migration V28) a demo indicator in this unit measures, so that they add up
		 * across projects; null for one a project defines itself (consumption, shares of other things, counts).
		 */
		String definitionCode() {
			return switch (unit) {
				case "beboere nået" -> "beboere-deltager";
				case "frivillige timer" -> "frivillige-timer";
				case "kr. sparet" -> "kr-sparet";
				case "m² biodiverst areal" -> "biodiverst-areal";
				case "ladepunkter" -> "ladepunkter";
				case "% ensomme (UCLA-3)" -> "ensomhed-ucla3";
				default -> null;
			};
		}
	}

	/** A need a project on a theme typically announces. */
	record NeedIdea(NeedKind kind, PartnerKind partnerKind, Long amount, String description) {
	}

	private static Spec spec(Stage stage, Visibility visibility, Region region, List<String> themes, String title,
			String summary, String description) {
		return new Spec(stage, visibility, region, themes, title, summary, description, null, null, null, null, false,
				false);
	}

	private static Metric social(String name, String unit, double baseline, double target, Integer... sdgs) {
		return new Metric(BottomLine.SOCIAL, name, unit, baseline, target, Set.of(sdgs));
	}

	private static Metric climate(String name, String unit, double baseline, double target, Integer... sdgs) {
		return new Metric(BottomLine.CLIMATE, name, unit, baseline, target, Set.of(sdgs));
	}

	private static Metric economic(String name, String unit, double baseline, double target, Integer... sdgs) {
		return new Metric(BottomLine.ECONOMIC, name, unit, baseline, target, Set.of(sdgs));
	}

	private static NeedIdea need(NeedKind kind, String description) {
		return new NeedIdea(kind, null, null, description);
	}

	private static NeedIdea partner(PartnerKind kind, String description) {
		return new NeedIdea(NeedKind.PARTNER, kind, null, description);
	}

	private static NeedIdea funds(long amount, String description) {
		return new NeedIdea(NeedKind.FUNDS, null, amount, description);
	}

	/** The foundation in the directory that a project on each theme applies to first. */
	static final Map<String, String> FOUNDATIONS = Map.of(
			LONELINESS, "Fonden for Levende Lokalsamfund",
			BIODIVERSITY, "Den Grønne Omstillingsfond",
			CLIMATE, "Den Grønne Omstillingsfond",
			EV_CHARGING, "Den Grønne Omstillingsfond",
			HOUSING_FORMS, "Boligudviklingsfonden",
			RENOVATION, "Fonden for Bæredygtigt Byggeri",
			OPERATIONS, "Boligudviklingsfonden",
			EMPLOYMENT, "Børn og Unges Fond",
			SAFETY, "Kulturmødefonden",
			CIRCULAR, "Fonden for Bæredygtigt Byggeri");

	/** Advisors and researchers in the directory whose work fits each theme. */
	static final Map<String, List<String>> EXPERTS = Map.of(
			LONELINESS, List.of("Forskergruppen for Ensomhed og Fællesskab", "Byliv & Fællesskab ApS"),
			BIODIVERSITY, List.of("Biodiversitetslaboratoriet", "Landskab og Natur Tegnestue"),
			CLIMATE, List.of("Institut for Bæredygtigt Byggeri", "Driftsanalyse Danmark"),
			EV_CHARGING, List.of("Ladeklar Rådgivning", "Center for Boligøkonomi"),
			HOUSING_FORMS, List.of("Center for Boligforskning", "Byliv & Fællesskab ApS"),
			RENOVATION, List.of("Beboerinddragelse.nu", "Institut for Bæredygtigt Byggeri"),
			OPERATIONS, List.of("Driftsanalyse Danmark", "Center for Boligøkonomi"),
			EMPLOYMENT, List.of("Velfærdsøkonomisk Analyseenhed", "Center for Boligforskning"),
			SAFETY, List.of("Center for Boligforskning", "Byliv & Fællesskab ApS"),
			CIRCULAR, List.of("Cirkulær Byg Rådgivning", "Institut for Bæredygtigt Byggeri"));

	static final Map<String, List<Metric>> METRICS = Map.of(
			LONELINESS, List.of(
					social("Beboere, der ofte føler sig ensomme", "% ensomme (UCLA-3)", 19, 12, 3, 10),
					social("Beboere, der deltager i fællesskabet", "beboere nået", 0, 140, 11),
					social("Frivillige timer i fællesskabet", "frivillige timer", 0, 1_200, 17),
					economic("Sparede kommunale udgifter til forebyggelse", "kr. sparet", 0, 240_000, 3)),
			BIODIVERSITY, List.of(
					climate("Omlagt til biodiverst areal", "m² biodiverst areal", 0, 2_400, 15, 11),
					climate("Registrerede arter af bestøvere", "arter", 7, 19, 15),
					social("Beboere, der deltager i plantedage", "beboere nået", 0, 85, 11),
					economic("Sparet på græsslåning og pleje", "kr. sparet", 0, 55_000, 12)),
			CLIMATE, List.of(
					climate("Varmeforbrug i afdelingerne", "kWh", 1_850_000, 1_450_000, 7, 13),
					climate("Klimaaftryk fra driften", "kg CO2e/m²/år", 14.5, 9.5, 13),
					economic("Besparelse på fællesudgifter til energi", "kr. sparet", 0, 380_000, 7),
					social("Husstande, der har fået energirådgivning", "beboere nået", 0, 320, 7, 12)),
			EV_CHARGING, List.of(
					climate("Ladepunkter i drift", "ladepunkter", 0, 36, 7, 11),
					climate("Opladet strøm", "kWh", 0, 110_000, 7, 13),
					economic("Driftsudgifter dækket af brugerbetaling", "kr. sparet", 0, 85_000, 11),
					social("Beboere med adgang til opladning", "beboere nået", 0, 550, 11)),
			HOUSING_FORMS, List.of(
					social("Beboere, der ofte føler sig ensomme", "% ensomme (UCLA-3)", 24, 14, 3, 11),
					social("Beboere, der har nogen at spørge om hjælp", "% af beboerne", 58, 85, 11),
					climate("Boligareal pr. beboer", "m² pr. beboer", 61, 47, 11, 12),
					economic("Sparet tomgangsleje", "kr. sparet", 0, 160_000, 11)),
			RENOVATION, List.of(
					climate("Klimaaftryk af renoveringen", "kg CO2e/m²/år", 11.8, 8.0, 12, 13),
					climate("Energiforbrug til opvarmning", "kWh", 2_400_000, 1_550_000, 7, 13),
					social("Beboere, der deltog i workshops", "beboere nået", 0, 260, 11, 16),
					economic("Sparet på genhusning", "kr. sparet", 0, 700_000, 11)),
			OPERATIONS, List.of(
					economic("Driftsudgifter pr. bolig", "kr. pr. bolig", 9_800, 8_650, 8, 11),
					economic("Besparelse på fælles indkøb", "kr. sparet", 0, 1_150_000, 12),
					climate("Restaffald til forbrænding", "ton affald", 410, 295, 12),
					social("Beboere, der er tilfredse med driften", "% tilfredse", 71, 85, 11)),
			EMPLOYMENT, List.of(
					social("Unge i job eller uddannelse", "% af 18-29-årige", 62, 75, 4, 8),
					social("Unge i fritidsjob", "unge i job", 0, 40, 8),
					social("Frivillige timer i lektiecaféen", "frivillige timer", 0, 900, 4, 17),
					economic("Sparet på offentlig forsørgelse", "kr. sparet", 0, 1_400_000, 1, 8)),
			SAFETY, List.of(
					social("Beboere, der føler sig trygge om aftenen", "% trygge", 64, 80, 11, 16),
					social("Anmeldte sager om hærværk", "sager pr. år", 46, 24, 16),
					economic("Udgifter til udbedring af hærværk", "kr. sparet", 0, 150_000, 16),
					climate("Energi til udendørs belysning", "kWh", 96_000, 61_000, 7)),
			CIRCULAR, List.of(
					climate("Genbrugte byggematerialer", "ton", 0, 180, 12),
					climate("Klimaaftryk af byggeriet", "kg CO2e/m²/år", 12.0, 7.5, 12, 13),
					climate("Affald fra byggepladsen", "ton affald", 350, 210, 12),
					economic("Sparet på materialeindkøb", "kr. sparet", 0, 290_000, 12)));

	static final Map<String, List<NeedIdea>> NEEDS = Map.of(
			LONELINESS, List.of(
					need(NeedKind.VOLUNTEERING, "Frivillige, der vil stå for madlavningen en aften om ugen."),
					partner(PartnerKind.RESEARCHER, "En forsker, der kan måle ensomhed med UCLA-3 før og efter."),
					funds(150_000, "Køkkenudstyr, råvarer og husleje til fælleslokalet det første år."),
					need(NeedKind.KNOWLEDGE, "Viden om, hvordan vi når de beboere, der ikke selv kommer.")),
			BIODIVERSITY, List.of(
					need(NeedKind.KNOWLEDGE, "En biolog, der kan kortlægge arter før og efter omlægningen."),
					partner(PartnerKind.CIVIL_SOCIETY, "En lokal naturforening, der vil være med til plejen."),
					need(NeedKind.VOLUNTEERING, "Beboere og frivillige til plantedage forår og efterår."),
					need(NeedKind.EXPERIENCE, "Erfaringer med at omlægge græsplæner til vild eng.")),
			CLIMATE, List.of(
					partner(PartnerKind.ADVISOR, "En energirådgiver, der kan lave en varmeplan for afdelingerne."),
					funds(450_000, "Medfinansiering af fjernaflæste målere og styring."),
					need(NeedKind.KNOWLEDGE, "Viden om beboernes energivaner og hvad der flytter dem."),
					partner(PartnerKind.COMPANY, "En leverandør af solceller med en driftsaftale.")),
			EV_CHARGING, List.of(
					need(NeedKind.KNOWLEDGE, "Juridisk afklaring af brugerbetaling og afdelingsmødets rolle."),
					partner(PartnerKind.COMPANY, "En operatør, der kan installere og drive ladestandere."),
					need(NeedKind.EXPERIENCE, "Erfaringer fra afdelinger, der allerede har ladestandere.")),
			HOUSING_FORMS, List.of(
					need(NeedKind.KNOWLEDGE, "En arkitekt med erfaring i fællesskabsorienteret indretning."),
					partner(PartnerKind.MUNICIPALITY, "En kommune, der vil aftale anvisning til boligerne."),
					funds(400_000, "Ombygning af fælleshus og fælleskøkken."),
					need(NeedKind.EXPERIENCE, "Erfaringer med at sammensætte beboergrupper på tværs af alder.")),
			RENOVATION, List.of(
					partner(PartnerKind.ADVISOR, "En rådgiver i beboerinddragelse under byggeriet."),
					need(NeedKind.KNOWLEDGE, "Viden om livscyklusvurdering (LCA) af renoveringen."),
					funds(900_000, "Medfinansiering af ekstra isolering og genbrug af materialer."),
					need(NeedKind.VOLUNTEERING, "Beboere, der vil være genhusningsambassadører.")),
			OPERATIONS, List.of(
					need(NeedKind.KNOWLEDGE, "Benchmarking af driftsudgifter mod sammenlignelige afdelinger."),
					partner(PartnerKind.COMPANY, "En IT-leverandør til digital fejlmelding."),
					need(NeedKind.EXPERIENCE, "Erfaringer med driftsfællesskaber på tværs af organisationer.")),
			EMPLOYMENT, List.of(
					partner(PartnerKind.MUNICIPALITY, "Jobcentret som fast deltager i projektgruppen."),
					need(NeedKind.VOLUNTEERING, "Lektiehjælpere to eftermiddage om ugen."),
					partner(PartnerKind.CIVIL_SOCIETY, "En forening, der kan drive aktiviteterne videre."),
					funds(200_000, "Løn til en koordinator i halvandet år.")),
			SAFETY, List.of(
					partner(PartnerKind.MUNICIPALITY, "SSP og lokalpolitiet til tryghedsvandringer."),
					need(NeedKind.KNOWLEDGE, "Viden om belysning, der skaber tryghed uden lysforurening."),
					need(NeedKind.VOLUNTEERING, "Opgangsambassadører i hver blok."),
					funds(120_000, "Ny belysning på stierne mellem blokkene.")),
			CIRCULAR, List.of(
					partner(PartnerKind.COMPANY, "En virksomhed, der kan nedtage og rense tegl til genbrug."),
					need(NeedKind.KNOWLEDGE, "En LCA-beregner, der kender BR18's krav."),
					funds(600_000, "Merudgifter til selektiv nedrivning."),
					need(NeedKind.EXPERIENCE, "Erfaringer med udbud, der kræver genbrugte materialer.")));

	/** The message a partner sends with an offer, by the kind of need. */
	static final Map<NeedKind, String> OFFER_MESSAGES = Map.of(
			NeedKind.KNOWLEDGE, "Vi har arbejdet med netop dette i flere boligområder og deler gerne vores viden "
					+ "på et møde i projektgruppen.",
			NeedKind.EXPERIENCE, "Vi har gjort det før og kan fortælle, hvad der virkede, og hvad vi ville gøre "
					+ "anderledes.",
			NeedKind.FUNDS, "Projektet passer til vores strategi. Send os en ansøgning, så behandler vi den på "
					+ "næste bestyrelsesmøde.",
			NeedKind.VOLUNTEERING, "Vi har frivillige i området, der gerne vil være med. Skal vi aftale et møde?",
			NeedKind.PARTNER, "Vi vil gerne være partner i projektet og kan stille med en fast kontaktperson.");

	static final List<Spec> PROJECTS = List.of(
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.MIDTJYLLAND, List.of(LONELINESS),
					"Fællesspisning i opgangen",
					"Ugentlig fællesspisning, hvor beboere på tværs af alder og baggrund mødes om maden.",
					"""
					Mange beboere spiser alene hver dag. Vi inviterer til fællesspisning hver torsdag i fælleshuset, \
					og beboerne laver selv maden på skift med hjælp fra frivillige.

					- Fast pris: 25 kr. for voksne, gratis for børn
					- Madhold på tværs af opgange
					- Måling af ensomhed med UCLA-3 ved start og hvert halve år
					""").ofDemoMember(),
			spec(Stage.COMPLETED, Visibility.PUBLIC, Region.SJAELLAND, List.of(LONELINESS),
					"Besøgsvenner til ældre beboere",
					"Frivillige besøgsvenner til ældre, der bor alene og sjældent kommer ud.",
					"""
					Sammen med frivilligcentret matchede vi ældre beboere med besøgsvenner fra lokalområdet. \
					Ejendomsfunktionærerne hjalp med at finde dem, der havde mest brug for det.
					""")
				.finished("""
					42 ældre fik en fast besøgsven, og andelen, der ofte føler sig ensomme, faldt fra 23 % til 14 %. \
					Ejendomsfunktionærerne var den vigtigste kanal til at finde deltagerne.""", null),
			spec(Stage.IDEA, Visibility.PUBLIC, Region.NORDJYLLAND, List.of(LONELINESS),
					"Digitale mødesteder for ældre beboere",
					"Tablets, hjælp og faste onlinemøder, så ældre beboere kan holde kontakten.",
					"""
					Idé fra beboermødet: en lånebank af tablets og en fast ugentlig hjælpetid i beboerhuset, \
					hvor unge beboere hjælper ældre med videoopkald og digitale fællesskaber.
					"""),
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.SYDDANMARK, List.of(BIODIVERSITY),
					"Vild med vilje – bede til bestøvere",
					"Græsplæner bliver til blomstereng og insektbede, passet af beboerne selv.",
					"""
					Afdelingen omlægger 2.400 m² klippet græs til vilde bede, blomstereng og faunahoteller. \
					Beboerne er med til at så, plante og tælle insekter hver sommer.
					"""),
			spec(Stage.PROJECT_GROUP, Visibility.PUBLIC, Region.HOVEDSTADEN, List.of(BIODIVERSITY, CLIMATE),
					"Regnvandsbede og skybrudssikring",
					"Regnvand fra tagene ledes til bede og lavninger i stedet for kloakken.",
					"""
					Afdelingen har haft vand i kældrene tre gange på ti år. Projektgruppen undersøger, hvordan \
					regnvandet kan håndteres lokalt i bede, der samtidig giver mere natur og bedre udeophold.
					"""),
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.MIDTJYLLAND, List.of(CLIMATE, OPERATIONS),
					"Energistyring med fjernaflæste målere",
					"Timeaflæste målere og automatisk styring skal skære varmeforbruget i fire afdelinger.",
					"""
					Fjernaflæste målere på varme og vand giver driften og beboerne overblik over forbruget. \
					Med styring af fremløbstemperaturen regner vi med at spare op mod 20 % på varmen.
					"""),
			spec(Stage.COMPLETED, Visibility.PUBLIC, Region.SYDDANMARK, List.of(CLIMATE),
					"Solceller på etageboligernes tage",
					"Fælles solcelleanlæg på seks blokke, hvor strømmen bruges i fællesarealer og vaskerier.",
					"""
					Projektet afprøvede en model, hvor afdelingen ejer anlægget og bruger strømmen selv. \
					Vi undersøgte også, hvordan beboerne kan få del i strømmen gennem en fælles måler.
					""")
				.finished("""
					Anlæggene producerer 310 MWh om året, og afdelingens udgift til fællesstrøm er faldet med 38 %. \
					Tilbagebetalingstiden er beregnet til 9 år.""", """
					Tag kontakt til netselskabet tidligt; tilslutningen tog længere tid end montagen."""),
			spec(Stage.PAUSED, Visibility.MEMBERS, Region.NORDJYLLAND, List.of(CLIMATE),
					"Varmepumper i rækkehusafdelinger",
					"Afdelinger uden fjernvarme skifter oliefyr og elvarme ud med luft-til-vand-varmepumper.",
					"""
					Tre rækkehusafdelinger på landet har stadig individuel opvarmning. Projektet afprøver \
					fælles indkøb og service af varmepumper.
					""")
				.halted(Stage.RUNNING, "Sat på pause, indtil Landsbyggefonden har svaret på ansøgningen om støtte."),
			spec(Stage.PROJECT_GROUP, Visibility.PUBLIC, Region.SJAELLAND, List.of(EV_CHARGING),
					"Fælles ladeinfrastruktur i mindre byer",
					"Små afdelinger går sammen om én operatør og ét udbud af ladestandere.",
					"""
					Værktøjskassen fra 2022 viser vejen for store afdelinger. Her afprøver vi, om små afdelinger \
					i mindre byer kan gå sammen om ét udbud, så det også kan betale sig for dem.
					"""),
			spec(Stage.IDEA, Visibility.PUBLIC, Region.HOVEDSTADEN, List.of(EV_CHARGING, CLIMATE),
					"Delebiler for beboere",
					"Elektriske delebiler på afdelingens parkeringsplads, som beboerne booker i en app.",
					"""
					Mange beboere har ikke råd til egen bil, men har brug for en bil en gang imellem. \
					Idéen er to elektriske delebiler, der lades på afdelingens egne ladestandere.
					""").ofDemoPartner(),
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.MIDTJYLLAND, List.of(HOUSING_FORMS),
					"Bofællesskab for seniorer 55+",
					"En eksisterende blok bygges om til seniorbofællesskab med fælleshus og fælles have.",
					"""
					Ventelisten til seniorboliger er lang, og mange ældre bor alene i store familieboliger. \
					Vi bygger 24 boliger om til et seniorbofællesskab og frigør samtidig familieboliger.
					""").ofDemoMember(),
			spec(Stage.PROJECT_GROUP, Visibility.MEMBERS, Region.HOVEDSTADEN, List.of(HOUSING_FORMS),
					"Klyngeboliger for unge med særlige behov",
					"Små boliger i klynger med fælles køkken og en fast kontaktperson.",
					"""
					Sammen med kommunen undersøger vi, om klyngeboliger kan give unge med særlige behov \
					en tryg start på eget liv.
					"""),
			spec(Stage.ANCHORED, Visibility.PUBLIC, Region.SYDDANMARK, List.of(HOUSING_FORMS, LONELINESS),
					"Generationsboliger – unge og ældre under samme tag",
					"Studerende bor billigt mod at give tid til de ældre naboer.",
					"""
					Otte studerende flyttede ind i en afdeling med mange ældre beboere. Til gengæld for en lavere \
					husleje giver de fire timers nabohjælp om ugen.
					""")
				.finished("""
					Alle otte boliger var udlejet hele perioden, og de ældre beboere oplever mindre ensomhed. \
					Modellen er nu skrevet ind i afdelingens udlejningsregler.""", """
					Forventningerne skal afstemmes skriftligt fra start, og nogen skal eje koordineringen."""),
			spec(Stage.COMPLETED, Visibility.PUBLIC, Region.NORDJYLLAND, List.of(RENOVATION),
					"Beboerinddragelse i helhedsplanen",
					"Workshops, prøvelejligheder og beboerpanel før den store renovering.",
					"""
					Før en helhedsrenovering til 480 mio. kr. inddrog vi beboerne i valg af køkkener, \
					udearealer og genhusning gennem workshops og en prøvelejlighed.
					""")
				.finished("""
					260 beboere deltog, og helhedsplanen blev vedtaget på afdelingsmødet med 81 % af stemmerne.""",
						null),
			spec(Stage.STOPPED, Visibility.PARTICIPANTS, Region.HOVEDSTADEN, List.of(RENOVATION),
					"Genhusning med omtanke",
					"En fast genhusningskoordinator og midlertidige boliger tæt på hjemmet.",
					"""
					Afprøvning af en model, hvor beboerne genhuses i pavilloner på egen grund under renoveringen.
					""")
				.halted(Stage.RUNNING, "Stoppet: kommunen gav ikke dispensation til pavillonerne på grunden."),
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.SJAELLAND, List.of(RENOVATION, CIRCULAR),
					"Renovering med lavt klimaaftryk",
					"Facaderenovering, hvor klimaaftrykket styrer valget af materialer.",
					"""
					Tre blokke fra 1970 får nye facader. Vi beregner klimaaftrykket (LCA) af hvert valg og \
					genbruger tegl og vinduespartier, hvor det kan lade sig gøre.
					"""),
			spec(Stage.ANCHORED, Visibility.PUBLIC, Region.MIDTJYLLAND, List.of(OPERATIONS),
					"Driftsfællesskab på tværs af afdelinger",
					"Fem afdelinger deler maskiner, vagtordning og specialister.",
					"""
					Fem afdelinger fra to boligorganisationer har samlet driften i ét fællesskab med fælles \
					maskinpark, fælles vagt og en fælles tekniker.
					""").ofDemoMember()
				.finished("""
					Driftsudgiften pr. bolig faldt med 11 %, og beboertilfredsheden steg fra 71 % til 83 %.""", """
					Tag medarbejderne med fra første dag, og lad afdelingerne beholde deres egen kontaktperson."""),
			spec(Stage.PROJECT_GROUP, Visibility.MEMBERS, Region.SYDDANMARK, List.of(OPERATIONS),
					"Digital fejlmelding og planlagt vedligehold",
					"Beboerne melder fejl med foto i en app, og driften planlægger ud fra data.",
					"""
					Projektgruppen vælger en løsning, der kan kobles til vedligeholdelsesplanen, så små fejl \
					ikke bliver til store reparationer.
					"""),
			spec(Stage.COMPLETED, Visibility.PUBLIC, Region.HOVEDSTADEN, List.of(OPERATIONS, CLIMATE),
					"LED og bevægelsessensorer i fællesarealer",
					"Ny belysning i opgange, kældre og på stier halverer elforbruget.",
					"""
					Alle armaturer i opgange og kældre er skiftet til LED med bevægelsessensor, og stibelysningen \
					styres efter dagslyset.
					""")
				.finished("""
					Elforbruget til belysning faldt med 54 %, og investeringen er tjent hjem på under fem år.""",
						null),
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.NORDJYLLAND, List.of(EMPLOYMENT),
					"Unge i job via boligområdets drift",
					"Fritidsjob og lærepladser i driften som vej til uddannelse og job.",
					"""
					Unge fra boligområdet får fritidsjob i driften med en fast mentor. De bedste går videre \
					til læreplads som ejendomsservicetekniker.
					"""),
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.SJAELLAND, List.of(EMPLOYMENT),
					"Lektiecafé og mentorer",
					"Lektiehjælp to gange om ugen og mentorer fra ungdomsuddannelserne.",
					"""
					Lektiecaféen holder åbent i beboerhuset tirsdag og torsdag. Ældre elever fra gymnasiet \
					er mentorer for elever i udskolingen.
					"""),
			spec(Stage.IDEA, Visibility.PUBLIC, Region.MIDTJYLLAND, List.of(EMPLOYMENT),
					"Jobcafé i beboerhuset",
					"Hjælp til CV, ansøgninger og kontakt til lokale virksomheder.",
					"""
					Idé fra beboerrådgiveren: en ugentlig jobcafé med frivillige fra erhvervslivet og jobcentret.
					"""),
			spec(Stage.COMPLETED, Visibility.PUBLIC, Region.SYDDANMARK, List.of(SAFETY),
					"Tryghedsvandringer med beboere og politi",
					"Beboere, politi og driften gik området igennem og rettede det, der føltes utrygt.",
					"""
					Fire tryghedsvandringer om aftenen gav en liste med 37 konkrete forbedringer, fra beskæring \
					af buske til ny belysning ved cykelkælderen.
					""")
				.finished("""
					Andelen, der føler sig trygge om aftenen, steg fra 64 % til 77 %, og hærværket blev halveret.""",
						null),
			spec(Stage.PAUSED, Visibility.PUBLIC, Region.SJAELLAND, List.of(SAFETY, BIODIVERSITY),
					"Lys og beplantning for tryghed",
					"Stierne får lys og lav beplantning, så de både er trygge og grønne.",
					"""
					Projektet vil forene tryghed og biodiversitet: lav, blomstrende beplantning langs stierne \
					og belysning, der ikke forstyrrer flagermus og insekter.
					""")
				.halted(Stage.PROJECT_GROUP, "Pause, mens kommunens nye lokalplan for området er i høring."),
			spec(Stage.IDEA, Visibility.MEMBERS, Region.HOVEDSTADEN, List.of(SAFETY, LONELINESS),
					"Opgangsambassadører og nabohjælp",
					"En frivillig ambassadør i hver opgang byder nye naboer velkommen.",
					"""
					Idé fra udviklingsdagen: opgangsambassadører, der byder nye beboere velkommen og holder \
					øje med naboer, der ikke er set i et stykke tid.
					"""),
			spec(Stage.RUNNING, Visibility.PUBLIC, Region.HOVEDSTADEN, List.of(CIRCULAR),
					"Genbrug af tegl og træ fra nedrivning",
					"Materialer fra en nedrevet blok bliver til nye rækkehuse i samme afdeling.",
					"""
					En blok rives ned som led i helhedsplanen. Tegl, bjælker og døre nedtages selektivt \
					og genbruges i 32 nye rækkehuse på samme grund.
					"""),
			spec(Stage.PROJECT_GROUP, Visibility.PUBLIC, Region.MIDTJYLLAND, List.of(CIRCULAR),
					"Cirkulært materialekatalog for almene byggerier",
					"Et fælles katalog over genbrugsmaterialer, der er afprøvet i almene byggerier.",
					"""
					Projektgruppen samler erfaringer fra medlemmernes byggerier i et katalog med dokumentation, \
					klimaaftryk og priser for genbrugte materialer.
					"""),
			spec(Stage.ANCHORED, Visibility.PUBLIC, Region.NORDJYLLAND, List.of(CLIMATE, OPERATIONS),
					"Affaldssortering i ti fraktioner",
					"Nye affaldsøer og sorteringsvejledning på fem sprog.",
					"""
					Alle afdelinger fik nye affaldsøer med ti fraktioner, og beboerne fik vejledning på fem \
					sprog og besøg af affaldsambassadører.
					""")
				.finished("""
					Restaffaldet faldt med 29 %, og udgiften til affaldshåndtering faldt med 180.000 kr. om året.""",
						"""
					Sorteringen holder kun, hvis driften følger op de første måneder; ambassadørerne var afgørende."""),
			spec(Stage.STOPPED, Visibility.PUBLIC, Region.MIDTJYLLAND, List.of(BIODIVERSITY, LONELINESS),
					"Byhaver på parkeringsdækket",
					"Dyrkningskasser og drivhus på et ubrugt parkeringsdæk.",
					"""
					Idéen var at bruge et tomt parkeringsdæk til byhaver med dyrkningskasser og et fælles drivhus.
					""")
				.halted(Stage.PROJECT_GROUP,
						"Stoppet: dækket kan ikke bære jorden uden en forstærkning, der er for dyr."),
			spec(Stage.PAUSED, Visibility.PARTICIPANTS, Region.NORDJYLLAND, List.of(CIRCULAR, LONELINESS),
					"Fælles værksted og reparationscafé",
					"Et værksted, hvor beboerne reparerer cykler, møbler og elektronik sammen.",
					"""
					Kælderen under blok 4 indrettes som værksted, hvor frivillige hjælper med reparationer \
					og lærer fra sig.
					""")
				.halted(Stage.RUNNING, "Pause, fordi tovholderen er gået på barsel; vi genoptager til foråret."));
}
