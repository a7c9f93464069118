package dk.spirekassen.search;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dk.spirekassen.actors.ThemeNames;
import dk.spirekassen.actors.ThemeRenamed;
import dk.spirekassen.shared.IndexState;

/**
 * Indexes again, in the background, what is found by a theme's name (projects, their needs, and partners) once the
 * theme is renamed: only the documents that carry the theme, replaced one by one, so search goes on meanwhile with
 * the old name. Nothing else tells the index, as the name is not a property of those entities. (A mass indexer would
 * be quicker, but without emptying the index first it adds a second copy of each document to a Lucene index.)
 */
@Component
class ThemeRenames {

	private static final Logger log = LoggerFactory.getLogger(ThemeRenames.class);

	private static final int BATCH = 200;

	/** What carries a theme, by entity name (the entities of the projects module are its own), and how. */
	private static final List<String> CARRYING = List.of(
			"select e.id from Project e where :theme member of e.themeIds",
			"select e.id from Need e where :theme member of e.project.themeIds",
			"select e.id from Partner e join e.themes t where t.id = :theme");

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final ThemeNames names;

	private final IndexState state;

	private volatile CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

	ThemeRenames(EntityManager entityManager, PlatformTransactionManager transactions, ThemeNames names,
			IndexState state) {
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactions);
		this.names = names;
		this.state = state;
	}

	@TransactionalEventListener
	synchronized void on(ThemeRenamed renamed) {
		names.forget();
		last = last.thenRunAsync(() -> reindex(renamed.themeId())).exceptionally(failure -> {
			log.error("What carries theme {} could not be indexed with its new name", renamed.themeId(), failure);
			return null;
		});
	}

	/** Completes when the documents of the last renamed theme are indexed again. */
	CompletableFuture<Void> running() {
		return last;
	}

	private void reindex(long theme) {
		for (var query : CARRYING) {
			var ids = transactions.execute(status -> entityManager.createQuery(query, Long.class)
				.setParameter("theme", theme)
				.getResultList());
			var type = query.split(" ")[3];
			for (int from = 0; from < ids.size(); from += BATCH) {
				var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
				transactions.executeWithoutResult(status -> {
					var plan = Search.session(entityManager).indexingPlan();
					entityManager.createQuery("select e from " + type + " e where e.id in :ids", Object.class)
						.setParameter("ids", batch)
						.getResultList()
						.forEach(plan::addOrUpdate);
				});
			}
		}
		state.changed();
	}
}
