package dk.spirekassen.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.PersonDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national-scale generator at a hundredth of the country, on a database of its own (another in-memory H2
 * database, or another schema of the PostgreSQL test database) without demo data, so every row is the generator's.
 */
@SpirekassenTest
@TestPropertySource(properties = { "spirekassen.demo.enabled=false", "spirekassen.national-scale.enabled=true",
		"spirekassen.national-scale.factor=0.01" })
class NationalScaleDataIntegrationTests {

	/** Rows written by the tests themselves carry this in their email, so the counts leave them out. */
	private static final String OWN = "national-test-";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	NationalScaleData generator;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActorManagement actors;

	@Autowired
	ProjectManagement projects;

	@Autowired
	dk.spirekassen.search.IndexBuilds search;

	@Autowired
	dk.spirekassen.search.SiteSearch siteSearch;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		var profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("postgres")) {
			var url = System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/spirekassen");
			registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=national");
			registry.add("spring.flyway.default-schema", () -> "national");
			registry.add("spring.flyway.schemas", () -> "national");
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:national;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}

	@Test
	void writesEveryFigureOfTheCountryTimesTheFactorOnce() throws Exception {
		var expected = Map.of("organisation", 6, "department", 80, "partner", 200, "person", 500, "project", 100,
				"project_need", 300, "indicator", 400, "project_file", 30, "development_day", 3, "registration", 600);
		assertThat(counts(expected)).isEqualTo(expected);

		generator.run(null);

		assertThat(counts(expected)).as("a second start adds nothing").isEqualTo(expected);
	}

	@Test
	void gathersThePlannersStatisticsAfterTheBulkLoad() {
		var postgres = jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'pg_stats'",
				Integer.class);
		org.junit.jupiter.api.Assumptions.assumeTrue(postgres > 0, "PostgreSQL only");
		assertThat(jdbc.queryForObject(
				"select count(*) from pg_stats where schemaname = current_schema() and tablename = 'partner'",
				Integer.class))
			.as("column statistics of a table written in bulk")
			.isPositive();
	}

	@Test
	void theDataWrittenInBulkIsSearchable() {
		search.running().join();
		var partner = jdbc.queryForMap("select id, name from partner order by id desc limit 1");
		var project = jdbc.queryForMap("select id, title from project where visibility = 'PUBLIC' order by id desc limit 1");
		assertThat(found("\"" + partner.get("name") + "\"", dk.spirekassen.shared.SearchKind.PARTNER))
			.contains(((Number) partner.get("id")).longValue());
		assertThat(found("\"" + project.get("title") + "\"", dk.spirekassen.shared.SearchKind.PROJECT))
			.contains(((Number) project.get("id")).longValue());
	}

	private java.util.List<Long> found(String words, dk.spirekassen.shared.SearchKind kind) {
		return siteSearch
			.search(new dk.spirekassen.search.SearchRequest(words, kind, null, null, null, null, null, null, null),
					dk.spirekassen.projects.Viewer.ANONYMOUS, org.springframework.data.domain.PageRequest.of(0, 50))
			.hits()
			.stream()
			.map(dk.spirekassen.search.SearchResults.Hit::id)
			.toList();
	}

	@Test
	void keepsTheRulesOfProjectsAndDays() {
		assertThat(count("""
				select count(*) from project p where p.stage in ('RUNNING', 'COMPLETED', 'ANCHORED')
				  and (p.owner_organisation_id is null or not exists (select 1 from project_participant l
				    where l.project_id = p.id and l.role = 'LEAD' and l.account_id is not null))""")).isZero();
		assertThat(count("select count(*) from project where stage in ('COMPLETED', 'ANCHORED') and results_summary is null"))
			.isZero();
		assertThat(count("select count(*) from project where stage = 'ANCHORED' and lessons is null")).isZero();
		assertThat(count("select count(*) from project where (stage = 'PAUSED') <> (paused_from is not null)")).isZero();
		assertThat(count("""
				select count(*) from development_day d where d.capacity < (select count(*) from registration r
				  where r.day_id = d.id and r.status = 'CONFIRMED')""")).as("days over capacity").isZero();
		assertThat(count("""
				select count(*) from registration w where w.status = 'WAITLISTED' and w.arrival < (select max(c.arrival)
				  from registration c where c.day_id = w.day_id and c.status = 'CONFIRMED')"""))
			.as("waitlisted ahead of a seat").isZero();
		assertThat(count("select count(distinct content_type) from project_file")).isEqualTo(4);
	}

	@Test
	void measuresWhatRanAndFundsWithEveryKindOfFunder() {
		assertThat(count("select count(*) from measurement")).as("measurements").isPositive();
		assertThat(count("""
				select count(*) from measurement m join indicator i on i.id = m.indicator_id
				where not exists (select 1 from project_transition t where t.project_id = i.project_id
				  and t.to_stage = 'RUNNING')""")).as("measured without having run").isZero();
		assertThat(count("""
				select count(*) from measurement m join indicator i on i.id = m.indicator_id
				where m.measured_on <= i.baseline_date or m.measured_on >= current_date""")).as("measured out of time")
			.isZero();
		assertThat(count("select count(distinct funder_kind) from funding_line")).isEqualTo(5);
		assertThat(count("select count(distinct status) from funding_line")).isEqualTo(4);
		assertThat(count("select count(*) from funding_line where decided_on > current_date")).isZero();
		assertThat(count("select count(*) from funding_line where status = 'APPLIED' and decided_on is not null"))
			.isZero();
	}

	@Test
	void directoryPagesAndExportsAnswer() throws Exception {
		for (var page : new String[] { "/", "/organisationer", "/afdelinger", "/partnere", "/projekter",
				"/udviklingsdage", "/organisationer/eksport?format=xlsx", "/partnere/eksport?format=csv",
				"/projekter/eksport?format=xlsx", "/portefoelje", "/portefoelje/eksport?tabel=udvikling&format=xlsx",
				"/api/v1/data/grants.json", "/api/v1/data/results.csv" }) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
		var departments = mvc.perform(get("/afdelinger/eksport?format=csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(departments.lines().count()).isEqualTo(1 + count("select count(*) from department"));
	}

	@Test
	void filesPassTheUploadCheckAndLaterInsertsGetFreshIds() throws Exception {
		var email = OWN + System.nanoTime() + "@spirekassen.dk";
		long accountId = accounts.createAccount(email, "Test Sekretariat", "test-password-1234", Role.SECRETARIAT,
				null, null);
		var secretariat = (SignedInUser) accounts.loadUserByUsername(email);
		var viewer = new Viewer(accountId, "Test Sekretariat", Role.SECRETARIAT, null, null);
		var files = jdbc.queryForList("""
				select min(id) as id from project_file group by content_type""", Long.class);
		assertThat(files).hasSize(4);
		for (long fileId : files) {
			var file = jdbc.queryForMap("select project_id, file_name, content_type from project_file where id = ?",
					fileId);
			long projectId = ((Number) file.get("project_id")).longValue();
			var response = mvc.perform(get("/projekter/" + projectId + "/filer/" + fileId).with(user(secretariat)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(response.getContentType()).startsWith((String) file.get("content_type"));
			// The upload's content check takes the file for what it is; the new file gets an id no generated one has.
			long copy = projects.addFile(projectId, "Kopi", (String) file.get("file_name"),
					response.getContentAsByteArray(), false, viewer);
			assertThat(count("select count(*) from project_file where id = " + copy)).isEqualTo(1);
			// The text written with the file holds the words an upload of it reads from its first line.
			var text = "select t.text from project_file f join project_file_text t on t.id = f.text_id where f.id = ?";
			var written = jdbc.queryForObject(text, String.class, fileId);
			var read = jdbc.queryForObject(text, String.class, copy);
			assertThat(written).isNotBlank();
			assertThat(read).contains(written.lines().findFirst().orElseThrow().split("\\s+"));
		}
		long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
		long person = actors.addPersonToOrganisation(organisation,
				new PersonDetails("Test Person", OWN + "person@spirekassen.dk", null, null, null));
		assertThat(count("select count(*) from person where id = " + person)).isEqualTo(1);
	}

	private Map<String, Integer> counts(Map<String, Integer> expected) {
		var own = Map.of("person", " where email is null or email not like '" + OWN + "%'", "project_file",
				" where title is null or title <> 'Kopi'");
		var counts = new java.util.HashMap<String, Integer>();
		expected.keySet().forEach(table -> counts.put(table,
				jdbc.queryForObject("select count(*) from " + table + own.getOrDefault(table, ""), Integer.class)));
		return counts;
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}
}
