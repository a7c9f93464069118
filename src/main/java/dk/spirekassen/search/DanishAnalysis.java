package dk.spirekassen.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import dk.spirekassen.shared.SearchFields;

/**
 * Danish for the Lucene backend. The accents of other languages go first ({@code search/accents.txt}: é to e); text is
 * split by the standard tokenizer, lower-cased and its Scandinavian spellings made one (aa and å, ae and æ, oe and
 * ø); Danish stop words go; the Danish Snowball stemmer cuts endings; and last the Scandinavian letters are folded
 * (å to a, æ to a), so "Aarhus", "Århus" and "Arhus" meet.
 * <p>
 * At index time the compound words of the field are split by a word list kept with the code
 * ({@code search/compounds.txt}): "elladestandere" is also indexed as "ladestander" and "stander". Only at index time:
 * splitting the words of a query as well would find every document with any part of the word. A part belongs in the
 * list when people search for it on its own and it carries its meaning inside the compound ("elbil" in
 * "elbilopladning", "bofællesskab" in "seniorbofællesskab"), with at least three letters; a short or common part ("el",
 * "hus") would make every word containing it match. At query time the synonyms of {@code search/synonyms.txt} are
 * added instead (LBF and Landsbyggefonden, elbil and elektrisk bil), and forms of a word the stemmer leaves apart
 * ("jobcenter" and "jobcentret"). Both files are read after lower-casing and Scandinavian normalisation, so their
 * words are written with æ, ø and å. The judged queries of {@code SearchQualityIntegrationTests} show what a change
 * to either list does to the ranking.
 */
public class DanishAnalysis implements LuceneAnalysisConfigurer {

	static final String COMPOUNDS = "search/compounds.txt";

	static final String SYNONYMS = "search/synonyms.txt";

	static final String ACCENTS = "search/accents.txt";

	private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/danish_stop.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.DANISH).custom()
			.tokenizer("standard")
			.charFilter("mapping").param("mapping", ACCENTS)
			.tokenFilter("lowercase")
			.tokenFilter("scandinavianNormalization")
			.tokenFilter("stop").param("words", STOP_WORDS).param("format", "snowball")
			.tokenFilter("dictionaryCompoundWord")
				.param("dictionary", COMPOUNDS)
				.param("minWordSize", "6")
				.param("minSubwordSize", "3")
				.param("maxSubwordSize", "20")
				.param("onlyLongestMatch", "false")
			.tokenFilter("snowballPorter").param("language", "Danish")
			.tokenFilter("scandinavianFolding")
			.tokenFilter("asciiFolding");
		context.analyzer(SearchFields.DANISH_QUERY).custom()
			.tokenizer("standard")
			.charFilter("mapping").param("mapping", ACCENTS)
			.tokenFilter("lowercase")
			.tokenFilter("scandinavianNormalization")
			.tokenFilter("synonymGraph").param("synonyms", SYNONYMS).param("expand", "true")
			.tokenFilter("stop").param("words", STOP_WORDS).param("format", "snowball")
			.tokenFilter("snowballPorter").param("language", "Danish")
			.tokenFilter("scandinavianFolding")
			.tokenFilter("asciiFolding");
		context.normalizer(SearchFields.SORTABLE).custom()
			.tokenFilter("lowercase");
	}
}
