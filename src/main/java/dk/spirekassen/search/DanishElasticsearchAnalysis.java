package dk.spirekassen.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import java.util.List;

import dk.spirekassen.shared.DanishChain;
import dk.spirekassen.shared.SearchFields;

/**
 * Danish for the Elasticsearch backend (Elasticsearch or OpenSearch): the analysers of {@link DanishAnalysis}, built
 * from the same description, {@link DanishChain}, with the names Elasticsearch gives the same Lucene filters.
 * <p>
 * The word lists go into the index settings inline, read from the same files on the class path: Elasticsearch reads
 * files only from its own disk, where the app's lists are not. So every index carries the lists it was made with,
 * and a changed list takes a new index: on this backend the fingerprint of {@link IndexBuilds} covers every list
 * (see {@link SearchBackend#wordListsInTheIndex()}), the synonyms too, though they apply at query time only.
 * <p>
 * Elasticsearch reads the synonyms through the steps before them (standard tokenizer, lower case, Scandinavian
 * normalisation), Lucene splits them at spaces; the list is written in lower case with æ, ø and å and without
 * punctuation, so both read it alike.
 */
public class DanishElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final String ACCENTS = "danish_accents";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter(ACCENTS).type("mapping")
			.param("mappings", DanishChain.accentMappings().toArray(String[]::new));
		for (var filter : DanishChain.Filter.values()) {
			define(context, filter);
		}
		context.analyzer(SearchFields.DANISH).custom()
			.tokenizer("standard")
			.charFilters(ACCENTS)
			.tokenFilters(names(DanishChain.INDEX));
		context.analyzer(SearchFields.DANISH_QUERY).custom()
			.tokenizer("standard")
			.charFilters(ACCENTS)
			.tokenFilters(names(DanishChain.QUERY));
		context.normalizer(SearchFields.SORTABLE).custom()
			.tokenFilters("lowercase");
	}

	/** Defines a filter that takes parameters under its own name; the others are used by their built-in names. */
	private static void define(ElasticsearchAnalysisConfigurationContext context, DanishChain.Filter filter) {
		switch (filter) {
			case SYNONYMS -> context.tokenFilter(name(filter)).type("synonym_graph")
				.param("synonyms", DanishChain.lines(DanishChain.SYNONYMS).toArray(String[]::new))
				.param("expand", true);
			case STOP_WORDS -> context.tokenFilter(name(filter)).type("stop").param("stopwords", "_danish_");
			case COMPOUNDS -> context.tokenFilter(name(filter)).type("dictionary_decompounder")
				.param("word_list", DanishChain.lines(DanishChain.COMPOUNDS).toArray(String[]::new))
				.param("min_word_size", DanishChain.MIN_WORD_SIZE)
				.param("min_subword_size", DanishChain.MIN_SUBWORD_SIZE)
				.param("max_subword_size", DanishChain.MAX_SUBWORD_SIZE)
				.param("only_longest_match", DanishChain.ONLY_LONGEST_MATCH);
			case STEMMER -> context.tokenFilter(name(filter)).type("snowball")
				.param("language", DanishChain.STEMMER_LANGUAGE);
			case LOWER_CASE, SCANDINAVIAN_NORMALIZATION, SCANDINAVIAN_FOLDING, ASCII_FOLDING -> {
			}
		}
	}

	/** What a filter is called in the analysers: a built-in name, or the name it is defined under here. */
	private static String name(DanishChain.Filter filter) {
		return switch (filter) {
			case LOWER_CASE -> "lowercase";
			case SCANDINAVIAN_NORMALIZATION -> "scandinavian_normalization";
			case SYNONYMS -> "danish_synonyms";
			case STOP_WORDS -> "danish_stop";
			case COMPOUNDS -> "danish_compounds";
			case STEMMER -> "danish_stemmer";
			case SCANDINAVIAN_FOLDING -> "scandinavian_folding";
			case ASCII_FOLDING -> "asciifolding";
		};
	}

	private static String[] names(List<DanishChain.Filter> filters) {
		return filters.stream().map(DanishElasticsearchAnalysis::name).toArray(String[]::new);
	}
}
