package dk.spirekassen.projects;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.search.IndexBuilds;
import dk.spirekassen.search.SearchRequest;
import dk.spirekassen.search.SearchResults.Hit;
import dk.spirekassen.search.SiteSearch;
import dk.spirekassen.shared.SearchKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A toolbox file stored before texts were read on upload gets its text read after start, and is then found by it.
 */
@SpirekassenTest
class FileTextBackfillIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	FileTextBackfill backfill;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SiteSearch search;

	@Autowired
	IndexBuilds builds;

	@Test
	void readsTheTextOfAFileStoredWithoutItAndMakesItSearchable() {
		var samples = new Samples(context).projects;
		builds.running().join();
		var file = samples.freshFile(samples.project, true);
		// As a file stored before V16: no text, and nothing of it in the index.
		var textId = jdbc.queryForObject("select text_id from project_file where id = ?", Long.class, file);
		jdbc.update("update project_file set text_id = null where id = ?", file);
		jdbc.update("delete from project_file_text where id = ?", textId);
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> Search.session(entityManager).indexingPlan().purge(ProjectFile.class, file, null));
		assertThat(files("ladestandere")).doesNotContain(file);

		assertThat(backfill.run()).isPositive();

		var text = jdbc.queryForObject(
				"select t.text from project_file f join project_file_text t on t.id = f.text_id where f.id = ?",
				String.class, file);
		assertThat(text).contains("ladestandere");
		assertThat(files("ladestandere")).contains(file);
		assertThat(backfill.run()).as("nothing left to read").isZero();
	}

	private List<Long> files(String words) {
		return search
			.search(new SearchRequest(words, SearchKind.FILE, null, null, null, null, null, null, null),
					dk.spirekassen.projects.Viewer.ANONYMOUS, PageRequest.of(0, 200))
			.hits()
			.stream()
			.map(Hit::id)
			.toList();
	}
}
