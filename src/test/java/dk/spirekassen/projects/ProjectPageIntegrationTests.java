package dk.spirekassen.projects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project's page as it reads: each indicator's chart with its axes, legend and summary in words, its table in date
 * order with the target apart, the "På denne side" list of the sections there are, and a partner's offer shown as
 * made instead of offered again.
 */
@SpirekassenTest
class ProjectPageIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectManagement projects;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvc mvc;

	private ProjectSamples samples;

	private Samples directory;

	@BeforeEach
	void samples() {
		directory = new Samples(context);
		samples = directory.projects;
	}

	@Test
	void anIndicatorsChartHasAxesALegendAndASummaryAndItsTableIsInDateOrderWithTheTargetApart() throws Exception {
		long id = samples.freshIdea(directory.organisation);
		long indicator = projects.addIndicator(id, new IndicatorDetails(BottomLine.SOCIAL, "Beboere i job", "personer",
				new BigDecimal("12"), LocalDate.of(2023, 1, 15), new BigDecimal("25"), LocalDate.of(2026, 6, 30),
				Set.of()), samples.secretariat);
		// Measured out of order, and once after the target's day.
		projects.measure(id, indicator, LocalDate.of(2024, 6, 10), new BigDecimal("18"), "Efter kurset",
				samples.secretariat);
		projects.measure(id, indicator, LocalDate.of(2023, 9, 1), new BigDecimal("14"), null, samples.secretariat);

		var page = page("/projekter/" + id, null);
		var article = page.selectFirst("#indikator-" + indicator);
		var summary = "Fra 12 (jan. 2023) til 18 (jun. 2024); mål 25 i 2026";
		assertThat(article.select(".chart-summary").text()).isEqualTo(summary);
		var chart = article.selectFirst("svg.chart");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(page.getElementById(chart.attr("aria-labelledby")).text())
			.isEqualTo("Beboere i job (personer): " + summary);
		assertThat(chart.select(".value-axis text").eachText()).as("round values from below 12 to above 25")
			.containsExactly("10", "15", "20", "25");
		assertThat(chart.select(".time-axis text").eachText()).containsExactly("2024", "2025", "2026");
		assertThat(chart.select("circle.measured-point")).hasSize(2);
		assertThat(article.select(".chart-legend .legend-target").text()).isEqualTo("Mål: 25 i 2026");

		var table = article.selectFirst("table.measurements");
		assertThat(table.select("tbody.readings tr").eachText()).as("the baseline and measurements by date")
			.containsExactly("15. januar 2023 12 Udgangspunkt", "1. september 2023 14", "10. juni 2024 18 Efter kurset");
		assertThat(table.select("tbody.target tr").eachText()).containsExactly("30. juni 2026 25 Mål");

		long unmeasured = projects.addIndicator(id, new IndicatorDetails(BottomLine.CLIMATE, "Energiforbrug", "kWh",
				new BigDecimal("1000"), LocalDate.of(2025, 3, 1), new BigDecimal("800"), LocalDate.of(2025, 12, 1),
				Set.of()), samples.secretariat);
		var second = page("/projekter/" + id, null).selectFirst("#indikator-" + unmeasured);
		assertThat(second.select(".chart-summary").text())
			.isEqualTo("Udgangspunkt 1.000 (mar. 2025), ingen målinger endnu; mål 800 i 2025");
		assertThat(second.select(".time-axis text").eachText()).as("less than two new years: the first and last month")
			.containsExactly("mar. 2025", "dec. 2025");
	}

	@Test
	void aLongProjectPageListsItsSectionsAndAShortOneDoesNot() throws Exception {
		var page = page("/projekter/" + samples.project, null);
		var links = page.select("nav.on-this-page a");
		assertThat(links.eachText()).contains("Deltagere", "Behov", "Finansiering", "Indikatorer", "Værktøjskasse",
				"Historik");
		for (var link : links) {
			assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
		}
		assertThat(links.eachText()).as("no results yet").doesNotContain("Resultater og læring");

		long bare = projects.propose(new ProjectDetails("Qzxv " + System.nanoTime(), "Wyq zrk.", null,
				Visibility.PUBLIC, null, null, Set.of(), Set.of(), Set.of()), samples.partner);
		var idea = page("/projekter/" + bare, null);
		assertThat(idea.select("nav.on-this-page")).as("an idea with nothing but its history").isEmpty();
		assertThat(page("/projekter/" + bare, user(accounts.loadUserByUsername("partner@spirekassen.dk")))
			.select("nav.on-this-page a").eachText())
			.as("its proposer edits it: the sections where they add what it lacks")
			.containsExactly("Deltagere", "Behov", "Finansiering", "Indikatorer", "Resultater og læring", "Historik");
	}

	@Test
	void aPartnerWhoOfferedSeesThatInsteadOfTheOfferButton() throws Exception {
		long need = samples.freshNeed(samples.project);
		var partner = user(accounts.loadUserByUsername("partner@spirekassen.dk"));
		var offerLink = "#behov-" + need + " a[href=/projekter/" + samples.project + "/behov/" + need + "/tilbud]";
		var before = page("/projekter/" + samples.project, partner);
		assertThat(before.select(offerLink)).hasSize(1);
		assertThat(before.select("#behov-" + need + " .offered")).isEmpty();

		long offer = projects.offer(samples.project, need, "Vi har gjort det før.", samples.partner);
		var after = page("/projekter/" + samples.project, partner);
		assertThat(after.select(offerLink)).as("no button to offer again").isEmpty();
		var offered = after.selectFirst("#behov-" + need + " .offered");
		assertThat(offered.tagName()).isEqualTo("p");
		assertThat(offered.ownText()).startsWith("Du har givet et tilbud");
		assertThat(offered.selectFirst("a").attr("href")).isEqualTo("#tilbud-" + offer);
		assertThat(after.getElementById("tilbud-" + offer)).as("the offer it links to").isNotNull();

		projects.decideOffer(samples.project, need, offer, false, samples.secretariat);
		assertThat(page("/projekter/" + samples.project, partner).select(offerLink))
			.as("a declined offer may be followed by another").hasSize(1);
	}

	private Document page(String url, RequestPostProcessor viewer) throws Exception {
		var request = get(url);
		if (viewer != null) {
			request.with(viewer);
		}
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
