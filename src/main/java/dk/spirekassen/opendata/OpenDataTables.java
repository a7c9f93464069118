package dk.spirekassen.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.actors.DirectoryRows.OrganisationIdentity;
import dk.spirekassen.actors.OrganisationKind;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayFigures;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundViews.Granted;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.IndicatorDefinitions;
import dk.spirekassen.projects.IndicatorDefinitions.Definition;
import dk.spirekassen.projects.ProjectFigures;
import dk.spirekassen.projects.ProjectFigures.PublicResult;
import dk.spirekassen.shared.Option;

/**
 * The rows of each open data set, as records for JSON and as cells under the CSV headers. Only what anyone may see
 * is published: grants and results of public projects, the directory's public fields, and the days held. Counts of
 * people from 1 to 4 are suppressed (left empty and flagged), as on the portfolio, so no one can be singled out. The
 * directory's rows are read chunk by chunk as the stream is consumed, so a data set of any size is written with a
 * bounded number of rows in memory.
 */
@Service
public class OpenDataTables {

	/** The licence every data set is published under. */
	public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

	/**
	 * The prefix of an organisation identifier from the Danish Central Business Register (CVR), as org-id.guide lists
	 * it: a recipient is named by its CVR number, so others can join the grants with their own data.
	 */
	public static final String CVR_PREFIX = "DK-CVR-";

	/** The version of the 360Giving Data Standard whose field names the grants use. */
	public static final String GRANTS_STANDARD_VERSION = "1.4";

	/** A unit of an indicator of a project's own that counts people. */
	private static final Pattern PEOPLE = Pattern.compile(
			"(?iu).*(person|deltager|beboer|borger|elev|frivillig|ansat|people|participant|resident|volunteer).*");

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final FundManagement fund;

	private final ProjectFigures projects;

	private final IndicatorDefinitions definitions;

	private final Directory directory;

	private final ActorManagement actors;

	private final DayFigures days;

	private final MessageSource messages;

	private final String prefix;

	OpenDataTables(FundManagement fund, ProjectFigures projects, IndicatorDefinitions definitions,
			Directory directory, ActorManagement actors, DayFigures days, MessageSource messages,
			@Value("${spirekassen.open-data.prefix:DK-SPK}") String prefix) {
		this.fund = fund;
		this.projects = projects;
		this.definitions = definitions;
		this.directory = directory;
		this.actors = actors;
		this.days = days;
		this.messages = messages;
		this.prefix = prefix;
	}

	/** One row: what goes into the JSON, and its cells in the order of the CSV headers. */
	public record Row(Object json, List<Object> cells) {
	}

	/** The CSV headers of a data set. */
	public List<String> headers(OpenDataSet set) {
		return switch (set) {
			case GRANTS -> List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
					"Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
					"Grant Programme:Code", "Grant Programme:Title", "Beneficiary Location:Name");
			case RESULTS -> List.of("projectId", "projectTitle", "bottomLine", "indicatorId", "indicator",
					"definitionCode", "unit", "baseline", "baselineDate", "target", "targetDate", "period", "actual",
					"actualOn", "suppressed");
			case ORGANISATIONS -> List.of("id", "name", "kind", "cvr", "municipality", "region", "member",
					"memberSince", "departments", "homes");
			case DEPARTMENTS -> List.of("id", "number", "name", "organisationId", "organisationName", "member",
					"address", "municipality", "region", "homes", "outdoorAreaM2");
			case PARTNERS -> List.of("id", "name", "kind", "description", "offers", "regions", "themes", "website",
					"grantMin", "grantMax", "coFinancing");
			case DAYS -> List.of("id", "title", "theme", "region", "date", "participants", "fromSector",
					"fromOutside", "suppressed");
		};
	}

	/** The rows of a data set; close the stream when done. */
	public Stream<Row> rows(OpenDataSet set) {
		return switch (set) {
			case GRANTS -> grants();
			case RESULTS -> results();
			case ORGANISATIONS -> organisations();
			case DEPARTMENTS -> departments();
			case PARTNERS -> partners();
			case DAYS -> days();
		};
	}

	// --- grants, in the 360Giving Data Standard's field names

	public record Organization(String id, String name) {
	}

	public record Programme(String code, String title) {
	}

	public record Location(String name, String countryCode) {
	}

	public record Grant(String id, String title, String description, String currency, long amountAwarded,
			LocalDate awardDate, List<Organization> recipientOrganization, List<Organization> fundingOrganization,
			List<Programme> grantProgramme, List<Location> beneficiaryLocation) {
	}

	/**
	 * The seed fund's grants to public projects, then the other funders' granted funding lines of public projects
	 * (decided on a known day); the seed fund's grants are funding lines too, but only once here.
	 */
	private Stream<Row> grants() {
		var granted = fund.grants();
		var lines = projects.publicGrantLines();
		var projectIds = new HashSet<Long>();
		granted.forEach(g -> projectIds.add(g.projectId()));
		lines.forEach(l -> projectIds.add(l.projectId()));
		var open = projects.publicProjects(projectIds);
		Set<Long> owners = new HashSet<>();
		open.values().stream()
			.filter(p -> p.ownerOrganisationId() != null)
			.forEach(p -> owners.add(p.ownerOrganisationId()));
		var recipients = directory.organisationIdentities(owners);
		var partners = directory.partnerNames(lines.stream()
			.map(ProjectFigures.PublicGrantLine::funderPartnerId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		var spirekassen = new Organization(prefix,
				messages.getMessage("opendata.funder", null, "Spirekassen", DANISH));
		var fromFund = granted.stream().filter(g -> open.containsKey(g.projectId())).map(g -> grant(
				prefix + "-" + g.applicationId(), open.get(g.projectId()), g.summary(), g.amount(), g.decidedOn(),
				recipients, spirekassen, List.of(new Programme(prefix + "-CALL-" + g.callId(), g.callTitle()))));
		var fromOthers = lines.stream().filter(l -> open.containsKey(l.projectId())).map(l -> {
			var project = open.get(l.projectId());
			var funder = l.funderPartnerId() != null
					? new Organization(prefix + "-PARTNER-" + l.funderPartnerId(), partners.get(l.funderPartnerId()))
					: new Organization(prefix + "-FUNDER-" + slug(l.funderName()), l.funderName());
			return grant(prefix + "-FL-" + l.id(), project, project.summary(), l.amount(), l.decidedOn(),
					recipients, funder, List.of());
		});
		return Stream.concat(fromFund, fromOthers);
	}

	private Row grant(String id, ProjectFigures.PublicProject project, String description, long amount,
			LocalDate awardDate, Map<Long, OrganisationIdentity> recipients, Organization funder,
			List<Programme> programmes) {
		var owner = project.ownerOrganisationId() == null ? null : recipients.get(project.ownerOrganisationId());
		var recipient = owner == null ? List.<Organization>of()
				: List.of(new Organization(CVR_PREFIX + owner.cvr(), owner.name()));
		var locations = project.regions().stream().map(r -> new Location(label(r, DANISH), "DK")).toList();
		var grant = new Grant(id, project.title(), description == null ? "" : description, "DKK", amount, awardDate,
				recipient, List.of(funder), programmes, locations);
		return new Row(grant, Arrays.asList(grant.id(), grant.title(), grant.description(), grant.currency(),
				grant.amountAwarded(), grant.awardDate(), recipient.isEmpty() ? null : recipient.get(0).id(),
				recipient.isEmpty() ? null : recipient.get(0).name(), funder.id(), funder.name(),
				programmes.isEmpty() ? null : programmes.get(0).code(),
				programmes.isEmpty() ? null : programmes.get(0).title(),
				locations.stream().map(Location::name).collect(Collectors.joining(", "))));
	}

	/** A funder's name as a part of an identifier: lower case letters and digits, words joined by hyphens. */
	static String slug(String name) {
		var plain = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT)
			.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		var slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "ukendt" : slug;
	}

	// --- results

	public record Result(long projectId, String projectTitle, BottomLine bottomLine, long indicatorId,
			String indicator, String definitionCode, String unit, BigDecimal baseline, LocalDate baselineDate,
			BigDecimal target, LocalDate targetDate, Integer period, BigDecimal actual, LocalDate actualOn,
			boolean suppressed) {
	}

	private Stream<Row> results() {
		Map<String, Definition> catalogue = new HashMap<>();
		definitions.all().forEach(d -> catalogue.put(d.code(), d));
		return projects.publicResults().stream().map(r -> {
			boolean people = countsPeople(r, catalogue);
			var baseline = people ? shown(r.baseline()) : r.baseline();
			var target = people ? shown(r.target()) : r.target();
			var actual = people ? shown(r.actual()) : r.actual();
			boolean suppressed = people && (hidden(r.baseline()) || hidden(r.target()) || hidden(r.actual()));
			var result = new Result(r.projectId(), r.projectTitle(), r.bottomLine(), r.indicatorId(), r.name(),
					r.definitionCode(), r.unit(), baseline, r.baselineDate(), target, r.targetDate(), r.period(),
					actual, r.actualOn(), suppressed);
			return new Row(result, Arrays.asList(result.projectId(), result.projectTitle(), result.bottomLine(),
					result.indicatorId(), result.indicator(), result.definitionCode(), result.unit(), plain(baseline),
					result.baselineDate(), plain(target), result.targetDate(), result.period(), plain(actual),
					result.actualOn(), suppressed));
		});
	}

	private static boolean countsPeople(PublicResult result, Map<String, Definition> catalogue) {
		var definition = result.definitionCode() == null ? null : catalogue.get(result.definitionCode());
		return definition != null ? definition.countsPeople() : PEOPLE.matcher(result.unit()).matches();
	}

	/** A count of people from 1 to 4: not shown. */
	private static boolean hidden(BigDecimal value) {
		return value != null && value.signum() > 0
				&& value.compareTo(BigDecimal.valueOf(IndicatorDefinitions.SUPPRESSED_BELOW)) < 0;
	}

	private static BigDecimal shown(BigDecimal value) {
		return hidden(value) ? null : value;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	// --- the directory

	public record OpenOrganisation(long id, String name, OrganisationKind kind, String cvr, String municipality,
			Region region, boolean member, LocalDate memberSince, long departments, long homes) {
	}

	public record OpenDepartment(long id, String number, String name, long organisationId, String organisationName,
			boolean member, String address, String municipality, Region region, int homes, Integer outdoorAreaM2) {
	}

	public record OpenPartner(long id, String name, PartnerKind kind, String description, List<String> offers,
			List<Region> regions, List<String> themes, String website, Long grantMin, Long grantMax,
			String coFinancing) {
	}

	private Stream<Row> organisations() {
		return directory.allOrganisations(new OrganisationFilter(null, null, null, null, null)).map(o -> {
			var row = new OpenOrganisation(o.id(), o.name(), o.kind(), o.cvr(), o.municipality(), o.region(),
					o.member(), o.memberSince(), o.departments(), o.homes());
			return new Row(row, Arrays.asList(row.id(), row.name(), row.kind(), row.cvr(), row.municipality(),
					row.region(), row.member(), row.memberSince(), row.departments(), row.homes()));
		});
	}

	private Stream<Row> departments() {
		return directory.allDepartments(new DepartmentFilter(null, null, null, null, null)).map(d -> {
			var row = new OpenDepartment(d.id(), d.number(), d.name(), d.organisationId(), d.organisationName(),
					d.member(), d.address(), d.municipality(), d.region(), d.homes(), d.outdoorAreaM2());
			return new Row(row, Arrays.asList(row.id(), row.number(), row.name(), row.organisationId(),
					row.organisationName(), row.member(), row.address(), row.municipality(), row.region(), row.homes(),
					row.outdoorAreaM2()));
		});
	}

	private Stream<Row> partners() {
		return directory.allPartners(new PartnerFilter(null, null, null, null, null), DANISH).map(p -> {
			var row = new OpenPartner(p.id(), p.name(), p.kind(), p.description(),
					p.offers().stream().map(Enum::name).sorted().toList(), p.regions().stream().sorted().toList(),
					p.themes(), p.website(), p.grantMin(), p.grantMax(), p.coFinancing());
			return new Row(row, Arrays.asList(row.id(), row.name(), row.kind(), row.description(),
					String.join(", ", row.offers()),
					row.regions().stream().map(Enum::name).collect(Collectors.joining(", ")),
					String.join(", ", row.themes()), row.website(), row.grantMin(), row.grantMax(),
					row.coFinancing()));
		});
	}

	// --- development days

	public record OpenDay(long id, String title, String theme, Region region, LocalDate date, Long participants,
			Long fromSector, Long fromOutside, boolean suppressed) {
	}

	private Stream<Row> days() {
		var themes = actors.themeOptions(DANISH)
			.stream()
			.collect(Collectors.toMap(Option::value, Option::label, (a, b) -> a));
		return days.heldDays().stream().map(d -> {
			var participants = count(d.participants());
			var sector = count(d.sector());
			var outside = count(d.external());
			var row = new OpenDay(d.id(), d.title(), d.themeId() == null ? null : themes.get(d.themeId().toString()),
					d.region(), d.date(), participants, sector, outside,
					participants == null || sector == null || outside == null);
			return new Row(row, Arrays.asList(row.id(), row.title(), row.theme(), row.region(), row.date(),
					participants, sector, outside, row.suppressed()));
		});
	}

	/** A count of people, or null from 1 to 4. */
	private static Long count(long people) {
		return people > 0 && people < IndicatorDefinitions.SUPPRESSED_BELOW ? null : people;
	}

	private String label(Enum<?> value, Locale locale) {
		return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(),
				locale);
	}
}
