package dk.spirekassen.search;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.backend.analysis.AnalysisToken;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.shared.MatchingWords;
import dk.spirekassen.shared.SearchFields;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Danish analysers, token by token, with words of the demo data: folding, stemming, stop words, compound words
 * split at index time only, and synonyms added at query time only.
 */
@SpirekassenTest
class DanishAnalysisIntegrationTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MatchingWords matching;

	@Test
	void foldsScandinavianSpellingsAndAccents() {
		assertThat(index("Aarhus")).isEqualTo(index("Århus")).isEqualTo(index("Arhus"));
		assertThat(index("faellesspisning")).isEqualTo(index("fællesspisning"));
		assertThat(index("Café")).isEqualTo(index("cafe"));
		assertThat(query("Århus")).isEqualTo(index("Aarhus"));
	}

	@Test
	void stemsDanishEndings() {
		assertThat(index("ladestandere")).isEqualTo(index("ladestander"));
		assertThat(index("afdelingerne")).isEqualTo(index("afdeling"));
		assertThat(query("renoveringen")).isEqualTo(index("renoveringer"));
	}

	@Test
	void dropsDanishStopWords() {
		assertThat(index("og i på at der")).isEmpty();
		assertThat(index("Ensomhed og fællesskab")).containsExactlyElementsOf(index("ensomhed fællesskab"))
			.hasSize(2);
	}

	@Test
	void splitsCompoundWordsOfTheFieldAtIndexTime() {
		assertThat(index("elladestander")).contains(stem("ladestander"));
		assertThat(index("projektudvikling")).contains(stem("udvikling"));
		assertThat(index("boligsocial")).contains(stem("social"));
		assertThat(index("ladeinfrastruktur")).contains(stem("infrastruktur"));
		assertThat(index("energirådgivning")).contains(stem("rådgivning"));
		assertThat(index("skybrudssikring")).contains(stem("skybrud"));
		assertThat(index("elbilopladning")).contains(stem("elbil"));
		assertThat(index("seniorbofællesskab")).contains(stem("bofællesskab"));
		assertThat(index("Ensomhedsnetværket")).contains(stem("ensomhed"));
	}

	@Test
	void keepsTheWordsOfAQueryWhole() {
		assertThat(query("elladestander")).containsExactly(stem("elladestander"));
		assertThat(query("ladeinfrastruktur")).doesNotContain(stem("infrastruktur"));
	}

	@Test
	void addsSynonymsToQueriesOnly() {
		assertThat(query("LBF")).contains(stem("Landsbyggefonden"));
		assertThat(query("Landsbyggefonden")).contains(stem("LBF"));
		assertThat(query("BL")).contains(stem("Landsforening"));
		assertThat(query("elbil")).contains(stem("elektrisk"));
		assertThat(query("el-bil")).contains(stem("elbil"));
		assertThat(query("jobcenter")).contains(stem("jobcentret"));
		assertThat(index("LBF")).doesNotContain(stem("Landsbyggefonden"));
	}

	@Test
	void theApplicationReadsTextAsTheIndexDoes() {
		for (var text : List.of("Energirådgivning og elladestandere i Århus' afdelinger",
				"Seniorbofællesskab, skybrudssikring og café-aftener", "LBF støtter boligsocial ladeinfrastruktur",
				"Ensomhedsnetværket mødes i fælleshuset")) {
			assertThat(matching.terms(text)).as(text).containsExactlyInAnyOrderElementsOf(index(text));
		}
		assertThat(matching.terms(null)).isEmpty();
	}

	@Test
	void namesTheWordsThatMeetAsTheyAreWrittenACompoundByItsParts() {
		var need = matching.terms("En energirådgiver til ladestanderne");
		assertThat(matching.meeting("Vi laver energirenovering og sætter elladestandere op. Energirenovering!", need,
				4, Set.of()))
			.containsExactly("energirenovering", "elladestandere");
		assertThat(matching.meeting("energirenovering, elladestandere", need, 1, Set.of()))
			.containsExactly("energirenovering");
		assertThat(matching.meeting("energirenovering, elladestandere", need, 4, Set.of("energirenovering")))
			.containsExactly("elladestandere");
		assertThat(matching.meeting("Kaniner på altanen", need, 4, Set.of())).isEmpty();
	}

	/** The distinct tokens of a text at index time. */
	private List<String> index(String text) {
		return tokens(SearchFields.DANISH, text);
	}

	/** A word as the index keeps it (its first token, before the parts of a compound). */
	private String stem(String word) {
		return index(word).get(0);
	}

	private List<String> query(String text) {
		return tokens(SearchFields.DANISH_QUERY, text);
	}

	/**
	 * The distinct tokens of a text, analysed by the backend itself (on Elasticsearch by its {@code _analyze} API on
	 * an index, which holds every analyser), so these tests show the same behaviour of either backend.
	 */
	private List<String> tokens(String analyzer, String text) {
		return Search.mapping(entityManagerFactory)
			.allIndexedEntities()
			.iterator()
			.next()
			.indexManager()
			.analyze(analyzer, text)
			.stream()
			.map(AnalysisToken::term)
			.distinct()
			.toList();
	}
}
