package dk.spirekassen.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dk.spirekassen.Axe;
import dk.spirekassen.Chromium;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.search.IndexBuilds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site-wide search in a real browser.
 *
 * <p>The words and titles come from the demo data: the EV-charging project finished in 2022
 * ({@code ProjectDemoData.EV_CHARGING_TITLE}) has the word "ladestandere" in the text of its specification
 * catalogue PDF, whose title does not hold it, and is set in Aarhus among other municipalities; "LCA" is in the
 * text of a circular-building need, in no project's title or summary.
 */
@SpirekassenTest
class SearchBrowserTests {

	private static final String EV_PROJECT = "Elbilsopladning i almene boligafdelinger";

	/** A toolbox file of the EV project found only by the text inside it. */
	private static final String CATALOGUE = "Kravspecifikationskatalog til udbud";

	@LocalServerPort
	int port;

	@Autowired
	IndexBuilds builds;

	private final Chromium.Visitors visitors = new Chromium.Visitors();

	private final List<BrowserContext> contexts = new ArrayList<>();

	/** Other tests of the shared context may have asked for a rebuild of the index. */
	@BeforeEach
	void indexBuilt() {
		builds.running().join();
	}

	@AfterEach
	void close() {
		visitors.close();
		contexts.forEach(BrowserContext::close);
	}

	@Test
	void visitorFindsAToolboxFileByItsTextNarrowsByRegionAndDownloadsIt() {
		// 1. A visitor searches from the header of the front page and finds the project and its file.
		var visitor = visitors.as(base(), null);
		visitor.navigate(base() + "/");
		searchFromHeader(visitor, "ladestandere");
		assertThat(visitor).hasURL(base() + "/soeg?q=ladestandere");
		var project = hitLink(visitor, "Projekt", EV_PROJECT);
		assertThat(project).hasCount(1);
		var projectUrl = project.getAttribute("href");
		assertThat(projectUrl).matches("/projekter/\\d+");
		var file = hitLink(visitor, "Fil", CATALOGUE);
		assertThat(file).hasCount(1);
		var fileUrl = file.getAttribute("href");
		assertThat(fileUrl).startsWith(projectUrl + "/filer/").matches("/projekter/\\d+/filer/\\d+");
		assertThat(hit(visitor, "Fil", CATALOGUE).locator(".passage mark").first()).hasText(
				Pattern.compile("^ladestandere$", Pattern.CASE_INSENSITIVE));
		long before = count(visitor);

		// 2. They narrow to a region of the project; the project and its file are still found.
		var regions = visitor.locator("nav.facets ul").nth(facetIndex(visitor, "Region"));
		regions.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Region Midtjylland")).click();
		visitor.waitForURL(url -> url.contains("region=MIDTJYLLAND"));
		assertThat(visitor.locator("nav.facets a[aria-current=true]")).containsText("Region Midtjylland");
		assertThat(hitLink(visitor, "Projekt", EV_PROJECT)).hasCount(1);
		assertThat(hitLink(visitor, "Fil", CATALOGUE)).hasCount(1);
		assertThat(count(visitor)).isPositive().isLessThanOrEqualTo(before);

		// 3. They open the file: a PDF download.
		var download = visitor.waitForDownload(() -> hitLink(visitor, "Fil", CATALOGUE).click());
		assertThat(download.suggestedFilename()).isEqualTo("kravspecifikationskatalog.pdf");
		var response = visitor.request().get(base() + fileUrl);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(downloaded(download)).isEqualTo(response.body());
	}

	@Test
	void partnerFindsAnOpenNeedByItsTextAndLandsOnItInTheProject() {
		var partner = visitors.as(base(), "partner@spirekassen.dk");
		partner.navigate(base() + "/");
		searchFromHeader(partner, "LCA");
		assertThat(partner).hasURL(base() + "/soeg?q=LCA");
		var need = hits(partner, "Behov").filter(new Locator.FilterOptions().setHasText("BR18"));
		assertThat(need).hasCount(1);
		// Found by the need's own text: the title is its project's, which does not hold the word.
		assertThat(need.locator("h2 a")).not().containsText("LCA");
		assertThat(need.locator(".passage mark")).hasText("LCA");

		need.locator("h2 a").click();
		partner.waitForURL(Pattern.compile(".*/projekter/\\d+#behov-\\d+$").asMatchPredicate());
		var anchor = partner.url().substring(partner.url().indexOf('#'));
		var target = partner.locator(anchor);
		assertThat(target).isVisible();
		assertThat(target).isInViewport();
		assertThat(target).containsText("En LCA-beregner, der kender BR18's krav.");
		assertThat(target.locator(".meta .tag")).hasText("Åbent");
	}

	@Test
	void headerSearchWorksWithoutJavaScript() {
		var context = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("da-DK"));
		contexts.add(context);
		var page = context.newPage();
		page.navigate(base() + "/");
		searchFromHeader(page, "ladestandere");
		page.waitForURL(base() + "/soeg?q=ladestandere");
		assertThat(page.locator("h1")).hasText("Søg");
		assertThat(page.locator("#search-q")).hasValue("ladestandere");
		assertThat(hitLink(page, "Projekt", EV_PROJECT)).hasCount(1);
		assertThat(page.locator("#results p.count"))
			.containsText(Pattern.compile("^\\d+ resultater for »ladestandere«"));

		// The facets are plain links too; a value with one hit leads to a count in the singular.
		page.locator("nav.facets li")
			.filter(new Locator.FilterOptions().setHas(page.locator(".count",
					new Page.LocatorOptions().setHasText(exactly("1")))))
			.first()
			.locator("a")
			.click();
		page.waitForURL(url -> url.contains("&"));
		assertThat(page.locator("#results p.count")).containsText("1 resultat for »ladestandere«");
		assertThat(page.locator("ol.hit-list > li")).hasCount(1);
		page.navigate(base() + "/soeg?q=ladestandere");
		page.locator("nav.facets ul").nth(facetIndex(page, "Region"))
			.locator("a", new Locator.LocatorOptions().setHasText("Region Midtjylland"))
			.click();
		page.waitForURL(url -> url.contains("region=MIDTJYLLAND"));
		assertThat(hitLink(page, "Fil", CATALOGUE)).hasCount(1);
		assertThat(page.locator("#results p.count"))
			.containsText(Pattern.compile("^\\d+ resultat(er)? for »ladestandere«"));
	}

	@Test
	void searchPageWithResultsFitsAPhone() {
		var context = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("da-DK")
				.setViewportSize(390, 844)
				.setScreenSize(390, 844)
				.setDeviceScaleFactor(3)
				.setIsMobile(true)
				.setHasTouch(true));
		contexts.add(context);
		var page = context.newPage();
		page.navigate(base() + "/soeg?q=ladestandere");
		assertThat(page.locator("ol.hit-list > li").first()).isVisible();
		assertThat(page.locator("nav.facets")).isVisible();
		assertThat((Number) page.evaluate("screen.width")).isEqualTo(390);

		assertThat(Chromium.beyondTheScreen(page)).as("elements past the right edge of a 390 px screen").isEmpty();
		// A long word, repeated in the count line, wraps too.
		page.navigate(base() + "/soeg?q=ladestandere+udbudsmaterialekravspecifikationskatalogforberedelse");
		assertThat(page.locator("ol.hit-list > li").first()).isVisible();
		assertThat(Chromium.beyondTheScreen(page)).as("elements past the right edge of a 390 px screen").isEmpty();
		// The header's search field is usable: within the screen and not squeezed to nothing.
		var field = page.locator("#site-q").boundingBox();
		assertThat(field.x).isGreaterThanOrEqualTo(0);
		assertThat(field.x + field.width).isLessThanOrEqualTo(390);
		assertThat(field.width).isGreaterThan(150);
		assertThat(accessibilityViolations(page)).as("WCAG 2.1 AA violations").isEmpty();
	}

	@Test
	void searchPageShowsFacetsBesideTheHitsOnADesktop() {
		var context = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(1280, 900));
		contexts.add(context);
		var page = context.newPage();
		page.navigate(base() + "/soeg?q=ladestandere");
		var facets = page.locator("nav.facets").boundingBox();
		var hits = page.locator(".hits").boundingBox();
		assertThat(facets.x + facets.width).isLessThanOrEqualTo(hits.x);
		assertThat(Math.abs(facets.y - hits.y)).isLessThan(2);
		assertThat(Chromium.beyondTheScreen(page)).isEmpty();
		assertThat(accessibilityViolations(page)).as("WCAG 2.1 AA violations").isEmpty();
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static void searchFromHeader(Page page, String words) {
		var form = page.locator("header form.site-search");
		form.getByLabel("Søg på hele Spirekassen").fill(words);
		form.locator("button[type=submit]").click();
	}

	/** The hits of this kind, by the label of their kind. */
	private static Locator hits(Page page, String kind) {
		return page.locator("ol.hit-list > li")
			.filter(new Locator.FilterOptions().setHas(page.locator(".meta .tag",
					new Page.LocatorOptions().setHasText(exactly(kind)))));
	}

	/** The hits of this kind whose title is exactly this text. */
	private static Locator hit(Page page, String kind, String title) {
		return hits(page, kind).filter(new Locator.FilterOptions().setHas(page.locator("h2 a",
				new Page.LocatorOptions().setHasText(exactly(title)))));
	}

	/** A pattern for exactly this text, escaped for the browser's regular expressions (which know no \Q…\E). */
	private static Pattern exactly(String text) {
		return Pattern.compile("^\\s*" + text.replaceAll("([()\\[\\]{}.*+?^$|\\\\])", "\\\\$1") + "\\s*$");
	}

	private static Locator hitLink(Page page, String kind, String title) {
		return hit(page, kind, title).locator("h2 a");
	}

	private static long count(Page page) {
		return Long.parseLong(page.locator("#results .count[data-count]").getAttribute("data-count"));
	}

	/** The position of the facet with this heading among the facets. */
	private static int facetIndex(Page page, String heading) {
		var headings = page.locator("nav.facets h2").allTextContents().stream().map(String::strip).toList();
		assertThat(headings).contains(heading);
		return headings.indexOf(heading);
	}

	private static List<String> accessibilityViolations(Page page) {
		return Axe.violations(page)
			.stream()
			.map(violation -> violation.getId() + ": " + violation.getNodes().size())
			.toList();
	}

	private static byte[] downloaded(Download download) {
		try {
			return Files.readAllBytes(download.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
