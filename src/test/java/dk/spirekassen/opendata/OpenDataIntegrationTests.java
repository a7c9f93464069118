package dk.spirekassen.opendata;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.AssociationRole;
import dk.spirekassen.actors.PersonDetails;
import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayDetails;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.funding.ApplicationDetails;
import dk.spirekassen.funding.Aspect;
import dk.spirekassen.funding.CallDetails;
import dk.spirekassen.funding.CallDetails.CriterionDetails;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundManagement.Decision;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.FundingDetails;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.IndicatorDetails;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The open data: every data set's JSON is valid against its schema, its CSV parses with the headers and a known row,
 * a members' project's grant and results stay out, counts of people from 1 to 4 are suppressed, and the page lists
 * every data set.
 */
@SpirekassenTest
class OpenDataIntegrationTests {

	private static final List<String> SETS = List.of("grants", "results", "organisations", "departments", "partners",
			"days");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	FundManagement fund;

	@Autowired
	ProjectManagement projects;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActorManagement actors;

	@Autowired
	DayManagement days;

	@Autowired
	JdbcClient jdbc;

	private Samples all;

	private ProjectSamples samples;

	private Viewer secretariat;

	@BeforeEach
	void samples() {
		all = new Samples(context);
		samples = all.projects;
		secretariat = samples.secretariat;
	}

	@Test
	void everyJsonDataSetIsValidAgainstItsSchema() throws Exception {
		grantedApplication(Visibility.PUBLIC, 120_000);
		heldDay(3, 7);
		for (var set : SETS) {
			var schema = mvc.perform(get("/api/v1/data/schemas/" + set + ".schema.json")).andReturn().getResponse();
			assertThat(schema.getStatus()).as(set).isEqualTo(200);
			assertThat(schema.getContentType()).startsWith("application/schema+json");
			var schemaNode = json.readTree(schema.getContentAsString(StandardCharsets.UTF_8));
			assertThat(schemaNode.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
			assertThat(schemaNode.get("$id").asString()).endsWith("/api/v1/data/schemas/" + set + ".schema.json")
				.startsWith("http");
			var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(schema.getContentAsString(StandardCharsets.UTF_8), InputFormat.JSON);

			var data = dataSet(set);
			assertThat(data.get(set).isArray()).as(set).isTrue();
			assertThat(data.get(set).size()).as(set + " has rows").isPositive();
			assertThat(validator.validate(data)).as(set).isEmpty();
			assertThat(data.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
			// The package's metadata as the 360Giving Data Standard's package schema names it.
			assertThat(data.get("publisher").get("name").asString()).isEqualTo("Spirekassen");
			assertThat(data.get("title").asString()).isNotBlank();
			assertThat(data.get("downloadURL").asString()).endsWith("/api/v1/data/" + set + ".json");
			assertThat(java.time.OffsetDateTime.parse(data.get("modified").asString()))
				.isCloseTo(java.time.OffsetDateTime.now(), org.assertj.core.api.Assertions.within(1,
						java.time.temporal.ChronoUnit.MINUTES));
			assertThat(data.has("version")).as(set + " names the 360Giving version").isEqualTo(set.equals("grants"));
			var untitled = (tools.jackson.databind.node.ObjectNode) data.deepCopy();
			untitled.remove("publisher");
			assertThat(validator.validate(untitled)).as(set + " without its publisher").isNotEmpty();

			// The schema is strict enough to catch a row that breaks it.
			var broken = (tools.jackson.databind.node.ObjectNode) data.deepCopy();
			((tools.jackson.databind.node.ObjectNode) broken.get(set).get(0)).put("unexpected", true);
			assertThat(validator.validate(broken)).as(set + " with an unknown field").isNotEmpty();
		}
	}

	@Test
	void grantsAreThePublicProjectsGrantsIn360GivingFieldNames() throws Exception {
		long publicGrant = grantedApplication(Visibility.PUBLIC, 120_000);
		long membersGrant = grantedApplication(Visibility.MEMBERS, 90_000);

		var grants = new ArrayList<JsonNode>();
		dataSet("grants").get("grants").forEach(grants::add);
		var ids = grants.stream().map(g -> g.get("id").asString()).toList();
		assertThat(ids).contains("DK-SPK-" + publicGrant).doesNotContain("DK-SPK-" + membersGrant);
		var grant = grants.stream().filter(g -> g.get("id").asString().equals("DK-SPK-" + publicGrant)).findFirst()
			.orElseThrow();
		assertThat(grant.get("currency").asString()).isEqualTo("DKK");
		assertThat(grant.get("amountAwarded").asLong()).isEqualTo(120_000);
		assertThat(grant.get("awardDate").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(grant.get("title").asString()).startsWith("Åben data-projekt");
		// The recipient by its CVR number, as org-id.guide names Danish companies.
		var cvr = jdbc.sql("select cvr from organisation where id = ?").param(all.organisation).query(String.class)
			.single();
		assertThat(grant.get("recipientOrganization").get(0).get("id").asString()).isEqualTo("DK-CVR-" + cvr);
		assertThat(grant.get("fundingOrganization").get(0).get("id").asString()).isEqualTo("DK-SPK");
		assertThat(grant.get("grantProgramme").get(0).get("title").asString()).startsWith("Åben pulje");
		assertThat(grant.get("beneficiaryLocation").get(0).get("name").asString()).isEqualTo("Region Hovedstaden");

		// The seed fund's grant is a funding line of its project too, but published once.
		assertThat(grants).filteredOn(g -> g.get("title").asString().equals(grant.get("title").asString()))
			.singleElement();

		// Another funder's grant recorded on a public project, and one on a members' project.
		long funded = project("Åben medfinansieret", Visibility.PUBLIC);
		projects.addFunding(funded, new FundingDetails(null, "Grundejernes Investeringsfond", FundingStatus.GRANTED,
				250_000, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 1)), secretariat);
		long closedFunded = project("Lukket medfinansieret", Visibility.MEMBERS);
		projects.addFunding(closedFunded, new FundingDetails(null, "Lukket fond", FundingStatus.GRANTED, 40_000,
				LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 1)), secretariat);
		grants.clear();
		dataSet("grants").get("grants").forEach(grants::add);
		assertThat(grants).filteredOn(g -> g.get("title").asString().startsWith("Åben medfinansieret"))
			.singleElement()
			.satisfies(g -> {
				assertThat(g.get("id").asString()).startsWith("DK-SPK-FL-");
				assertThat(g.get("amountAwarded").asLong()).isEqualTo(250_000);
				assertThat(g.get("awardDate").asString()).isEqualTo("2025-03-01");
				assertThat(g.get("fundingOrganization").get(0).get("id").asString())
					.isEqualTo("DK-SPK-FUNDER-grundejernes-investeringsfond");
				assertThat(g.get("fundingOrganization").get(0).get("name").asString())
					.isEqualTo("Grundejernes Investeringsfond");
				assertThat(g.get("grantProgramme")).isEmpty();
			});
		assertThat(grants).noneMatch(g -> g.get("title").asString().startsWith("Lukket medfinansieret"));

		var csv = csv("grants");
		assertThat(csv.headers()).startsWith("Identifier", "Title", "Description", "Currency", "Amount Awarded",
				"Award Date", "Recipient Org:Identifier");
		assertThat(csv.rows()).anySatisfy(row -> {
			assertThat(row.get("Identifier")).isEqualTo("DK-SPK-" + publicGrant);
			assertThat(row.get("Amount Awarded")).isEqualTo("120000");
			assertThat(row.get("Currency")).isEqualTo("DKK");
		});
		assertThat(csv.rows()).noneMatch(row -> row.get("Identifier").equals("DK-SPK-" + membersGrant));
	}

	@Test
	void resultsLeaveMembersProjectsOutAndSuppressFewPeople() throws Exception {
		long open = project("Åben resultatprojekt", Visibility.PUBLIC);
		long energy = indicator(open, "Energiforbrug", "kWh", null, 1_000, 600, 700);
		long few = indicator(open, "Deltagende beboere", "personer", null, 0, 20, 3);
		long closed = project("Lukket resultatprojekt", Visibility.MEMBERS);
		long hidden = indicator(closed, "Medlemmernes indikator", "kWh", null, 100, 50, 80);

		var results = new ArrayList<JsonNode>();
		dataSet("results").get("results").forEach(results::add);
		assertThat(results)
			.noneMatch(r -> r.get("indicatorId").asLong() == hidden || r.get("projectId").asLong() == closed);
		// Two measurements in 2026: the later one is the period's actual value.
		projects.measure(open, energy, LocalDate.of(2026, 3, 1), BigDecimal.valueOf(650), null, secretariat);
		projects.measure(open, energy, LocalDate.of(2026, 9, 1), BigDecimal.valueOf(640), null, secretariat);
		long unmeasured = projects.addIndicator(open, new IndicatorDetails(BottomLine.ECONOMIC, "Ikke målt", "kr.",
				BigDecimal.ZERO, LocalDate.of(2020, 1, 1), BigDecimal.TEN, LocalDate.of(2030, 1, 1), Set.of(), null),
				secretariat);
		results.clear();
		dataSet("results").get("results").forEach(results::add);
		var kwh = results.stream().filter(r -> r.get("indicatorId").asLong() == energy).toList();
		assertThat(kwh).as("a row per period").extracting(r -> r.get("period").asInt()).containsExactly(2025, 2026);
		assertThat(kwh.get(0).get("actual").decimalValue()).isEqualByComparingTo("700");
		assertThat(kwh.get(1).get("actual").decimalValue()).as("the period's last").isEqualByComparingTo("640");
		assertThat(kwh.get(1).get("actualOn").asString()).isEqualTo("2026-09-01");
		assertThat(kwh.get(0).get("baseline").decimalValue()).isEqualByComparingTo("1000");
		assertThat(kwh.get(0).get("bottomLine").asString()).isEqualTo("CLIMATE");
		assertThat(kwh.get(0).get("suppressed").asBoolean()).isFalse();
		assertThat(results.stream().filter(r -> r.get("indicatorId").asLong() == unmeasured))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("period").isNull()).isTrue();
				assertThat(r.get("actual").isNull()).isTrue();
			});
		var people = results.stream().filter(r -> r.get("indicatorId").asLong() == few).findFirst().orElseThrow();
		assertThat(people.get("actual").isNull()).as("3 residents").isTrue();
		assertThat(people.get("target").decimalValue()).isEqualByComparingTo("20");
		assertThat(people.get("suppressed").asBoolean()).isTrue();

		var csv = csv("results");
		assertThat(csv.headers()).containsExactly("projectId", "projectTitle", "bottomLine", "indicatorId",
				"indicator", "definitionCode", "unit", "baseline", "baselineDate", "target", "targetDate", "period",
				"actual", "actualOn", "suppressed");
		assertThat(csv.rows()).anySatisfy(row -> {
			assertThat(row.get("indicatorId")).isEqualTo(String.valueOf(energy));
			assertThat(row.get("period")).isEqualTo("2025");
			assertThat(row.get("actual")).isEqualTo("700");
			assertThat(row.get("unit")).isEqualTo("kWh");
		});
		assertThat(csv.rows()).anySatisfy(row -> {
			assertThat(row.get("indicatorId")).isEqualTo(String.valueOf(few));
			assertThat(row.get("actual")).isEmpty();
			assertThat(row.get("suppressed")).isEqualTo("true");
		});
		assertThat(csv.rows()).noneMatch(row -> row.get("indicatorId").equals(String.valueOf(hidden)));
	}

	@Test
	void daysCountParticipantsAndSuppressFewFromEitherSide() throws Exception {
		long day = heldDay(3, 7);

		var held = new ArrayList<JsonNode>();
		dataSet("days").get("days").forEach(held::add);
		var row = held.stream().filter(d -> d.get("id").asLong() == day).findFirst().orElseThrow();
		assertThat(row.get("participants").asLong()).as("10 confirmed, the waitlisted not").isEqualTo(10);
		assertThat(row.get("fromSector").isNull()).as("3 from the sector").isTrue();
		assertThat(row.get("fromOutside").asLong()).isEqualTo(7);
		assertThat(row.get("suppressed").asBoolean()).isTrue();
		assertThat(row.get("region").asString()).isEqualTo("SJAELLAND");

		var csv = csv("days");
		assertThat(csv.headers()).containsExactly("id", "title", "theme", "region", "date", "participants",
				"fromSector", "fromOutside", "suppressed");
		assertThat(csv.rows()).anySatisfy(r -> {
			assertThat(r.get("id")).isEqualTo(String.valueOf(day));
			assertThat(r.get("participants")).isEqualTo("10");
			assertThat(r.get("fromSector")).isEmpty();
			assertThat(r.get("fromOutside")).isEqualTo("7");
		});
	}

	@Test
	void theDirectoryDataSetsHoldThePublicFieldsOnly() throws Exception {
		var organisation = csv("organisations");
		assertThat(organisation.headers()).containsExactly("id", "name", "kind", "cvr", "municipality", "region",
				"member", "memberSince", "departments", "homes");
		var name = jdbc.sql("select name from organisation where id = ?").param(all.organisation).query(String.class)
			.single();
		assertThat(organisation.rows()).anySatisfy(row -> {
			assertThat(row.get("id")).isEqualTo(String.valueOf(all.organisation));
			assertThat(row.get("name")).isEqualTo(name);
			assertThat(row.get("member")).isEqualTo("true");
		});
		long organisations = jdbc.sql("select count(*) from organisation").query(Long.class).single();
		assertThat(organisation.rows()).hasSize((int) organisations);

		var departments = csv("departments");
		assertThat(departments.headers()).contains("id", "number", "organisationId", "homes");
		assertThat(departments.rows()).anyMatch(row -> row.get("id").equals(String.valueOf(all.department)));
		long departmentCount = jdbc.sql("select count(*) from department").query(Long.class).single();
		assertThat(departments.rows()).hasSize((int) departmentCount);

		var partners = csv("partners");
		assertThat(partners.headers()).contains("id", "name", "kind", "offers", "website")
			.doesNotContain("email", "phone");
		assertThat(partners.rows()).anyMatch(row -> row.get("id").equals(String.valueOf(all.partner)));
		var partnerJson = mvc.perform(get("/api/v1/data/partners.json")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(partnerJson).doesNotContain("\"email\"").doesNotContain("\"phone\"");
		var emails = jdbc.sql("select email from person where email is not null fetch first 20 rows only")
			.query(String.class).list();
		assertThat(emails).isNotEmpty().allSatisfy(email -> assertThat(partnerJson).doesNotContain(email));
	}

	@Test
	void anUnknownDataSetIsAProblem() throws Exception {
		for (var url : List.of("/api/v1/data/people.json", "/api/v1/data/people.csv",
				"/api/v1/data/schemas/people.schema.json")) {
			var response = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(404);
			assertThat(response.getContentType()).as(url).startsWith("application/problem+json");
		}
	}

	@Test
	void thePageListsEveryDataSetWithItsFormatsSchemaAndLicence() throws Exception {
		var html = mvc.perform(get("/data")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var page = Jsoup.parse(html);
		for (var set : SETS) {
			var section = page.getElementById("set-" + set);
			assertThat(section).as(set).isNotNull();
			assertThat(section.select("h3").text()).as(set).isNotBlank();
			assertThat(section.select("a[href=/api/v1/data/" + set + ".json]")).as(set).hasSize(1);
			assertThat(section.select("a[href=/api/v1/data/" + set + ".csv]")).as(set).hasSize(1);
			assertThat(section.select("a[href=/api/v1/data/schemas/" + set + ".schema.json]")).as(set).hasSize(1);
			assertThat(section.select("a[rel=license]").attr("href"))
				.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		}
		assertThat(page.select("footer a[href=/data]")).hasSize(1);
		assertThat(page.text()).contains("fra 1 til 4");
	}

	// --- samples

	private JsonNode dataSet(String set) throws Exception {
		var response = mvc.perform(get("/api/v1/data/" + set + ".json")).andReturn().getResponse();
		assertThat(response.getStatus()).as(set).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private record Csv(List<String> headers, List<CSVRecord> rows) {
	}

	private Csv csv(String set) throws Exception {
		var response = mvc.perform(get("/api/v1/data/" + set + ".csv")).andReturn().getResponse();
		assertThat(response.getStatus()).as(set).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		var bytes = response.getContentAsByteArray();
		assertThat(bytes).as("a byte order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text))) {
			return new Csv(parser.getHeaderNames(), parser.getRecords());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long project(String title, Visibility visibility) {
		return projects.propose(new ProjectDetails(title + " " + System.nanoTime(), "Til åbne data.", null, visibility,
				all.organisation, 500_000L, Set.of(), Set.of(101), Set.of()), secretariat);
	}

	private long indicator(long project, String name, String unit, String definition, int baseline, int target,
			int latest) {
		long indicator = projects.addIndicator(project, new IndicatorDetails(
				unit.equals("kWh") ? BottomLine.CLIMATE : BottomLine.SOCIAL, name, unit, BigDecimal.valueOf(baseline),
				LocalDate.of(2020, 1, 1), BigDecimal.valueOf(target), LocalDate.of(2030, 1, 1), Set.of(), definition),
				secretariat);
		projects.measure(project, indicator, LocalDate.of(2025, 1, 1), BigDecimal.valueOf(latest), null, secretariat);
		return indicator;
	}

	/** A granted application of a new project of the demo member's organisation, with the given visibility. */
	private long grantedApplication(Visibility visibility, long amount) {
		var today = LocalDate.now();
		long call = fund.createCall(new CallDetails("Åben pulje " + System.nanoTime(), "Til åbne data.", 1_000_000,
				200_000, today.minusDays(10), today.plusDays(10), Set.of(),
				List.of(new CriterionDetails("Social værdi", Aspect.SOCIAL, 2),
						new CriterionDetails("Gennemførlighed", Aspect.FEASIBILITY, 1))),
				secretariat);
		long project = project("Åben data-projekt", visibility);
		long application = fund.apply(call, project, new ApplicationDetails("Vi vil måle det hele.", "Måleudstyr.",
				amount, 500_000L, 0L), secretariat);
		for (var role : List.of(AssociationRole.BOARD, AssociationRole.ADVISORY_BOARD)) {
			var reviewer = reviewer(role);
			fund.assign(application, reviewer.accountId(), secretariat);
			var criteria = fund.application(application, reviewer).criteria();
			fund.score(application, Map.of(criteria.get(0).id(), 4, criteria.get(1).id(), 4), Map.of(), reviewer);
		}
		fund.decide(application, new Decision(true, amount, "Godt."), secretariat);
		return application;
	}

	private Viewer reviewer(AssociationRole role) {
		var email = "aaben-bedoemmer-" + System.nanoTime() + "@eksempel.dk";
		actors.addPersonToOrganisation(all.otherOrganisation,
				new PersonDetails("Åben Bedømmer", email, null, "Direktør", role));
		long id = accounts.createAccount(email, "Åben Bedømmer", "en-lang-adgangskode", Role.MEMBER,
				all.otherOrganisation, null);
		return new Viewer(id, "Åben Bedømmer", Role.MEMBER, all.otherOrganisation, null);
	}

	/** A day held last month with the given confirmed participants from the sector and outside, and two waitlisted. */
	private long heldDay(int sector, int outside) {
		var starts = Instant.now().plus(Duration.ofDays(20));
		long day = days.create(new DayDetails("Åben dag " + System.nanoTime(), null, null, Region.SJAELLAND,
				"Sorø Akademi", "Søgade 17, 4180 Sorø", starts, starts.plus(Duration.ofHours(6)), 30,
				Instant.now().minus(Duration.ofDays(1)), starts.minus(Duration.ofDays(1)), null));
		var held = Instant.now().minus(Duration.ofDays(30));
		jdbc.sql("update development_day set starts_at = ?, ends_at = ?, registration_opens_at = ?,"
				+ " registration_closes_at = ? where id = ?")
			.params(Timestamp.from(held), Timestamp.from(held.plus(Duration.ofHours(6))),
					Timestamp.from(held.minus(Duration.ofDays(20))), Timestamp.from(held.minus(Duration.ofDays(1))),
					day)
			.update();
		int n = 0;
		for (int i = 0; i < sector + outside + 2; i++) {
			var type = i < sector ? "HOUSING_STAFF" : "ADVISOR";
			var status = i < sector + outside ? "CONFIRMED" : "WAITLISTED";
			long id = 9_000_000_000L + day * 100 + n++;
			jdbc.sql("""
					insert into registration (id, day_id, name, email, participant_type, consent_at, status, arrival,
					    token_hash, created_at, status_changed_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, day, "Deltager " + i, "aaben-" + id + "@eksempel.dk", type, Timestamp.from(held), status,
						id, "aaben-" + id, Timestamp.from(held), Timestamp.from(held))
				.update();
		}
		return day;
	}
}
