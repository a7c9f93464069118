package dk.spirekassen.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

import java.nio.charset.StandardCharsets;

import dk.spirekassen.Chromium;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat imports a CSV file with one bad row in a real browser.
 */
@SpirekassenTest
class ImportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	dk.spirekassen.search.IndexBuilds indexBuilds;

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void open() {
		context = Chromium.context();
		page = context.newPage();
	}

	@AfterEach
	void close() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void importsACsvWithOneBadRowAfterShowingTheLineLevelReport() {
		var csv = """
				CVR;Organisation;Afdelingsnummer;Afdelingsnavn;Kommune;Boliger
				34567891;Boligforeningen Browserhøj;1;Browserhøj Nord;Odense;120
				34567891;Boligforeningen Browserhøj;2;Browserhøj Syd;Ingensteds;80
				34567891;Boligforeningen Browserhøj;3;Browserhøj Vest;461;64
				""";
		Chromium.signIn(page, "http://localhost:" + port, "sekretariat@spirekassen.dk");
		page.navigate("http://localhost:" + port + "/sekretariat/import");
		page.getByLabel("Fil").setInputFiles(new FilePayload("afdelinger.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)));
		page.locator("main form button[type=submit]").click();

		var problems = page.locator("main table").first();
		assertThat(problems).containsText("Linje");
		var row = problems.locator("tbody tr").first();
		assertThat(row.locator("td, th").nth(0)).hasText("3");
		assertThat(row).containsText("Kommune");
		assertThat(row).containsText("er ikke en kendt kommune: \"Ingensteds\"");
		assertThat(problems.locator("tbody tr")).hasCount(1);
		assertThat(countOf("Browserhøj")).isZero();

		page.locator("main button", new Page.LocatorOptions().setHasText("uden fejl")).click();
		assertThat(page.locator("main")).containsText("Indlæsningen er færdig", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertThat(countOf("Browserhøj")).isEqualTo(1);
		var organisation = directory.organisations(new OrganisationFilter("Browserhøj", null, null, null, null),
				Pageable.unpaged()).getContent().get(0);
		assertThat(organisation.departments()).isEqualTo(2);
		assertThat(organisation.homes()).isEqualTo(184);
	}

	/** The organisations found by the name, once a rebuild of the index that another test started is done. */
	private long countOf(String name) {
		indexBuilds.running().join();
		return directory.organisations(new OrganisationFilter(name, null, null, null, null), Pageable.unpaged())
			.getTotalElements();
	}
}
