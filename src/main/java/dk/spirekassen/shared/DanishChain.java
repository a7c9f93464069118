package dk.spirekassen.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Danish analysis as one description of its steps, from which each backend builds its analysers: Lucene's in
 * {@code search.DanishAnalysis} (and the application's own in {@link DanishWords}), Elasticsearch's and OpenSearch's
 * in {@code search.DanishElasticsearchAnalysis}. Which filters run, in which order, with which word lists and sizes
 * is said here once, so the two backends cannot drift apart; each configurer only says what its backend calls a
 * step. Why the steps are what they are is told on
 * {@code search.DanishAnalysis}.
 * <p>
 * Both analysers first map the accents of other languages ({@link #ACCENTS}) and split text with the standard
 * tokenizer; then come their token filters, {@link #INDEX} and {@link #QUERY}.
 */
public final class DanishChain {

	/** Parts of compound words, split out at index time. */
	public static final String COMPOUNDS = "search/compounds.txt";

	/** Words and phrases a query also looks for. */
	public static final String SYNONYMS = "search/synonyms.txt";

	/** Accented letters of other languages and their plain letters, in Lucene's mapping format. */
	public static final String ACCENTS = "search/accents.txt";

	/** A word shorter than this is not split into parts. */
	public static final int MIN_WORD_SIZE = 6;

	/** The shortest part split out of a compound word. */
	public static final int MIN_SUBWORD_SIZE = 3;

	/** The longest part split out of a compound word. */
	public static final int MAX_SUBWORD_SIZE = 20;

	/** Every part of the list found in a word is indexed, not only the longest. */
	public static final boolean ONLY_LONGEST_MATCH = false;

	/** The Snowball stemmer's language. */
	public static final String STEMMER_LANGUAGE = "Danish";

	/** One token filter of the chain. */
	public enum Filter {
		/** Lower case. */
		LOWER_CASE,
		/** Aa and å, ae and æ, oe and ø made one spelling. */
		SCANDINAVIAN_NORMALIZATION,
		/** The words and phrases of {@link DanishChain#SYNONYMS}, added beside the query's words. */
		SYNONYMS,
		/** Danish stop words (Snowball's list, which both backends ship). */
		STOP_WORDS,
		/** The parts of compound words of {@link DanishChain#COMPOUNDS}, added beside the whole word. */
		COMPOUNDS,
		/** The Danish Snowball stemmer. */
		STEMMER,
		/** Å to a, æ to a, ø to o, so spellings without the Danish letters meet. */
		SCANDINAVIAN_FOLDING,
		/** Any other accent left. */
		ASCII_FOLDING
	}

	/** The token filters of the analyser of indexed text, {@code SearchFields.DANISH}. */
	public static final List<Filter> INDEX = List.of(Filter.LOWER_CASE, Filter.SCANDINAVIAN_NORMALIZATION,
			Filter.STOP_WORDS, Filter.COMPOUNDS, Filter.STEMMER, Filter.SCANDINAVIAN_FOLDING, Filter.ASCII_FOLDING);

	/** The token filters of the analyser of queries, {@code SearchFields.DANISH_QUERY}. */
	public static final List<Filter> QUERY = List.of(Filter.LOWER_CASE, Filter.SCANDINAVIAN_NORMALIZATION, Filter.SYNONYMS,
			Filter.STOP_WORDS, Filter.STEMMER, Filter.SCANDINAVIAN_FOLDING, Filter.ASCII_FOLDING);

	/** A line of the accents file: {@code "é" => "e"}. */
	private static final Pattern MAPPING = Pattern.compile("\"(.*)\"\\s*=>\\s*\"(.*)\"");

	private DanishChain() {
	}

	/**
	 * The lines of a word list, without comments and blank lines: for a backend that takes its lists inline rather
	 * than as files (Elasticsearch reads files only from the cluster's own disk).
	 */
	public static List<String> lines(String resource) {
		try (InputStream in = DanishChain.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No " + resource + " on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The accent mappings as Elasticsearch's mapping char filter takes them ({@code é => e}): it reads each side as
	 * it stands, where Lucene's file format puts each side in quotes.
	 */
	public static List<String> accentMappings() {
		return lines(ACCENTS).stream().map(line -> {
			var mapping = MAPPING.matcher(line);
			if (!mapping.matches()) {
				throw new IllegalStateException("Not a mapping in " + ACCENTS + ": " + line);
			}
			return mapping.group(1) + " => " + mapping.group(2);
		}).toList();
	}
}
