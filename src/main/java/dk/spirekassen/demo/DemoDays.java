package dk.spirekassen.demo;

import java.time.LocalDate;
import java.util.List;

import dk.spirekassen.actors.Region;

/**
 * The texts of the demo development days: the four days of spring 2023 with the project groups formed there, and
 * the upcoming days.
 */
final class DemoDays {

	static final String COMMUNITIES = "Levende lokalsamfund forebygger ensomhed";

	static final String FUTURE_NEEDS = "Eksisterende boligområder imødekommer fremtidens behov";

	private DemoDays() {
	}

	/** An idea captured at a day. */
	record Idea(String title, String description) {
	}

	/** A project group formed at a day from one or two ideas, with this many members. */
	record Group(String title, String summary, int size, List<Idea> ideas) {
	}

	/**
	 * Where and when a day is, who speaks in the morning, its seats, and how many register from the sector and
	 * from outside it. An upcoming day has no date until it is placed in the calendar.
	 */
	record Day(String theme, String town, Region region, String venue, String address, LocalDate date, int capacity,
			int sector, int outside, String talk, String speaker) {

		Day on(LocalDate date) {
			return new Day(theme, town, region, venue, address, date, capacity, sector, outside, talk, speaker);
		}
	}

	/** A day already held, its project groups, and an idea that found no group. */
	record Held(Day day, List<Group> groups, Idea loose) {
	}

	private static Group group(String title, String summary, int size, Idea... ideas) {
		return new Group(title, summary, size, List.of(ideas));
	}

	private static Idea idea(String title, String description) {
		return new Idea(title, description);
	}

	private static final String LONELINESS_TALK = "Oplæg: Ensomhed i almene boligområder – hvad ved vi?";

	private static final String FUTURE_TALK = "Oplæg: Fremtidens beboere – demografi og boligbehov frem mod 2040";

	/** 163 participants, 78 of them from the sector; 21 groups with 132 members. */
	static final List<Held> HELD = List.of(
			new Held(new Day(COMMUNITIES, "Aarhus", Region.MIDTJYLLAND, "Godsbanen", "Skovgaardsgade 3, 8000 Aarhus C",
					LocalDate.of(2023, 3, 16), 50, 20, 22, LONELINESS_TALK,
					"Forskergruppen for Ensomhed og Fællesskab"),
					List.of(group("Spisefællesskaber på tværs af generationer",
							"Ugentlig fællesspisning i beboerhuset, hvor ældre beboere og børnefamilier laver mad sammen.",
							7,
							idea("Fællesspisning hver torsdag",
									"Et fast måltid til 25 kr. i beboerhuset, som beboerne skiftes til at lave."),
							idea("Ældre lærer børn at lave mad",
									"Bedsteforældre uden børnebørn i nærheden lærer børn fra afdelingen at lave mad.")),
							group("Gåvenner i afdelingen",
									"Faste gåture med en makker for beboere, der sjældent kommer uden for døren.", 6,
									idea("Gåvenner",
											"Frivillige går en fast tur hver uge med en beboer, der ellers går alene.")),
							group("Velkomstambassadører for nye beboere",
									"Frivillige beboere byder nye naboer velkommen og inviterer dem med i fællesskabet.",
									7,
									idea("Velkomstpakke og naboguide",
											"En pakke med kort over området, aktiviteter og navne på naboer, der gerne vil hilse på."),
									idea("Ambassadørkorps af beboere",
											"Beboere, der banker på hos nye naboer den første måned og inviterer dem med.")),
							group("Værkstedet i kælderen",
									"Et åbent reparations- og hobbyværksted, hvor især mænd over 60 mødes om at skrue og bygge.",
									6,
									idea("Mandeværksted",
											"Et værksted i den tomme kælder, hvor man reparerer cykler og møbler for naboerne.")),
							group("Unge hjælper ældre med det digitale",
									"Unge fra afdelingen hjælper ældre med MitID, videoopkald og netbank mod lommepenge.",
									7,
									idea("Digital café",
											"En ugentlig café i beboerhuset med hjælp til telefon, tablet og selvbetjening."),
									idea("Lommepengejob for unge",
											"Unge på 13–17 år får et lille honorar for at hjælpe ældre naboer."))),
					idea("Fælles hundeluftning", "En hundeklub, hvor beboere med og uden hund går tur sammen.")),
			new Held(new Day(FUTURE_NEEDS, "Aalborg", Region.NORDJYLLAND, "Nordkraft", "Kjellerups Torv 5, 9000 Aalborg",
					LocalDate.of(2023, 3, 23), 45, 18, 20, FUTURE_TALK, "Center for Boligforskning"),
					List.of(group("Seniorbofællesskab i eksisterende blokke",
							"En opgang omdannes til seniorbofællesskab med fælleslokale, uden at der bygges nyt.", 6,
							idea("Seniorbofællesskab i en opgang",
									"Ledige lejligheder i en opgang tilbydes først til seniorer, der vil bo i fællesskab."),
							idea("Fælleslokale i det gamle vaskeri",
									"Det nedlagte vaskeri bliver opgangens fælles stue og køkken.")),
							group("Boliger, der vokser og krymper",
									"Lejligheder, der kan lægges sammen eller deles efter husstandens størrelse gennem livet.",
									7,
									idea("Sammenlægning og opdeling efter behov",
											"Forberedte døråbninger mellem lejligheder, så de kan lægges sammen uden stor ombygning.")),
							group("Tilgængelighed trin for trin",
									"Elevatorer, ramper og niveaufri adgang trin for trin, så beboerne kan blive boende, når de bliver ældre.",
									6,
									idea("Elevatorer i trappeopgange",
											"Udvendige elevatortårne på de opgange, hvor flest ældre bor."),
									idea("Tjekliste for tilgængelighed",
											"En enkel gennemgang af udearealer og indgange, som driften kan bruge ved hver renovering.")),
							group("Fælles mobilitet i boligområdet",
									"Delebiler, ladcykler og ladestandere i stedet for flere parkeringspladser.", 6,
									idea("Delebiler og ladcykler",
											"To delebiler og fire ladcykler, som beboerne booker i en app.")),
							group("Klimatilpassede udearealer",
									"Regnvandsbede og skybrudssikring, der samtidig giver bedre opholdsarealer.", 6,
									idea("Regnbede i gårdene",
											"Regnvandet ledes til bede med vilde planter i stedet for i kloakken."),
									idea("Skybrudsplan for afdelingen",
											"Kortlægning af, hvor vandet løber hen, og hvilke kældre der skal sikres først."))),
					idea("Beboerværksted om fremtidens afdeling",
							"En workshop, hvor beboerne tegner deres ønsker til afdelingen om tyve år.")),
			new Held(new Day(COMMUNITIES, "Roskilde", Region.SJAELLAND, "Roskilde Kongres- og Idrætscenter",
					"Møllehusvej 15, 4000 Roskilde", LocalDate.of(2023, 4, 13), 50, 19, 21, LONELINESS_TALK,
					"Forskergruppen for Ensomhed og Fællesskab"),
					List.of(group("Fællesskabshaven",
							"Dyrkningsbede og drivhus, hvor beboere på tværs af alder dyrker grøntsager og mødes.", 7,
							idea("Fælles køkkenhave",
									"Højbede på den ubrugte græsplæne, som beboerne passer på skift."),
							idea("Drivhus som mødested",
									"Et drivhus med bord og stole, hvor man kan drikke kaffe, mens tomaterne gror.")),
							group("Opsøgende naboskab",
									"Frivillige og boligsociale medarbejdere finder og inviterer ensomme beboere personligt.",
									6,
									idea("Bank på døren",
											"Frivillige besøger beboere, som ejendomsfunktionæren sjældent ser, og inviterer dem med.")),
							group("Mødested for nybagte forældre",
									"Barselsgruppe og legestue i beboerhuset for forældre, der mangler et netværk.", 6,
									idea("Barselscafé",
											"En café om formiddagen for forældre på barsel, med besøg af sundhedsplejersken."),
									idea("Legestue om formiddagen",
											"Legetøj og tæpper i beboerhuset, så småbørnsforældre har et sted at mødes.")),
							group("Ensomhed målt før og efter",
									"En enkel måling af ensomhed (UCLA-3) før og efter indsatserne, så effekten kan dokumenteres.",
									7,
									idea("Fælles måleredskab for ensomhed",
											"Tre spørgsmål, som alle afdelinger stiller på samme måde, så resultaterne kan sammenlignes.")),
							group("Kultur i kvarteret",
									"Koncerter, fortælleaftener og filmklub i samarbejde med lokale foreninger og biblioteket.",
									6,
									idea("Filmklub i beboerhuset",
											"En filmaften hver anden fredag med popcorn og en snak bagefter."),
									idea("Fortælleaftener med ældre beboere",
											"Ældre beboere fortæller om området, som det så ud, da de flyttede ind."))),
					idea("Fællesskabskalender",
							"En fælles kalender på opslagstavlen og i appen over alt, der sker i området.")),
			new Held(new Day(FUTURE_NEEDS, "København", Region.HOVEDSTADEN, "Kulturhuset Islands Brygge",
					"Islands Brygge 18, 2300 København S", LocalDate.of(2023, 4, 27), 50, 21, 22, FUTURE_TALK,
					"Center for Boligforskning"),
					List.of(group("Energirenovering med beboerne",
							"Beboerne inddrages i prioriteringen af energitiltag, så besparelse og komfort går hånd i hånd.",
							6,
							idea("Energivenner i opgangene",
									"Beboere, der er klædt på til at hjælpe naboerne med at spare på varme og strøm."),
							idea("Varmestyring efter behov",
									"Styring af varmen efter vejrudsigten og beboernes vaner, afprøvet i én blok først.")),
							group("Boliger til unge under uddannelse",
									"Store lejligheder deles op i ungdomsboliger med fælles køkken.", 6,
									idea("Ungdomsboliger i eksisterende byggeri",
											"Femværelseslejligheder bliver til tre værelser med eget bad og fælles køkken.")),
							group("Genbrug af materialer ved renovering",
									"Køkkener, døre og mursten genbruges i afdelingen eller i naboafdelingerne.", 7,
									idea("Materialebank",
											"Et lager, hvor udtagne materialer registreres, så andre afdelinger kan bruge dem."),
									idea("Genbrugte døre og køkkener",
											"Hele køkkener og døre flyttes til lejligheder, der står over for udskiftning.")),
							group("Bofællesskab for voksne med handicap",
									"Nogle lejligheder indrettes som bofællesskab med støtte fra kommunen.", 5,
									idea("Fællesskab med støtte",
											"Seks lejligheder og et fælleslokale med en fast støttemedarbejder i dagtimerne.")),
							group("Grønne tage og solceller",
									"Tagene bruges til solceller og grønne tage, der giver strøm, biodiversitet og køligere lejligheder.",
									6,
									idea("Solceller på alle tage",
											"Solceller, der dækker fællesarealernes elforbrug, finansieret over driften."),
									idea("Tagterrasse med grønt",
											"Et fladt tag bliver til terrasse med plantekasser og plads til ophold.")),
							group("Fremtidens fælleshus",
									"Vaskeri, fælleslokaler og kontor samles i et fælleshus i den eksisterende bygningsmasse.",
									6,
									idea("Fælleshus i stueetagen",
											"Stueetagen i én blok samler vaskeri, beboerlokale og ejendomskontor."))),
					idea("Digitalt tvillingekort over afdelingen",
							"En 3D-model af bygningerne, der viser stand, energi og planlagte renoveringer.")));

	/** Placed in the calendar from six weeks ahead; the first fills up and gets a waitlist. */
	static final List<Day> UPCOMING = List.of(
			new Day(COMMUNITIES, "Odense", Region.SYDDANMARK, "Kulturmaskinen", "Farvergården 7, 5000 Odense C", null,
					40, 19, 27, LONELINESS_TALK, "Forskergruppen for Ensomhed og Fællesskab"),
			new Day(FUTURE_NEEDS, "Herning", Region.MIDTJYLLAND, "Herning Kongrescenter",
					"Østergade 37, 7400 Herning", null, 50, 8, 10, FUTURE_TALK, "Center for Boligforskning"),
			new Day(COMMUNITIES, "Næstved", Region.SJAELLAND, "Næstved Bibliotek", "Kvægtorvet 2, 4700 Næstved", null,
					45, 4, 5, "Oplæg: Fællesskaber, der holder – erfaringer fra forårets udviklingsdage",
					"Spirekassens sekretariat"));
}
