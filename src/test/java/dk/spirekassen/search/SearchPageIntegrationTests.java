package dk.spirekassen.search;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page: a shareable address per search, facets that narrow it, the results alone for htmx, and a clear
 * answer for any query, however short, long or strange.
 */
@SpirekassenTest
class SearchPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IndexBuilds builds;

	@BeforeEach
	void indexBuilt() {
		builds.running().join();
	}

	@Test
	void showsHitsWithFacetsThatNarrowTheSearch() throws Exception {
		var page = page("/soeg?q=ladestandere");
		var count = Long.parseLong(page.selectFirst("p.count").attr("data-count"));
		assertThat(count).isPositive();
		assertThat(page.select("ol.hit-list > li")).isNotEmpty();
		var region = page.select("nav.facets a[href*=region=]").first();
		assertThat(region).as("a region facet").isNotNull();
		var facetCount = Long.parseLong(region.parent().selectFirst(".count").text().replaceAll("\\D", ""));
		var narrowed = page(region.attr("href"));
		assertThat(Long.parseLong(narrowed.selectFirst("p.count").attr("data-count"))).isEqualTo(facetCount)
			.isLessThanOrEqualTo(count);
		assertThat(narrowed.select("nav.facets a[aria-current=true]")).hasSize(1);
		assertThat(page("/soeg?q=ladestandere&order=nyeste").selectFirst("p.count").attr("data-count"))
			.isEqualTo(String.valueOf(count));
	}

	@Test
	void givesHtmxTheResultsAlone() throws Exception {
		var html = mvc.perform(get("/soeg").param("q", "ladestandere").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<html").contains("hit-list");
	}

	@Test
	void answersTooShortAndTooLongQueriesWithAMessage() throws Exception {
		assertThat(page("/soeg?q=a").selectFirst("[role=alert]").text()).contains("mindst 2 tegn");
		var tooLong = mvc.perform(get("/soeg").param("q", "bolig ".repeat(2_000)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(tooLong).selectFirst("[role=alert]").text()).contains("højst 200 tegn");
	}

	@Test
	void answersQueriesWithTheSyntaxsSpecialCharacters() throws Exception {
		for (var q : List.of("\"ladestandere", "ladestandere\"", "(bolig", "bolig)", "*", "**", "-", "--bolig", "+",
				"|", "bolig | ", "\\", "bolig\\", "~2", "bolig~", "&&", "OR", "NOT", "a*", "\"\"", "[bolig]",
				"{}", "bolig:energi", "/", "?", "%", "<script>", "'; drop table project; --")) {
			mvc.perform(get("/soeg").param("q", q)).andExpect(status().isOk());
		}
	}

	@Test
	void refusesAFacetValueThatDoesNotExistWithoutAServerError() throws Exception {
		var status = mvc.perform(get("/soeg").param("q", "bolig").param("kind", "EVIL"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(400);
	}

	private org.jsoup.nodes.Document page(String url) throws Exception {
		var html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}
}
