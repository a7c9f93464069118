package dk.spirekassen.impact;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.IndicatorDefinitions;
import dk.spirekassen.projects.IndicatorDetails;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue of indicators worth adding up: a project's indicator taken from it keeps the catalogue's bottom line
 * and unit (so that it adds up with other projects'), the form offers it and refuses what it does not hold, and the
 * public page shows each definition with its SDG targets and, where one is given, its estimated value as an estimate
 * with source and year.
 */
@SpirekassenTest
class IndicatorCatalogueIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	IndicatorDefinitions definitions;

	@Autowired
	ProjectManagement projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	private Samples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context);
	}

	@Test
	void anIndicatorFromTheCatalogueTakesItsBottomLineUnitAndGoals() {
		var chargers = definitions.find("ladepunkter").orElseThrow();
		assertThat(chargers.bottomLine()).isEqualTo(BottomLine.CLIMATE);
		assertThat(chargers.sdgTargets()).containsExactly("7.2", "11.6");

		long project = samples.projects.freshIdea(samples.organisation);
		var secretariat = samples.projects.secretariat;
		long indicator = projects.addIndicator(project, new IndicatorDetails(BottomLine.SOCIAL, "Ladere i gården",
				"stk.", BigDecimal.ZERO, LocalDate.of(2025, 1, 1), new BigDecimal("12"), LocalDate.of(2026, 1, 1),
				Set.of(13), "ladepunkter"), secretariat);
		var kept = catalogue.indicatorDetails(project, indicator, secretariat);
		assertThat(kept.definitionCode()).isEqualTo("ladepunkter");
		assertThat(kept.bottomLine()).as("the catalogue's").isEqualTo(BottomLine.CLIMATE);
		assertThat(kept.unit()).as("the catalogue's").isEqualTo("ladepunkter");
		assertThat(kept.name()).as("the project's own name").isEqualTo("Ladere i gården");
		assertThat(kept.sdgs()).as("the chosen goal and the catalogue's").containsExactlyInAnyOrder(7, 11, 13);

		assertThatThrownBy(() -> projects.addIndicator(project, new IndicatorDetails(BottomLine.SOCIAL, "Ukendt",
				"stk.", BigDecimal.ZERO, LocalDate.of(2025, 1, 1), BigDecimal.TEN, LocalDate.of(2026, 1, 1), Set.of(),
				"findes-ikke"), secretariat))
			.isInstanceOfSatisfying(ProjectRuleException.class, e -> assertThat(e.field()).isEqualTo("definitionCode"));
	}

	@Test
	void theFormOffersTheCatalogueAndNamesTheFieldItRefuses() throws Exception {
		long project = samples.projects.freshIdea(samples.organisation);
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		var form = Jsoup.parse(mvc.perform(get("/projekter/" + project + "/indikatorer/ny").with(user(secretariat)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("#f-definitionCode option").eachAttr("value")).contains("", "biodiverst-areal",
				"ensomhed-ucla3", "kr-sparet");

		// No unit is needed: the catalogue gives it.
		mvc.perform(post("/projekter/" + project + "/indikatorer").with(csrf()).with(user(secretariat))
			.param("definitionCode", "biodiverst-areal")
			.param("bottomLine", "ECONOMIC")
			.param("name", "Blomstereng bag blok 4")
			.param("baselineValue", "0")
			.param("baselineDate", "2025-03-01")
			.param("targetValue", "1500")
			.param("targetDate", "2026-09-01")).andExpect(status().is3xxRedirection());
		var shown = catalogue.project(project, samples.projects.secretariat, Locale.ROOT).indicators();
		assertThat(shown).singleElement().satisfies(i -> {
			assertThat(i.definitionCode()).isEqualTo("biodiverst-areal");
			assertThat(i.bottomLine()).isEqualTo(BottomLine.CLIMATE);
			assertThat(i.unit()).isEqualTo("m²");
		});
		var page = Jsoup.parse(mvc.perform(get("/projekter/" + project)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#indikator-" + shown.get(0).id() + " a[href^=/indikatorer]").eachAttr("href"))
			.containsExactly("/indikatorer#indikator-biodiverst-areal");

		var refused = Jsoup.parse(mvc.perform(post("/projekter/" + project + "/indikatorer").with(csrf())
			.with(user(secretariat))
			.param("definitionCode", "findes-ikke")
			.param("bottomLine", "CLIMATE")
			.param("name", "Noget andet")
			.param("baselineValue", "0")
			.param("baselineDate", "2025-03-01")
			.param("targetValue", "10")
			.param("targetDate", "2026-09-01")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select("#f-definitionCode-error").text()).contains("Vælg en indikator fra kataloget");
		assertThat(refused.select("#f-name").attr("value")).as("what was typed is kept").isEqualTo("Noget andet");
	}

	@Test
	void theSecretariatCuratesAValueOnlyWithItsSourceAndYearAndKeepsWhatWasTyped() throws Exception {
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		var code = "proeve-kurateret-" + System.nanoTime();
		jdbc.sql("""
				insert into indicator_definition (code, bottom_line, name_da, name_en, definition_da, definition_en,
				    unit, additive, sdg_targets, position)
				values (?, 'SOCIAL', 'Kurateret prøve', 'Curated test', 'Til prøve.', 'For testing.', 'timer', true,
				    '11.3', 998)""").param(code).update();
		try {
			var refused = Jsoup.parse(mvc.perform(post("/sekretariat/indikatorer/" + code).with(csrf())
				.with(user(secretariat))
				.param("irisId", "pi14")
				.param("valuePerUnit", "125,50")
				.param("valueSource", "")
				.param("valueYear", "2024")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(refused.select("#f-irisId-error").text()).contains("to store bogstaver og fire cifre");
			assertThat(refused.select("#f-valueSource-error").text()).contains("skal udfyldes, når der er en værdi");
			assertThat(refused.select("#f-valuePerUnit").attr("value")).as("kept").isEqualTo("125,50");
			assertThat(definitions.find(code).orElseThrow().valued()).as("nothing written").isFalse();

			mvc.perform(post("/sekretariat/indikatorer/" + code).with(csrf()).with(user(secretariat))
				.param("irisId", "PI1479")
				.param("valuePerUnit", "125,50")
				.param("valueSource", "Prøvernes værdibank")
				.param("valueYear", "2024")).andExpect(status().is3xxRedirection());
			var curated = definitions.find(code).orElseThrow();
			assertThat(curated.irisId()).isEqualTo("PI1479");
			assertThat(curated.valuePerUnit()).isEqualByComparingTo("125.50");
			assertThat(curated.valueSource()).isEqualTo("Prøvernes værdibank");
			assertThat(curated.valueYear()).isEqualTo(2024);
			var page = Jsoup.parse(mvc.perform(get("/indikatorer")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.getElementById("indikator-" + code).text())
				.contains("Skøn: 125,5 kr. pr. timer (kilde: Prøvernes værdibank, 2024)", "PI1479");

			// Emptied: no value, and no source or year left behind.
			mvc.perform(post("/sekretariat/indikatorer/" + code).with(csrf()).with(user(secretariat))
				.param("irisId", "")
				.param("valuePerUnit", "")
				.param("valueSource", "Prøvernes værdibank")
				.param("valueYear", "2024")).andExpect(status().is3xxRedirection());
			var emptied = definitions.find(code).orElseThrow();
			assertThat(emptied.valued()).isFalse();
			assertThat(emptied.valueSource()).isNull();
			assertThat(emptied.irisId()).isNull();

			mvc.perform(get("/sekretariat/indikatorer/findes-ikke").with(user(secretariat)))
				.andExpect(status().isNotFound());
		}
		finally {
			jdbc.sql("delete from indicator_definition where code = ?").param(code).update();
		}
	}

	@Test
	void thePublicPageShowsEachDefinitionAndAValueOnlyAsAnEstimateWithItsSource() throws Exception {
		var code = "proeve-" + System.nanoTime();
		jdbc.sql("""
				insert into indicator_definition (code, bottom_line, name_da, name_en, definition_da, definition_en,
				    unit, additive, sdg_targets, value_per_unit, value_source, value_year, position)
				values (?, 'SOCIAL', 'Prøveindikator', 'Test indicator', 'Til prøve.', 'For testing.', 'timer', true,
				    '11.3', 150.5, 'Prøvekilden', 2024, 999)""").param(code).update();
		try {
			var page = Jsoup.parse(mvc.perform(get("/indikatorer")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			for (var definition : definitions.all()) {
				var item = page.getElementById("indikator-" + definition.code());
				assertThat(item).as(definition.code()).isNotNull();
				assertThat(item.selectFirst("h3").text()).isEqualTo(definition.nameDa());
				assertThat(item.closest("section").selectFirst("h2").id())
					.isEqualTo("line-" + definition.bottomLine().name().toLowerCase(Locale.ROOT));
			}
			assertThat(page.getElementById("indikator-biodiverst-areal").text()).contains("15.5, 11.7")
				.doesNotContain("Skøn");
			assertThat(page.getElementById("indikator-" + code).text())
				.contains("Skøn: 150,5 kr. pr. timer (kilde: Prøvekilden, 2024)");

			var english = Jsoup.parse(mvc.perform(get("/indikatorer").param("lang", "en")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(english.getElementById("indikator-" + code).selectFirst("h3").text()).isEqualTo("Test indicator");
		}
		finally {
			jdbc.sql("delete from indicator_definition where code = ?").param(code).update();
		}
	}
}
