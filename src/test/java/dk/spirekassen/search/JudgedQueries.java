package dk.spirekassen.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dk.spirekassen.shared.SearchKind;

/**
 * The judged queries of {@code search/judged-queries.tsv} and how well a search answers them.
 * <p>
 * Each query comes with the results a person expects among the first ones, named by kind and title (a need by the
 * title of its project and a piece of its description), so the file holds across runs whatever the ids. A search is
 * scored by recall at k (the share of the expected results among the first k, averaged over the queries) and by the
 * mean reciprocal rank (one over the rank of the first expected result, or 0 when none is among the first k).
 */
final class JudgedQueries {

	/** The judged queries on the class path. */
	static final String RESOURCE = "/search/judged-queries.tsv";

	private static final String SEPARATOR = " ;; ";

	private JudgedQueries() {
	}

	/** A query and the results a person expects. */
	record Judged(String query, List<Expected> expected) {
	}

	/** A result as a search shows it: its kind, its title and its passage, as plain text. */
	record Found(SearchKind kind, String title, String text) {

		@Override
		public String toString() {
			return kind == SearchKind.NEED ? kind + ":" + title + "|" + text : kind + ":" + title;
		}
	}

	/** An expected result: the kind and exact title, and for a need a piece of its description. */
	record Expected(SearchKind kind, String title, String fragment) {

		/** Reads {@code KIND:title} or {@code NEED:project title|fragment}. */
		static Expected parse(String text) {
			int colon = text.indexOf(':');
			if (colon < 1) {
				throw new IllegalArgumentException("Not KIND:title: " + text);
			}
			var kind = SearchKind.valueOf(text.substring(0, colon).strip());
			var rest = text.substring(colon + 1).strip();
			if (kind != SearchKind.NEED) {
				return new Expected(kind, rest, null);
			}
			int bar = rest.indexOf('|');
			if (bar < 1) {
				throw new IllegalArgumentException("Not NEED:project title|fragment: " + text);
			}
			return new Expected(kind, rest.substring(0, bar).strip(), rest.substring(bar + 1).strip());
		}

		boolean matches(Found found) {
			return found.kind() == kind && found.title().strip().equals(title) && (fragment == null
					|| found.text().toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)));
		}

		@Override
		public String toString() {
			return fragment == null ? kind + ":" + title : kind + ":" + title + "|" + fragment;
		}
	}

	/** What a search returned for one query, scored. */
	record Scored(Judged judged, List<Found> top) {

		/** The expected results among the top ones. */
		List<Expected> found() {
			return judged.expected().stream().filter(e -> top.stream().anyMatch(e::matches)).toList();
		}

		double recall() {
			return (double) found().size() / judged.expected().size();
		}

		/** One over the rank of the first expected result, or 0 when there is none. */
		double reciprocalRank() {
			for (int i = 0; i < top.size(); i++) {
				var hit = top.get(i);
				if (judged.expected().stream().anyMatch(e -> e.matches(hit))) {
					return 1.0 / (i + 1);
				}
			}
			return 0;
		}
	}

	/** The scores of every query, with their averages. */
	record Report(int k, List<Scored> scored) {

		/** Recall at k, averaged over the queries. */
		double recall() {
			return scored.stream().mapToDouble(Scored::recall).average().orElse(0);
		}

		/** Mean reciprocal rank. */
		double meanReciprocalRank() {
			return scored.stream().mapToDouble(Scored::reciprocalRank).average().orElse(0);
		}

		String summary() {
			return String.format(Locale.ROOT, "%d judged queries: recall@%d %.3f, MRR %.3f", scored.size(), k,
					recall(), meanReciprocalRank());
		}

		/** Every query with what was expected, what came back and its scores, the weakest first. */
		String describe() {
			var text = new StringBuilder(summary()).append('\n');
			scored.stream()
				.sorted((a, b) -> Double.compare(a.recall() + a.reciprocalRank(), b.recall() + b.reciprocalRank()))
				.forEach(s -> {
					text.append(String.format(Locale.ROOT, "%n\"%s\"  recall %.2f  RR %.2f%n", s.judged().query(),
							s.recall(), s.reciprocalRank()));
					var found = s.found();
					s.judged().expected().forEach(e -> text.append("  expected ")
						.append(found.contains(e) ? "(found) " : "(MISSING) ")
						.append(e)
						.append('\n'));
					for (int i = 0; i < s.top().size(); i++) {
						var hit = s.top().get(i);
						boolean expected = s.judged().expected().stream().anyMatch(e -> e.matches(hit));
						text.append(String.format(Locale.ROOT, "  %2d%s %s%n", i + 1, expected ? "*" : " ",
								abbreviate(hit.toString())));
					}
				});
			return text.toString();
		}

		private static String abbreviate(String text) {
			return text.length() > 150 ? text.substring(0, 150) + "…" : text;
		}
	}

	/** The judged queries of {@link #RESOURCE}. */
	static List<Judged> read() {
		var stream = JudgedQueries.class.getResourceAsStream(RESOURCE);
		if (stream == null) {
			throw new IllegalStateException("No " + RESOURCE + " on the class path");
		}
		try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines of a query, a tab and the expected results separated by {@code " ;; "}; {@code #} starts a comment. */
	static List<Judged> parse(Reader reader) throws IOException {
		var judged = new ArrayList<Judged>();
		var lines = new BufferedReader(reader);
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			var columns = line.split("\t", 2);
			if (columns.length < 2 || columns[1].isBlank()) {
				throw new IllegalArgumentException("Not a query, a tab and expected results: " + line);
			}
			var expected = new ArrayList<Expected>();
			for (var item : columns[1].split(SEPARATOR)) {
				expected.add(Expected.parse(item.strip()));
			}
			judged.add(new Judged(columns[0].strip(), List.copyOf(expected)));
		}
		return List.copyOf(judged);
	}

	/** Runs every query through a search that returns its results best first, and scores the first k. */
	static Report score(List<Judged> queries, Function<String, List<Found>> search, int k) {
		var scored = new ArrayList<Scored>();
		for (var judged : queries) {
			var results = search.apply(judged.query());
			scored.add(new Scored(judged, List.copyOf(results.subList(0, Math.min(k, results.size())))));
		}
		return new Report(k, List.copyOf(scored));
	}
}
