package dk.spirekassen.projects;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.search.IndexBuilds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality of the suggestions, judged: for at least 20 open needs of the demo data, the partners a person would
 * pick (in {@code matching/judged-needs.tsv}, judged from the descriptions alone) make up at least 80 % of the top 5
 * suggestions, on average. Precision@5 here is the share of the suggestions shown in the top 5 (fewer where fewer
 * pass the filters) that a person would pick, averaged over the needs with suggestions; a need may rightly have none
 * (its volunteers work in other regions), but at least 70 % of the judged needs must have some. The judgement covers
 * the partners of the demo data ({@code matching/demo-partners.txt}); partners other tests add to the shared database
 * are left out of the top 5.
 */
@SpirekassenTest
class MatchQualityIntegrationTests {

	private static final double TARGET = 0.8;

	/** The share of the judged needs with at least one suggestion. */
	private static final double COVERAGE = 0.7;

	@Autowired
	ApplicationContext context;

	@Autowired
	Matchmaking matchmaking;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aPersonWouldPickFourOfTheTopFiveSuggestions() throws IOException {
		var secretariat = new Samples(context).projects.secretariat;
		context.getBean(IndexBuilds.class).running().join();
		var judged = judged();
		var universe = lines("matching/demo-partners.txt");
		var directory = context.getBean(dk.spirekassen.actors.Directory.class);
		assertThat(directory.partnerRefs().stream().map(r -> r.name()).toList()).as("the demo partners")
			.containsAll(universe);
		var lines = new ArrayList<String>();
		double sum = 0;
		int needs = 0;
		int withSuggestions = 0;
		for (var entry : judged.entrySet()) {
			var found = openDemoNeed(entry.getKey());
			if (found == null) {
				continue;
			}
			var suggested = matchmaking.partnersFor(found[0], found[1], secretariat, Locale.forLanguageTag("da"))
				.stream()
				.filter(p -> universe.contains(p.name()))
				.limit(5)
				.toList();
			var top = suggested.stream().map(Matchmaking.PartnerSuggestion::name).toList();
			long picked = top.stream().filter(entry.getValue()::contains).count();
			double precision = top.isEmpty() ? 0 : (double) picked / top.size();
			sum += precision;
			needs++;
			if (!top.isEmpty()) {
				withSuggestions++;
			}
			lines.add("%.2f  %s -> %s".formatted(precision, entry.getKey(),
					suggested.stream().map(p -> p.name() + " " + p.reasons()).toList()));
		}
		double mean = withSuggestions == 0 ? 0 : sum / withSuggestions;
		double coverage = needs == 0 ? 0 : (double) withSuggestions / needs;
		var report = String.join("\n", lines) + "\nmean precision@5 %.3f over %d needs with suggestions; %.2f of %d needs have some"
			.formatted(mean, withSuggestions, coverage, needs);
		System.out.println(report);
		assertThat(needs).as("judged needs found open in the demo data").isGreaterThanOrEqualTo(20);
		assertThat(mean).as(report).isGreaterThanOrEqualTo(TARGET);
		assertThat(coverage).as(report).isGreaterThanOrEqualTo(COVERAGE);
	}

	/** The first open demo need with the description: its project's id and its id, or null if there is none. */
	private long[] openDemoNeed(String description) {
		return transaction.execute(status -> entityManager
			.createQuery("select n from Need n where n.description = ?1 and n.status = ?2 order by n.id", Need.class)
			.setParameter(1, description)
			.setParameter(2, NeedStatus.OPEN)
			.setMaxResults(1)
			.getResultStream()
			.map(n -> new long[] { n.getProject().getId(), n.getId() })
			.findFirst()
			.orElse(null));
	}

	private static Map<String, Set<String>> judged() throws IOException {
		var judged = new LinkedHashMap<String, Set<String>>();
		for (var line : lines("matching/judged-needs.tsv")) {
			var parts = line.split("\t");
			judged.put(parts[0], Set.copyOf(List.of(parts[1].split("\\|"))));
		}
		return judged;
	}

	/** The lines of a file, without blank lines and comments. */
	private static List<String> lines(String resource) throws IOException {
		var text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
	}
}
