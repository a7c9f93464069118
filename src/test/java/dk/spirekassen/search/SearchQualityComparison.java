package dk.spirekassen.search;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.search.JudgedQueries.Found;
import dk.spirekassen.search.JudgedQueries.Judged;
import dk.spirekassen.search.JudgedQueries.Report;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The site search side by side with PostgreSQL's full-text search over the same texts (issue 10, section 4): both
 * answer the judged queries (see {@link JudgedQueries}) on the demo data and are scored by recall@10 and MRR, and
 * each query is timed. Not part of the test suite (the name ends in neither {@code Test} nor {@code Tests}); run it
 * alone on a fresh PostgreSQL database, as docs/BENCHMARKS.md shows. It writes its table and every query's results
 * to {@code target/search-quality-comparison.md}.
 * <p>
 * PostgreSQL searches one {@code UNION ALL} of the texts the index holds, one row per kind and title, with
 * {@code to_tsvector('danish', …) @@ websearch_to_tsquery('danish', query)}, ranked by {@code ts_rank_cd}: computed
 * on every query, without a stored {@code tsvector} or GIN index, which is fair at the demo data's size only. The
 * secretariat sees everything, so the SQL needs no visibility filter to compare with the site search as the
 * secretariat.
 */
@SpirekassenTest
class SearchQualityComparison {

	private static final Logger log = LoggerFactory.getLogger(SearchQualityComparison.class);

	private static final int TOP = 10;

	private static final int WARM_UP_ROUNDS = 3;

	private static final int TIMED_ROUNDS = 5;

	/** Every text the index holds for the kinds of the judged queries, as kind, title, text (a need's passage). */
	private static final String DOCUMENTS = """
			select 'PROJECT' as kind, p.title, p.title as text,
			       concat_ws(' ', p.title, p.summary, p.description, p.results_summary, p.lessons,
			                 (select string_agg(n.description, ' ') from project_need n where n.project_id = p.id),
			                 (select string_agg(i.name, ' ') from indicator i where i.project_id = p.id)) as body
			  from project p
			union all
			select 'NEED', p.title, n.description, concat_ws(' ', p.title, n.description)
			  from project_need n join project p on p.id = n.project_id
			union all
			select 'PARTNER', pa.name, pa.name, concat_ws(' ', pa.name, pa.description) from partner pa
			union all
			select 'ORGANISATION', o.name, o.name, concat_ws(' ', o.name, o.address) from organisation o
			union all
			select 'DEPARTMENT', d.name, d.name, concat_ws(' ', d.name, d.number, d.address, o.name)
			  from department d join organisation o on o.id = d.organisation_id
			union all
			select 'PERSON', pe.name, pe.name, concat_ws(' ', pe.name, pe.title) from person pe
			union all
			select 'FILE', coalesce(f.title, f.file_name), coalesce(f.title, f.file_name),
			       concat_ws(' ', f.title, f.file_name, t.text)
			  from project_file f left join project_file_text t on t.id = f.text_id
			union all
			select 'DAY', d.title, d.title,
			       concat_ws(' ', d.title, d.description, d.venue,
			                 (select string_agg(concat_ws(' ', pi.title, pi.description), ' ') from programme_item pi
			                   where pi.day_id = d.id))
			  from development_day d
			union all
			select 'IDEA', i.title, i.title, concat_ws(' ', i.title, i.description) from day_idea i
			union all
			select 'GROUP', g.title, g.title, concat_ws(' ', g.title, g.summary) from day_group g
			""";

	private static final String SEARCH = """
			with documents as (%s), query as (select websearch_to_tsquery('danish', :words) as q)
			select kind, title, text, ts_rank_cd(to_tsvector('danish', body), q) as rank
			  from documents, query
			 where to_tsvector('danish', body) @@ q
			 order by rank desc, title
			 limit :top
			""".formatted(DOCUMENTS);

	@Autowired
	SiteSearch search;

	@Autowired
	AccountManagement accounts;

	@Autowired
	IndexBuilds builds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void indexBuilt() {
		builds.running().join();
	}

	@Test
	void comparesTheSiteSearchWithPostgresqlFullTextSearch() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
					"runs on PostgreSQL only (mvn test -Ppostgres)");
		}
		var queries = JudgedQueries.read();
		var secretariat = viewer("sekretariat@spirekassen.dk");
		var engines = List.of(
				new Engine("Spirekassen (Hibernate Search + Lucene, Danish analysis), as the secretariat",
						words -> siteSearch(words, secretariat)),
				new Engine("PostgreSQL `danish`: `websearch_to_tsquery`, `ts_rank_cd`", this::postgres),
				new Engine("PostgreSQL `danish`, any word when all find nothing (as the site search does)",
						this::postgresAnyWhenNone));

		var results = new ArrayList<Result>();
		for (var engine : engines) {
			results.add(measure(engine, queries));
		}

		var table = new StringBuilder("| engine | recall@10 | MRR | mean ms | p95 ms |\n|---|---|---|---|---|\n");
		results.forEach(r -> table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.2f |%n",
				r.engine().name(), r.report().recall(), r.report().meanReciprocalRank(), r.mean(), r.p95())));
		var text = new StringBuilder(String.format(Locale.ROOT,
				"%d judged queries; latency over %d timed runs of every query after %d warm-up runs.%n%n", queries.size(),
				TIMED_ROUNDS, WARM_UP_ROUNDS)).append(table);
		results.forEach(r -> text.append("\n## ").append(r.engine().name()).append("\n\n```\n")
			.append(r.report().describe()).append("```\n"));
		var out = Path.of("target", "search-quality-comparison.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, text);
		log.info("Search quality side by side ({} judged queries, written to {}):\n{}", queries.size(), out, table);

		assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
		assertThat(results).allSatisfy(r -> assertThat(r.report().scored()).hasSameSizeAs(queries));
	}

	private record Engine(String name, Function<String, List<Found>> search) {
	}

	private record Result(Engine engine, Report report, double mean, double p95) {
	}

	/** Scores an engine, then times every query: warm-up rounds first, then timed rounds in which each runs once. */
	private static Result measure(Engine engine, List<Judged> queries) {
		var report = JudgedQueries.score(queries, engine.search(), TOP);
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			queries.forEach(q -> engine.search().apply(q.query()));
		}
		var millis = new ArrayList<Double>();
		for (int round = 0; round < TIMED_ROUNDS; round++) {
			for (var q : queries) {
				long start = System.nanoTime();
				engine.search().apply(q.query());
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		var sorted = millis.stream().sorted().toList();
		double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
		return new Result(engine, report, mean, p95);
	}

	private List<Found> siteSearch(String words, Viewer viewer) {
		return search.search(SearchRequest.of(words), viewer, PageRequest.of(0, TOP))
			.hits()
			.getContent()
			.stream()
			.map(SearchQualityComparison::found)
			.toList();
	}

	private List<Found> postgres(String words) {
		return jdbc.sql(SEARCH)
			.param("words", words)
			.param("top", TOP)
			.query((rs, n) -> new Found(SearchKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getString("text")))
			.list();
	}

	/** As {@link #postgres}, but when all the words find nothing, any of them (websearch's {@code or}). */
	private List<Found> postgresAnyWhenNone(String words) {
		var found = postgres(words);
		if (!found.isEmpty() || !words.strip().contains(" ")) {
			return found;
		}
		return postgres(Arrays.stream(words.strip().split("\\s+")).collect(Collectors.joining(" or ")));
	}

	private static Found found(Hit hit) {
		return new Found(hit.kind(), text(hit.titleHtml()), text(hit.passageHtml()));
	}

	private static String text(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}

	private Viewer viewer(String email) {
		var account = accounts.accounts().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
		return new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
				account.partnerId());
	}
}
