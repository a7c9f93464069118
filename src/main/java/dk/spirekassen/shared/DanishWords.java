package dk.spirekassen.shared;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The Danish analyser of indexed text ({@link DanishChain#INDEX}, each step as {@link #lucene} names it, as the
 * Lucene backend's {@code search.DanishAnalysis} does), built here in the application whichever backend holds the
 * index, so that telling which words met costs no request to
 * Elasticsearch and no highlighter's work per hit. {@code DanishAnalysisIntegrationTests} holds it to the backend's own
 * analyser.
 */
@Component
public class DanishWords implements MatchingWords {

	private final Analyzer analyzer;

	DanishWords() {
		try {
			var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(DanishWords.class.getClassLoader()))
				.withTokenizer("standard")
				.addCharFilter("mapping", "mapping", DanishChain.ACCENTS);
			for (var filter : DanishChain.INDEX) {
				var lucene = lucene(filter);
				var params = new ArrayList<String>();
				lucene.params().forEach((name, value) -> {
					params.add(name);
					params.add(value);
				});
				builder.addTokenFilter(lucene.factory(), params.toArray(String[]::new));
			}
			this.analyzer = builder.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Danish stop words: Snowball's list, which Lucene ships. */
	private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/danish_stop.txt";

	/** A token filter as Lucene's analysis factories name it, with its parameters. */
	public record LuceneFilter(String factory, Map<String, String> params) {
	}

	/** What Lucene calls a step of the chain: here, and in the Lucene backend's configurer. */
	public static LuceneFilter lucene(DanishChain.Filter filter) {
		return switch (filter) {
			case LOWER_CASE -> new LuceneFilter("lowercase", Map.of());
			case SCANDINAVIAN_NORMALIZATION -> new LuceneFilter("scandinavianNormalization", Map.of());
			case SYNONYMS -> new LuceneFilter("synonymGraph",
					Map.of("synonyms", DanishChain.SYNONYMS, "expand", "true"));
			case STOP_WORDS -> new LuceneFilter("stop", Map.of("words", STOP_WORDS, "format", "snowball"));
			case COMPOUNDS -> new LuceneFilter("dictionaryCompoundWord",
					Map.of("dictionary", DanishChain.COMPOUNDS, "minWordSize", String.valueOf(DanishChain.MIN_WORD_SIZE),
							"minSubwordSize", String.valueOf(DanishChain.MIN_SUBWORD_SIZE), "maxSubwordSize",
							String.valueOf(DanishChain.MAX_SUBWORD_SIZE), "onlyLongestMatch",
							String.valueOf(DanishChain.ONLY_LONGEST_MATCH)));
			case STEMMER -> new LuceneFilter("snowballPorter", Map.of("language", DanishChain.STEMMER_LANGUAGE));
			case SCANDINAVIAN_FOLDING -> new LuceneFilter("scandinavianFolding", Map.of());
			case ASCII_FOLDING -> new LuceneFilter("asciiFolding", Map.of());
		};
	}

	@Override
	public Set<String> terms(String text) {
		var terms = new HashSet<String>();
		tokens(text, (term, word) -> terms.add(term));
		return terms;
	}

	@Override
	public List<String> meeting(String text, Set<String> terms, int max, Set<String> skip) {
		var words = new LinkedHashSet<String>();
		tokens(text, (term, word) -> {
			if (words.size() < max && terms.contains(term)) {
				var lower = word.toLowerCase(Locale.ROOT);
				if (!skip.contains(lower)) {
					words.add(lower);
				}
			}
		});
		return List.copyOf(words);
	}

	/** Each term of the text with the word it was read from (a part of a compound word with the whole word). */
	private void tokens(String text, BiConsumer<String, String> each) {
		if (text == null || text.isBlank()) {
			return;
		}
		try (var stream = analyzer.tokenStream("text", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				each.accept(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException e) {
			// Text in memory: there is nothing to read that could fail.
			throw new UncheckedIOException(e);
		}
	}
}
