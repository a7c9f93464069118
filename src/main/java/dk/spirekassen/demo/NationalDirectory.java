package dk.spirekassen.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import dk.spirekassen.actors.Municipality;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.OrganisationKind;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.Theme;

import static dk.spirekassen.demo.NationalWords.pick;

/**
 * The directory at national scale: housing and administration organisations with their departments, partners of
 * every kind with what they offer, where and on which themes, the people of both, and a member login for each
 * housing organisation (its projects' lead). Keeps what projects and days need to refer to.
 */
final class NationalDirectory {

	/** The login of the largest generated organisation; its presence means the data is there. */
	static final String LOGIN = "national@spirekassen.dk";

	record Department(long id, String name, int municipalityCode, int homes, int built) {
	}

	record Organisation(long id, String name, String domain, Municipality home, List<Department> departments,
			long accountId, String contact) {
	}

	record Partner(long id, PartnerKind kind, String name, Region region) {
	}

	private static final double[] PARTNER_KINDS = { 18, 6, 27, 4, 21, 20, 4 }; // in the order of PartnerKind

	private final Random random;

	private final BulkInsert bulk;

	private final Instant now;

	private final List<Municipality> municipalities;

	private final double[] municipalityWeights;

	private final List<Theme> themes;

	private final Set<String> cvrs;

	private final String passwordHash;

	final List<Organisation> housing = new ArrayList<>();

	final List<Partner> partners = new ArrayList<>();

	final Map<PartnerKind, List<Partner>> partnersByKind = new EnumMap<>(PartnerKind.class);

	NationalDirectory(Random random, BulkInsert bulk, Instant now, List<Municipality> municipalities,
			List<Theme> themes, Set<String> takenCvrs, String passwordHash) {
		this.random = random;
		this.bulk = bulk;
		this.now = now;
		this.municipalities = municipalities;
		this.municipalityWeights = municipalities.stream().mapToDouble(m -> NationalWords.weight(m.getCode())).toArray();
		this.themes = themes;
		this.cvrs = new HashSet<>(takenCvrs);
		this.passwordHash = passwordHash;
	}

	void generate(NationalScale scale) {
		var organisationTable = bulk.table("organisation", "id", "kind", "name", "cvr", "address",
				"municipality_code", "website", "member_since", "administered_by", "created_at", "updated_at");
		var departmentTable = bulk.table("department", "id", "organisation_id", "number", "name", "address",
				"municipality_code", "homes", "outdoor_area_m2", "created_at", "updated_at").after(organisationTable);
		var partnerTable = bulk.table("partner", "id", "kind", "name", "description", "email", "phone", "website",
				"grant_min", "grant_max", "co_financing", "created_at", "updated_at");
		var offerTable = bulk.table("partner_offer", "partner_id", "offer").after(partnerTable);
		var regionTable = bulk.table("partner_region", "partner_id", "region").after(partnerTable);
		var themeTable = bulk.table("partner_theme", "partner_id", "theme_id").after(partnerTable);
		var personTable = bulk.table("person", "id", "name", "email", "phone", "title", "organisation_id",
				"partner_id").after(organisationTable, partnerTable);
		var accountTable = bulk.table("account", "id", "email", "display_name", "password_hash", "role",
				"organisation_id", "partner_id", "enabled", "created_at");

		int administrations = Math.max(1, (int) Math.round(scale.organisations() / 15.0));
		int housingCount = Math.max(1, scale.organisations() - administrations);
		if (scale.organisations() > 1) {
			administrations = scale.organisations() - housingCount;
		}

		var organisationIds = bulk.ids("organisation_seq");
		var names = new HashSet<String>();
		var administrators = new ArrayList<Long>();
		var administratorNames = new ArrayList<String>();
		for (int i = 0; i < administrations; i++) {
			var home = municipality();
			var name = unique(names, () -> NationalWords.administrationOrganisation(random, home.getName()));
			long id = organisationIds.next();
			administrators.add(id);
			administratorNames.add(name);
			organisationTable.add(id, OrganisationKind.ADMINISTRATION, name, cvr(),
					NationalWords.address(random, home.getCode(), home.getName()), home.getCode(), website(name), null,
					null, created(), now);
		}

		// A few very large housing organisations and many small ones, as in the sector.
		var sizeWeights = new double[housingCount];
		for (int i = 0; i < housingCount; i++) {
			sizeWeights[i] = 1 / Math.pow(i + 2, 0.8);
		}
		int[] departmentCounts = NationalScale.spread(scale.departments(), sizeWeights, 1);
		var departmentIds = bulk.ids("department_seq");
		var plans = new ArrayList<OrganisationPlan>();
		for (int i = 0; i < housingCount; i++) {
			var home = municipality();
			var place = NationalWords.place(random);
			var name = unique(names, () -> NationalWords.housingOrganisation(random, NationalWords.place(random),
					home.getName()));
			var nearby = municipalities.stream().filter(m -> m.getRegion() == home.getRegion()).toList();
			var departments = new ArrayList<Department>();
			for (int number = 1; number <= departmentCounts[i]; number++) {
				var municipality = random.nextInt(4) == 0 ? pick(random, nearby) : home;
				var departmentName = NationalWords.department(random,
						number == 1 ? place : NationalWords.place(random), number);
				departments.add(new Department(departmentIds.next(), departmentName, municipality.getCode(), homes(),
						built()));
			}
			plans.add(new OrganisationPlan(organisationIds.next(), name, home, departments,
					departments.stream().mapToInt(Department::homes).sum()));
		}
		// Members: the largest organisations up to 80 % of the homes, and one in ten of the others.
		var bySize = plans.stream().sorted(Comparator.comparingInt(OrganisationPlan::homes).reversed()).toList();
		int allHomes = plans.stream().mapToInt(OrganisationPlan::homes).sum();
		var members = new HashSet<Long>();
		int covered = 0;
		for (var plan : bySize) {
			if (covered < allHomes * 0.8 || random.nextInt(10) == 0) {
				members.add(plan.id());
				covered += plan.homes();
			}
		}
		for (var plan : plans) {
			Long administeredBy = random.nextInt(20) < 11
					? administrators.get(Math.min(administrators.size() - 1,
							(int) (administrators.size() * Math.pow(random.nextDouble(), 2.5))))
					: null;
			var home = plan.home();
			organisationTable.add(plan.id(), OrganisationKind.HOUSING, plan.name(), cvr(),
					NationalWords.address(random, home.getCode(), home.getName()), home.getCode(), website(plan.name()),
					members.contains(plan.id()) ? LocalDate.of(2008 + random.nextInt(18), 1 + random.nextInt(12), 1)
							: null,
					administeredBy, created(), now);
			for (int d = 0; d < plan.departments().size(); d++) {
				var department = plan.departments().get(d);
				var municipality = municipality(department.municipalityCode());
				departmentTable.add(department.id(), plan.id(), String.valueOf(d + 1), department.name(), NationalWords.address(random, municipality.getCode(), municipality.getName()),
						department.municipalityCode(), department.homes(),
						random.nextInt(10) == 0 ? null : department.homes() * (15 + random.nextInt(110)), created(),
						now);
			}
		}

		var partnerIds = bulk.ids("partner_seq");
		int[] kindCounts = NationalScale.spread(scale.partners(), PARTNER_KINDS, 0);
		var partnerNames = new HashSet<String>();
		for (var kind : PartnerKind.values()) {
			partnersByKind.put(kind, new ArrayList<>());
			for (int i = 0; i < kindCounts[kind.ordinal()]; i++) {
				// A municipality's own departments are spread evenly over the country; other partners follow people.
				var home = kind == PartnerKind.MUNICIPALITY ? pick(random, municipalities) : municipality();
				var name = kind == PartnerKind.ENTHUSIAST ? NationalWords.personName(random)
						: unique(partnerNames, () -> NationalWords.partnerName(random, kind,
								postalCity(home), home.getName()));
				var theme = pick(random, themes);
				var partner = new Partner(partnerIds.next(), kind, name, home.getRegion());
				partners.add(partner);
				partnersByKind.get(kind).add(partner);
				boolean foundation = kind == PartnerKind.FOUNDATION;
				long grantMin = 25_000L * (1 + random.nextInt(8));
				var slug = truncatedSlug(name);
				partnerTable.add(partner.id(), kind, name, NationalWords.partnerDescription(random, kind, theme.getName()),
						kind == PartnerKind.ENTHUSIAST ? email(name, "ildsjael.dk") : "kontakt@" + slug + ".dk",
						phone(), kind == PartnerKind.ENTHUSIAST ? null : "https://www." + slug + ".dk",
						foundation ? grantMin : null, foundation ? grantMin * (4 + random.nextInt(40)) : null,
						foundation ? "Mindst " + (10 + 5 * random.nextInt(7)) + " % medfinansiering fra ansøger" : null,
						created(), now);
				for (var offer : offers(kind)) {
					offerTable.add(partner.id(), offer);
				}
				for (var region : regions(home.getRegion())) {
					regionTable.add(partner.id(), region);
				}
				var themeIds = new LinkedHashSet<Long>();
				themeIds.add(theme.getId());
				int more = random.nextInt(3);
				for (int t = 0; t < more; t++) {
					themeIds.add(pick(random, themes).getId());
				}
				themeIds.forEach(themeId -> themeTable.add(partner.id(), themeId));
			}
		}

		// People: a staff in proportion to the departments, one person per enthusiast, one to three per partner.
		var personIds = bulk.ids("person_seq");
		var accountIds = bulk.ids("account_seq");
		int partnerPeople = Math.max(partners.size(), (int) Math.round(scale.people() * 0.55));
		int organisationPeople = Math.max(plans.size() + administrators.size(), scale.people() - partnerPeople);
		var staffWeights = new double[plans.size() + administrators.size()];
		for (int i = 0; i < plans.size(); i++) {
			staffWeights[i] = 2 + plans.get(i).departments().size();
		}
		for (int i = 0; i < administrators.size(); i++) {
			staffWeights[plans.size() + i] = 6;
		}
		int[] staff = NationalScale.spread(organisationPeople, staffWeights, 1);
		var largest = bySize.get(0).id();
		var logins = new HashSet<String>();
		for (int i = 0; i < staffWeights.length; i++) {
			boolean housingOrganisation = i < plans.size();
			long organisationId = housingOrganisation ? plans.get(i).id() : administrators.get(i - plans.size());
			var domain = truncatedSlug(housingOrganisation ? plans.get(i).name()
					: administratorNames.get(i - plans.size())) + ".dk";
			var emails = new HashSet<String>();
			String contact = null;
			Long accountId = null;
			for (int p = 0; p < staff[i]; p++) {
				var name = NationalWords.personName(random);
				var email = p == 0 && organisationId == largest ? LOGIN
						: uniqueEmail(p == 0 && housingOrganisation ? logins : emails, name, domain);
				emails.add(email);
				personTable.add(personIds.next(), name, email, phone(), p == 0 ? "Udviklingschef"
						: pick(random, NationalWords.ORGANISATION_TITLES), organisationId, null);
				if (p == 0 && housingOrganisation) {
					contact = name;
					accountId = accountIds.next();
					accountTable.add(accountId, email, name, passwordHash, "MEMBER", organisationId, null, true,
							created());
				}
			}
			if (housingOrganisation) {
				var plan = plans.get(i);
				housing.add(new Organisation(plan.id(), plan.name(), domain, plan.home(), plan.departments(),
						accountId, contact));
			}
		}
		var partnerWeights = new double[partners.size()];
		for (int i = 0; i < partners.size(); i++) {
			partnerWeights[i] = partners.get(i).kind() == PartnerKind.ENTHUSIAST ? 0 : 1;
		}
		int[] extra = NationalScale.spread(partnerPeople - partners.size(), partnerWeights, 0);
		for (int i = 0; i < partners.size(); i++) {
			var partner = partners.get(i);
			var domain = truncatedSlug(partner.name()) + ".dk";
			for (int p = 0; p <= extra[i]; p++) {
				var name = partner.kind() == PartnerKind.ENTHUSIAST ? partner.name() : NationalWords.personName(random);
				personTable.add(personIds.next(), name,
						partner.kind() == PartnerKind.ENTHUSIAST ? email(name, "ildsjael.dk") : email(name, domain),
						random.nextInt(3) == 0 ? null : phone(), NationalWords.partnerTitle(random, partner.kind()), null,
						partner.id());
			}
		}
		bulk.flushAll();
	}

	private record OrganisationPlan(long id, String name, Municipality home, List<Department> departments,
			int homes) {
	}

	Municipality municipality() {
		double total = 0;
		for (double weight : municipalityWeights) {
			total += weight;
		}
		double at = random.nextDouble() * total;
		for (int i = 0; i < municipalityWeights.length; i++) {
			at -= municipalityWeights[i];
			if (at < 0) {
				return municipalities.get(i);
			}
		}
		return municipalities.get(municipalities.size() - 1);
	}

	Municipality municipality(int code) {
		return municipalities.stream().filter(m -> m.getCode() == code).findFirst().orElseThrow();
	}

	/** The town of a municipality's main postal district, without the postal code. */
	static String postalCity(Municipality municipality) {
		return NationalWords.postalTown(municipality.getCode(), municipality.getName()).replaceFirst("^\\d+ ", "");
	}

	private EnumSet<Offer> offers(PartnerKind kind) {
		var offers = EnumSet.noneOf(Offer.class);
		switch (kind) {
			case ADVISOR -> {
				offers.add(Offer.KNOWLEDGE);
				if (random.nextBoolean()) {
					offers.add(Offer.EXPERIENCE);
				}
			}
			case RESEARCHER -> offers.add(Offer.KNOWLEDGE);
			case CIVIL_SOCIETY -> {
				offers.add(Offer.VOLUNTEERING);
				if (random.nextInt(3) == 0) {
					offers.add(Offer.EXPERIENCE);
				}
			}
			case FOUNDATION -> {
				offers.add(Offer.FUNDS);
				if (random.nextInt(4) == 0) {
					offers.add(Offer.KNOWLEDGE);
				}
			}
			case ENTHUSIAST -> {
				offers.add(Offer.VOLUNTEERING);
				if (random.nextBoolean()) {
					offers.add(Offer.EXPERIENCE);
				}
			}
			case COMPANY -> {
				offers.add(Offer.EXPERIENCE);
				if (random.nextInt(5) == 0) {
					offers.add(Offer.FUNDS);
				}
			}
			case MUNICIPALITY -> {
				offers.add(Offer.KNOWLEDGE);
				if (random.nextInt(3) == 0) {
					offers.add(Offer.FUNDS);
				}
			}
		}
		return offers;
	}

	private EnumSet<Region> regions(Region home) {
		if (random.nextInt(5) == 0) {
			return EnumSet.allOf(Region.class);
		}
		var regions = EnumSet.of(home);
		if (random.nextInt(3) == 0) {
			regions.add(Region.values()[random.nextInt(Region.values().length)]);
		}
		return regions;
	}

	/** A valid CVR number (modulus 11) that no organisation has. */
	private String cvr() {
		int[] weights = { 2, 7, 6, 5, 4, 3, 2 };
		while (true) {
			var digits = new StringBuilder();
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
				digits.append(digit);
				sum += digit * weights[i];
			}
			int check = (11 - sum % 11) % 11;
			if (check == 10) {
				continue;
			}
			var cvr = digits.append(check).toString();
			if (cvrs.add(cvr)) {
				return cvr;
			}
		}
	}

	private int homes() {
		return (int) Math.max(6, Math.min(1_200, Math.round(Math.exp(Math.log(55) + 0.8 * random.nextGaussian()))));
	}

	private int built() {
		return (int) Math.max(1930, Math.min(2024, Math.round(1972 + 16 * random.nextGaussian())));
	}

	private Instant created() {
		return now.minus(30 + random.nextInt(6 * 365), ChronoUnit.DAYS);
	}

	private String phone() {
		return "+45 %02d %02d %02d %02d".formatted(20 + random.nextInt(80), random.nextInt(100), random.nextInt(100),
				random.nextInt(100));
	}

	private static String website(String name) {
		return "https://www." + truncatedSlug(name) + ".dk";
	}

	private static String truncatedSlug(String name) {
		var slug = NationalWords.slug(name);
		return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-$", "");
	}

	static String email(String name, String domain) {
		return NationalWords.slug(name).replace('-', '.') + "@" + domain;
	}

	/** An email not in the set yet: the name's address, or with a number added when it is taken. */
	static String uniqueEmail(Set<String> taken, String name, String domain) {
		var local = NationalWords.slug(name).replace('-', '.');
		var email = local + "@" + domain;
		for (int n = 2; !taken.add(email); n++) {
			email = local + n + "@" + domain;
		}
		return email;
	}

	/**
	 * A name not taken yet: drawn again a few times, then told apart as Danes do, by the year of founding
	 * ("Boligselskabet Lindehøj af 1948"), or by a district for a municipality's own units.
	 */
	private String unique(Set<String> taken, Supplier<String> draw) {
		for (int attempt = 0; attempt < 20; attempt++) {
			var name = draw.get();
			if (taken.add(name)) {
				return name;
			}
		}
		while (true) {
			var name = draw.get();
			name = name.contains(" Kommune, ") ? name + " " + NationalWords.direction(random)
					: name + " af " + (1920 + random.nextInt(100));
			if (taken.add(name)) {
				return name;
			}
		}
	}
}
