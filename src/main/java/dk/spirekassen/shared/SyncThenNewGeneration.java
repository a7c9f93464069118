package dk.spirekassen.shared;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * How a transaction's changes reach the index: as Hibernate Search's {@code sync} strategy (indexed when the
 * transaction commits, and searchable when the request that made them answers), and then a new
 * {@link IndexState#generation() generation} of the index is counted, so that the searches and list pages kept before
 * ({@link RecentReads}) are not served again. Here in the shared module, as every module's transactions go
 * through it, also where the search module is not started (a module's own tests). Counted only once the changes are
 * searchable: a search that read the new generation earlier could otherwise keep results that miss them.
 * <p>
 * It sets itself as the strategy of every indexing plan, unless the nodes index through the outbox (which the search
 * module's customiser, ordered before this one, has then set): the agents index after the commit, and Hibernate Search
 * refuses a strategy for requests then. Another node's changes are seen by the expiry of what is kept.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SyncThenNewGeneration implements IndexingPlanSynchronizationStrategy, HibernatePropertiesCustomizer {

	/** The Hibernate Search property of the coordination strategy, {@code outbox-polling} for the outbox. */
	public static final String COORDINATION = "hibernate.search.coordination.strategy";

	private static final String STRATEGY = "hibernate.search.indexing.plan.synchronization.strategy";

	private final IndexState state;

	SyncThenNewGeneration(IndexState state) {
		this.state = state;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		if (!"outbox-polling".equals(properties.get(COORDINATION))) {
			properties.put(STRATEGY, "bean:syncThenNewGeneration");
		}
	}

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		IndexingPlanSynchronizationStrategy.sync().apply(new IndexingPlanSynchronizationStrategyConfigurationContext() {

			@Override
			public void documentCommitStrategy(DocumentCommitStrategy strategy) {
				context.documentCommitStrategy(strategy);
			}

			@Override
			public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
				context.documentRefreshStrategy(strategy);
			}

			@Override
			public void indexingFutureHandler(
					Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
				context.indexingFutureHandler(future -> {
					try {
						handler.accept(future);
					}
					finally {
						state.changed();
					}
				});
			}

			@Override
			public FailureHandler failureHandler() {
				return context.failureHandler();
			}

			@Override
			public void operationSubmitter(OperationSubmitter submitter) {
				context.operationSubmitter(submitter);
			}
		});
	}
}
