package dk.spirekassen.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTokenizerStep;

import java.util.List;

import dk.spirekassen.shared.DanishChain;
import dk.spirekassen.shared.DanishWords;
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
 * <p>
 * The steps and their word lists and sizes are described once in {@link DanishChain}, which the Elasticsearch
 * backend's {@link DanishElasticsearchAnalysis} builds the same analysers from.
 */
public class DanishAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		define(context.analyzer(SearchFields.DANISH).custom(), DanishChain.INDEX);
		define(context.analyzer(SearchFields.DANISH_QUERY).custom(), DanishChain.QUERY);
		context.normalizer(SearchFields.SORTABLE).custom()
			.tokenFilter("lowercase");
	}

	private static void define(LuceneAnalyzerTokenizerStep analyzer, List<DanishChain.Filter> filters) {
		var steps = analyzer.tokenizer("standard");
		steps.charFilter("mapping").param("mapping", DanishChain.ACCENTS);
		filters.forEach(filter -> add(steps, filter));
	}

	/** A step of the chain as Lucene's analysis factories name it. */
	private static void add(LuceneAnalysisOptionalComponentsStep steps, DanishChain.Filter filter) {
		var lucene = DanishWords.lucene(filter);
		var step = steps.tokenFilter(lucene.factory());
		lucene.params().forEach(step::param);
	}
}
