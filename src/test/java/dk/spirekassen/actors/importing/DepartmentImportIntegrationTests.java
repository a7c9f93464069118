package dk.spirekassen.actors.importing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryRows.DepartmentRow;
import dk.spirekassen.actors.DirectoryRows.OrganisationRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import through its pages, as the secretariat uses it, on the real database. CVR numbers are made up for each
 * test and checked to be new, so the tests also run on a database with other data.
 */
@SpirekassenTest
class DepartmentImportIntegrationTests {

	private static final String HEADER = "CVR;Organisation;Afdelingsnummer;Afdelingsnavn;Kommune;Boliger\n";

	private static final Pattern JOB_URL = Pattern.compile("/sekretariat/import/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportHousekeeping housekeeping;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	private final Random random = new Random();

	@Test
	void housekeepingFailsJobsCutOffByAStoppedNodeAndDeletesCheckedFilesNobodyConfirmed() throws Exception {
		var csv = (HEADER + freshCvr() + ";Boligforeningen Oprydning;1;Oprydning;Aarhus;40\n")
			.getBytes(StandardCharsets.UTF_8);
		long cutOff = upload("afbrudt.csv", csv);
		long forgotten = upload("glemt.csv", csv);
		long fresh = upload("ny.csv", csv);
		var now = java.time.Instant.now();
		// A node began writing this one two hours ago and stopped; its transaction rolled back.
		jdbc.update("update import_job set status = 'RUNNING', mode = 'ALL', started_at = ? where id = ?",
				java.sql.Timestamp.from(now.minus(Duration.ofHours(2))), cutOff);
		jdbc.update("update import_job set created_at = ? where id = ?",
				java.sql.Timestamp.from(now.minus(Duration.ofDays(8))), forgotten);

		housekeeping.tidy();

		assertThat(jobs.findById(cutOff).orElseThrow().getStatus()).isEqualTo(ImportStatus.FAILED);
		assertThat(page(cutOff)).contains("Indlæsningen mislykkedes").contains(ImportHousekeeping.CUT_OFF);
		assertThat(jobs.findById(forgotten)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from import_row where job_id = ?", Long.class, forgotten))
			.isZero();
		assertThat(jobs.findById(fresh).orElseThrow().getStatus()).isEqualTo(ImportStatus.VALIDATED);
	}

	@Test
	void reportListsEveryBadRowWithLineColumnAndDanishReason() throws Exception {
		var cvr = freshCvr();
		var csv = HEADER + cvr + ";Boligforeningen Rapporten;1;Rapporten;Aarhus;40\n"
				+ wrongCheckDigit(freshCvr()) + ";Boligforeningen Fejl;1;Fejlen;Aarhus;10\n"
				+ cvr + ";Boligforeningen Rapporten;2;Rapporten Vest;Atlantis;12\n";

		var id = upload("rapport.csv", csv.getBytes(StandardCharsets.UTF_8));
		var html = page(id);

		assertThat(html).contains("Indlæsning af rapport.csv")
			.contains("Filen har 2 fejl i 2 rækker")
			.contains("<th scope=\"col\" class=\"num\">Linje</th>")
			.contains("<th scope=\"col\">Kolonne</th>")
			.contains("<th scope=\"col\">Årsag</th>");
		assertThat(problemRow(html, 3)).contains("<td>CVR</td>").contains("kontrolcifferet passer ikke");
		assertThat(problemRow(html, 4)).contains("<td>Kommune</td>").contains("er ikke en kendt kommune: \"Atlantis\"");
		assertThat(html).contains("value=\"VALID_ONLY\"")
			.contains("Indlæs kun den ene række uden fejl")
			.doesNotContain("value=\"ALL\"");
		assertThat(organisation(cvr)).isNull();
	}

	@Test
	void importAllIsRefusedForAFileWithProblemsAndValidOnlyWritesExactlyTheValidRows() throws Exception {
		var good = freshCvr();
		var alsoBad = freshCvr();
		var csv = HEADER + good + ";Boligforeningen Gyldig;1;Gyldig Nord;Aarhus Kommune;120\n"
				+ good + ";Boligforeningen Gyldig;2;Gyldig Syd;751;80\n"
				+ alsoBad + ";Boligforeningen Halv;1;Halv;Odense;mange\n";
		long departmentsBefore = departmentCount();
		var id = upload("delvis.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(page(id)).contains("Filen har 1 fejl i 1 række</h2>")
			.contains("Indlæs kun de 2 rækker uden fejl");
		var english = mvc.perform(get("/sekretariat/import/" + id).param("lang", "en").with(user(secretariat())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("The file has 1 problem in 1 row</h2>")
			.contains("must be a whole number, but is \"mange\"");

		var refused = mvc.perform(post("/sekretariat/import/" + id + "/udfoer").with(user(secretariat()))
			.with(csrf())
			.param("mode", "ALL"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("role=\"alert\"")
			.contains("Filen har fejl, så den kan ikke indlæses i sin helhed");
		assertThat(jobs.findById(id).orElseThrow().getStatus()).isEqualTo(ImportStatus.VALIDATED);
		assertThat(organisation(good)).isNull();
		assertThat(departmentCount()).isEqualTo(departmentsBefore);

		carryOut(id, "VALID_ONLY");
		var html = awaitFinished(id);

		assertThat(html).contains("data-status=\"DONE\"")
			.contains("data-figure=\"organisationsCreated\">1<")
			.contains("data-figure=\"departmentsCreated\">2<")
			.contains("Rækker med fejl, som ikke blev indlæst");
		var organisation = organisation(good);
		assertThat(organisation).isNotNull();
		assertThat(organisation.name()).isEqualTo("Boligforeningen Gyldig");
		assertThat(departments(organisation)).extracting(DepartmentRow::number, DepartmentRow::name,
				DepartmentRow::homes)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1", "Gyldig Nord", 120),
					org.assertj.core.groups.Tuple.tuple("2", "Gyldig Syd", 80));
		assertThat(organisation(alsoBad)).isNull();
		assertThat(departmentCount()).isEqualTo(departmentsBefore + 2);
	}

	@Test
	void importingTheSameXlsxFileTwiceChangesNothingTheSecondTime() throws Exception {
		var first = freshCvr();
		var second = freshCvr();
		var xlsx = xlsx(List.of(List.of(first, "Boligselskabet Gentag", "1", "Gentag A", "København", "64"),
				List.of(first, "Boligselskabet Gentag", "2", "Gentag B", "101", "12"),
				List.of(second, "Boligforeningen Igen", "10", "Igen", "Odense", "300"),
				List.of(second, "Boligforeningen Igen", "11", "Igen Øst", "Odense", "0")));
		long departmentsBefore = departmentCount();

		var id = upload("gentag.xlsx", xlsx);
		assertThat(page(id)).contains("Filen har ingen fejl. Alle 4 rækker kan indlæses.");
		carryOut(id, "ALL");
		assertThat(awaitFinished(id)).contains("data-figure=\"organisationsCreated\">2<")
			.contains("data-figure=\"departmentsCreated\">4<")
			.doesNotContain("data-nothing-changed");
		assertThat(departmentCount()).isEqualTo(departmentsBefore + 4);
		var before = departments(organisation(first));

		var again = upload("gentag.xlsx", xlsx);
		carryOut(again, "ALL");
		assertThat(awaitFinished(again)).contains("data-nothing-changed")
			.contains("data-figure=\"organisationsCreated\">0<")
			.contains("data-figure=\"organisationsRenamed\">0<")
			.contains("data-figure=\"departmentsCreated\">0<")
			.contains("data-figure=\"departmentsUpdated\">0<")
			.contains("data-figure=\"departmentsUnchanged\">4<");
		assertThat(departmentCount()).isEqualTo(departmentsBefore + 4);
		assertThat(departments(organisation(first))).isEqualTo(before);
	}

	@Test
	void acceptsMunicipalitiesByNameCodeAndOfficialName() throws Exception {
		var cvr = freshCvr();
		var csv = HEADER + cvr + ";Boligforeningen Kommunerne;1;A;Aarhus;1\n"
				+ cvr + ";Boligforeningen Kommunerne;2;B;aarhus kommune;1\n"
				+ cvr + ";Boligforeningen Kommunerne;3;C;0751;1\n"
				+ cvr + ";Boligforeningen Kommunerne;4;D;Københavns Kommune;1\n"
				+ cvr + ";Boligforeningen Kommunerne;5;E;Bornholms Regionskommune;1\n"
				+ cvr + ";Boligforeningen Kommunerne;6;F;Nordfyns Kommune;1\n"
				+ cvr + ";Boligforeningen Kommunerne;7;G;Aarhuss;1\n";

		var html = page(upload("kommuner.csv", csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(html).contains("Filen har 1 fejl i 1 række</h2>");
		assertThat(problemRow(html, 8)).contains("er ikke en kendt kommune: \"Aarhuss\"");
	}

	@Test
	void aFailedImportWritesNothingAndShowsAReference() throws Exception {
		var cvr = freshCvr();
		var csv = HEADER + cvr + ";Boligforeningen Uheld;1;Uheld A;Aarhus;10\n"
				+ cvr + ";Boligforeningen Uheld;2;Uheld B;Aarhus;20\n";
		long departmentsBefore = departmentCount();
		var id = upload("uheld.csv", csv.getBytes(StandardCharsets.UTF_8));
		// The stored second row breaks a database rule, so the write fails after the first row was written.
		assertThat(jdbc.update("update import_row set homes = -1 where job_id = ? and line = 3", id)).isEqualTo(1);

		carryOut(id, "ALL");
		var html = awaitFinished(id);

		assertThat(html).contains("data-status=\"FAILED\"")
			.contains("Indlæsningen mislykkedes")
			.contains("Intet er gemt")
			.containsPattern("data-reference>[0-9a-f]{8}<")
			.doesNotContain("Exception");
		assertThat(organisation(cvr)).isNull();
		assertThat(departmentCount()).isEqualTo(departmentsBefore);
	}

	@Test
	void aRunningImportShowsProgressPollsWithHtmxAndRefreshesWithoutJavaScript() throws Exception {
		var job = new ImportJob("stor.csv", "sekretariat@spirekassen.dk");
		job.checked(10_000, 10_000, 0);
		job.start(ImportMode.ALL);
		job.progress(1_500);
		long id = jobs.save(job).getId();

		var html = page(id);
		assertThat(html).contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>")
			.contains("aria-live=\"polite\"")
			.containsPattern("<progress max=\"10000\" value=\"1500\" aria-label=\"Indlæste rækker\">")
			.contains("1.500 af 10.000 rækker");

		var partial = mvc.perform(get("/sekretariat/import/" + id).with(user(secretariat())).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(partial).doesNotContain("<html")
			.contains("data-hx-get=\"/sekretariat/import/" + id + "\"")
			.contains("data-hx-trigger=\"every 1s\"")
			.contains("data-hx-swap=\"outerHTML\"");
	}

	@Test
	void aFinishedImportStopsPollingAndRefreshing() throws Exception {
		var id = upload("faerdig.csv",
				(HEADER + freshCvr() + ";Boligforeningen Færdig;1;Færdig;Aarhus;5\n").getBytes(StandardCharsets.UTF_8));
		carryOut(id, "ALL");
		var html = awaitFinished(id);

		assertThat(html).doesNotContain("http-equiv=\"refresh\"").doesNotContain("hx-trigger");
		assertThat(html).contains("href=\"/organisationer\"").contains("href=\"/afdelinger\"");
	}

	@Test
	void aFileThatCannotBeUsedGetsAClearDanishMessageAndNoJob() throws Exception {
		long jobsBefore = jobs.count();

		var damaged = uploadPage("afdelinger.xlsx", new byte[] { 'P', 'K', 3, 4, 42, 42, 42, 42 });
		assertThat(damaged).contains("role=\"alert\"")
			.contains("Filen kan ikke bruges")
			.contains("Filen ligner en XLSX-fil, men kan ikke læses.")
			.contains("aria-invalid=\"true\"");

		var headerOnly = uploadPage("tom.csv", HEADER.getBytes(StandardCharsets.UTF_8));
		assertThat(headerOnly).contains("Filen har kun en overskriftslinje og ingen afdelinger.");

		var missing = uploadPage("kolonner.csv", "CVR;Navn\n12345674;X\n".getBytes(StandardCharsets.UTF_8));
		assertThat(missing).contains("Linje 1, kolonne Kommune: mangler i overskriftslinjen.");

		var none = mvc.perform(multipart("/sekretariat/import").file(new MockMultipartFile("file", "", null, new byte[0]))
			.with(user(secretariat()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("Vælg en fil.");
		assertThat(jobs.count()).isEqualTo(jobsBefore);
	}

	@Test
	void aFileOfMegabytesIsCheckedAndImportedFromTheUploadAsAStream() throws Exception {
		int organisations = 200;
		int perOrganisation = 100;
		var csv = new StringBuilder(HEADER);
		var cvrs = new ArrayList<String>();
		for (int o = 0; o < organisations; o++) {
			var cvr = freshCvr();
			cvrs.add(cvr);
			for (int d = 1; d <= perOrganisation; d++) {
				csv.append(cvr).append(";Boligselskabet Storfil ").append(cvr).append(';').append(d)
					.append(";Afdeling ").append(d).append(" ved den lange vej i den gamle by;Aarhus Kommune;").append(d)
					.append('\n');
			}
		}
		csv.append(cvrs.get(0)).append(";Boligselskabet Storfil ").append(cvrs.get(0)).append(";9999;Fejl;Atlantis;1\n");
		var content = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(content.length).isGreaterThan(2_000_000);
		long departmentsBefore = departmentCount();

		var location = mvc.perform(multipart("/sekretariat/import").file(new StreamOnlyFile("stor.csv", content))
			.with(user(secretariat()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var matcher = JOB_URL.matcher(location);
		assertThat(matcher.matches()).as(location).isTrue();
		long id = Long.parseLong(matcher.group(1));
		assertThat(page(id)).contains("Filen har 1 fejl i 1 række</h2>")
			.contains("Indlæs kun de 20.000 rækker uden fejl");

		carryOut(id, "VALID_ONLY");
		var html = awaitFinished(id, Duration.ofMinutes(3));

		assertThat(html).contains("data-status=\"DONE\"")
			.contains("data-figure=\"organisationsCreated\">200<")
			.contains("data-figure=\"departmentsCreated\">20.000<");
		assertThat(departmentCount()).isEqualTo(departmentsBefore + organisations * perOrganisation);
		assertThat(departments(organisation(cvrs.get(199)))).hasSize(perOrganisation)
			.anySatisfy(d -> assertThat(d.name()).isEqualTo("Afdeling 100 ved den lange vej i den gamle by"));
		assertThat(jdbc.queryForObject("select count(*) from import_row where job_id = ?", Long.class, id)).isZero();
	}

	@Test
	void aFileFoundUnusableFarDownKeepsNoneOfTheRowsCheckedBefore() throws Exception {
		var cvr = freshCvr();
		var csv = new StringBuilder(HEADER);
		for (int d = 1; d <= 1_500; d++) {
			csv.append(cvr).append(";Boligselskabet Halvvejs;").append(d).append(";Afdeling ").append(d)
				.append(";Aarhus;10\n");
		}
		csv.append(cvr).append(";\"Boligselskabet Halvvejs;1501;Afdeling;Aarhus;10\n");
		long jobsBefore = jobs.count();
		long rowsBefore = jdbc.queryForObject("select count(*) from import_row", Long.class);

		var html = uploadPage("halvvejs.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("CSV-filen kan ikke læses fra linje 1502");
		assertThat(jobs.count()).isEqualTo(jobsBefore);
		assertThat(jdbc.queryForObject("select count(*) from import_row", Long.class)).isEqualTo(rowsBefore);
	}

	@Test
	void uploadPageLinksToAValidSampleFile() throws Exception {
		var html = mvc.perform(get("/sekretariat/import").with(user(secretariat())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("enctype=\"multipart/form-data\"")
			.contains("<label for=\"f-file\">")
			.contains("href=\"/import/eksempel-afdelinger.csv\"");

		var sample = mvc.perform(get("/import/eksempel-afdelinger.csv").with(user(secretariat())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var id = upload("eksempel-afdelinger.csv", sample);
		assertThat(page(id)).contains("Filen har ingen fejl. Alle 7 rækker kan indlæses.");
	}

	@Test
	void onlyTheSecretariatMayImport() throws Exception {
		mvc.perform(get("/sekretariat/import")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/sekretariat/import").file(csvFile()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));

		var member = accounts.loadUserByUsername("medlem@spirekassen.dk");
		long jobsBefore = jobs.count();
		mvc.perform(get("/sekretariat/import").with(user(member))).andExpect(status().isForbidden());
		mvc.perform(multipart("/sekretariat/import").file(csvFile()).with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		var id = upload("egen.csv", csvFile().getBytes());
		mvc.perform(get("/sekretariat/import/" + id).with(user(member))).andExpect(status().isForbidden());
		mvc.perform(post("/sekretariat/import/" + id + "/udfoer").with(user(member)).with(csrf()).param("mode", "ALL"))
			.andExpect(status().isForbidden());
		assertThat(jobs.count()).isEqualTo(jobsBefore + 1);
		assertThat(jobs.findById(id).orElseThrow().getStatus()).isEqualTo(ImportStatus.VALIDATED);
	}

	@Test
	void uploadWithTheFormsHiddenCsrfFieldWorksOnTheRealServer() throws Exception {
		var http = signedInClient();
		var uploadPage = http.send(HttpRequest.newBuilder(uri("/sekretariat/import")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(uploadPage.statusCode()).isEqualTo(200);
		var token = csrfToken(uploadPage.body());
		var csv = (HEADER + freshCvr() + ";Boligforeningen Tomcat;1;Tomcat;Aarhus;3\n").getBytes(StandardCharsets.UTF_8);

		var withToken = http.send(multipartRequest(token, csv), HttpResponse.BodyHandlers.ofString());
		var withoutToken = http.send(multipartRequest(null, csv), HttpResponse.BodyHandlers.ofString());

		assertThat(withToken.statusCode()).isEqualTo(302);
		assertThat(withToken.headers().firstValue("Location").orElseThrow()).containsPattern("/sekretariat/import/\\d+$");
		assertThat(withoutToken.statusCode()).isEqualTo(403);
	}

	@Test
	void aFileLargerThanAllowedGetsTheUploadPageWithTheReason() throws Exception {
		var http = signedInClient();
		var token = csrfToken(http.send(HttpRequest.newBuilder(uri("/sekretariat/import")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		var large = new byte[26 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');

		var refused = http.send(multipartRequest(token, large, false), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(302);
		var location = refused.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/sekretariat/import?for-stor");
		var page = http.send(HttpRequest.newBuilder(uri("/sekretariat/import?for-stor")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("role=\"alert\"").contains("Filen er for stor. Den må højst fylde 25 MB.");
	}

	@Test
	void aChunkedUploadIsHeldToTheSameLimitByItsBytes() throws Exception {
		var http = signedInClient();
		var token = csrfToken(http.send(HttpRequest.newBuilder(uri("/sekretariat/import")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		long jobsBefore = jdbc.queryForObject("select count(*) from import_job", Long.class);
		var large = new byte[27 * 1024 * 1024];
		java.util.Arrays.fill(large, (byte) 'a');

		// Sent without a length, as a chunked stream: only the bytes themselves can show it is too large.
		var refused = http.send(multipartRequest(token, large, true), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/sekretariat/import?for-stor");
		assertThat(jdbc.queryForObject("select count(*) from import_job", Long.class)).isEqualTo(jobsBefore);
	}

	// --- helpers

	private long upload(String name, byte[] content) throws Exception {
		var location = mvc.perform(multipart("/sekretariat/import").file(new MockMultipartFile("file", name, null, content))
			.with(user(secretariat()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var matcher = JOB_URL.matcher(location);
		assertThat(matcher.matches()).as(location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String uploadPage(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/sekretariat/import").file(new MockMultipartFile("file", name, null, content))
			.with(user(secretariat()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(long id) throws Exception {
		return mvc.perform(get("/sekretariat/import/" + id).with(user(secretariat())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void carryOut(long id, String mode) throws Exception {
		mvc.perform(post("/sekretariat/import/" + id + "/udfoer").with(user(secretariat())).with(csrf()).param("mode", mode))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sekretariat/import/" + id));
	}

	/** The job's page once the job is no longer running; waits at most 30 seconds. */
	private String awaitFinished(long id) throws Exception {
		return awaitFinished(id, Duration.ofSeconds(30));
	}

	private String awaitFinished(long id, Duration atMost) throws Exception {
		var deadline = System.nanoTime() + atMost.toNanos();
		while (System.nanoTime() < deadline) {
			var html = page(id);
			if (!html.contains("data-status=\"RUNNING\"")) {
				return html;
			}
			Thread.sleep(100);
		}
		return fail("Import " + id + " still running after " + atMost);
	}

	private static String problemRow(String html, int line) {
		var matcher = Pattern.compile("<tr data-line=\"" + line + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(matcher.find()).as("problem on line " + line).isTrue();
		return matcher.group(1);
	}

	private UserDetails secretariat() {
		return accounts.loadUserByUsername("sekretariat@spirekassen.dk");
	}

	/** An uploaded file that may be read as a stream only, as a large upload should be. */
	private static final class StreamOnlyFile extends MockMultipartFile {

		StreamOnlyFile(String name, byte[] content) {
			super("file", name, "text/csv", content);
		}

		@Override
		public byte[] getBytes() {
			throw new UnsupportedOperationException("An upload is read as a stream, not held whole");
		}
	}

	private static MockMultipartFile csvFile() {
		return new MockMultipartFile("file", "afdelinger.csv", "text/csv",
				(HEADER + "39172046;Boligforeningen Spirehøj;1;Spirehøj Nord;Aarhus;212\n").getBytes(StandardCharsets.UTF_8));
	}

	private long departmentCount() {
		return directory.departments(new DepartmentFilter(null, null, null, null, null), Pageable.ofSize(1))
			.getTotalElements();
	}

	private OrganisationRow organisation(String cvr) {
		return directory.organisations(new OrganisationFilter(cvr, null, null, null, null), Pageable.unpaged())
			.stream()
			.filter(o -> cvr.equals(o.cvr()))
			.findFirst()
			.orElse(null);
	}

	private List<DepartmentRow> departments(OrganisationRow organisation) {
		return directory.organisation(organisation.id()).orElseThrow().departments();
	}

	/** A valid CVR number that no organisation has. */
	/** The CVR numbers handed out, so that no two made for one file are the same before they are in the database. */
	private final java.util.Set<String> issued = new java.util.HashSet<>();

	private String freshCvr() {
		int[] weights = { 2, 7, 6, 5, 4, 3, 2 };
		while (true) {
			var digits = String.valueOf(6_000_000 + random.nextInt(3_000_000));
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				sum += (digits.charAt(i) - '0') * weights[i];
			}
			int check = (11 - sum % 11) % 11;
			var cvr = digits + check;
			if (check < 10 && organisation(cvr) == null && issued.add(cvr)) {
				return cvr;
			}
		}
	}

	private static String wrongCheckDigit(String cvr) {
		return cvr.substring(0, 7) + (char) ('0' + (cvr.charAt(7) - '0' + 1) % 10);
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Afdelinger");
			var headers = List.of("CVR", "Organisation", "Afdelingsnummer", "Afdelingsnavn", "Kommune", "Boliger");
			var header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 1);
				var values = rows.get(r);
				for (int i = 0; i < values.size(); i++) {
					var value = values.get(i);
					// Numbers go in as numbers, as spreadsheets hold them.
					if (value.matches("\\d+")) {
						row.createCell(i).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(i).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** An HTTP client signed in as the secretariat through the login form, as a browser is. */
	private HttpClient signedInClient() throws Exception {
		var http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		var login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
		var form = "username=" + encode("sekretariat@spirekassen.dk") + "&password=spirekasse-demo&_csrf="
				+ encode(csrfToken(login.body()));
		var signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("fejl"));
		return http;
	}

	private HttpRequest multipartRequest(String csrfToken, byte[] file) {
		return multipartRequest(csrfToken, file, false);
	}

	private HttpRequest multipartRequest(String csrfToken, byte[] file, boolean chunked) {
		var boundary = "----spirekassen" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		if (csrfToken != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tomcat.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var bytes = body.toByteArray();
		return HttpRequest.newBuilder(uri("/sekretariat/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			// A browser names the page the form was on; a refused upload goes back there.
			.header("Referer", uri("/sekretariat/import").toString())
			.POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
					: HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
	}

	private static String csrfToken(String html) {
		var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
