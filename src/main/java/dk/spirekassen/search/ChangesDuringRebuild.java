package dk.spirekassen.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entities changed while the index is rebuilt, indexed again when the rebuild is done.
 * <p>
 * A rebuild empties the index and adds a document for every entity it reads. A change a request indexes meanwhile
 * would be added a second time when the rebuild reads the changed entity, and search would show it twice; so while
 * a rebuild runs, requests leave the index alone and this records what they change (inserts, updates and deletes
 * once committed, and changed collections). When the rebuild is done, requests index again and everything recorded is
 * indexed once more from the database, replacing whatever copy the rebuild made; a change to an entity that is not
 * indexed itself (a participant) reindexes the documents that depend on it (the project). One for the persistence
 * unit, whose events it listens to.
 * <p>
 * With the outbox ({@link SearchBackend#coordinatedThroughOutbox()}) this does nothing: Hibernate Search pauses the
 * agents of every node while a rebuild runs, and the events of what changed meanwhile, on any node, wait in the outbox
 * until it is done.
 */
@Component
class ChangesDuringRebuild {

	private static final Logger log = LoggerFactory.getLogger(ChangesDuringRebuild.class);

	private static final int BATCH = 200;

	private record Change(String entityName, Object id) {
	}

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final Set<Change> changes = new LinkedHashSet<>();

	private volatile boolean recording;

	private final boolean outbox;

	ChangesDuringRebuild(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			PlatformTransactionManager transactionManager, SearchBackend backend) {
		this.outbox = backend.coordinatedThroughOutbox();
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		var listener = new Listener();
		registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
		registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
		registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
	}

	/** Requests stop indexing; their changes are recorded. */
	void start() {
		if (outbox) {
			return;
		}
		synchronized (changes) {
			changes.clear();
			recording = true;
		}
		mapping().indexingPlanFilter(filter -> mapping().allIndexedEntities()
			.forEach(entity -> filter.exclude(entity.javaClass())));
	}

	/** Requests index again, and every entity changed meanwhile is indexed from the database. */
	void finish() {
		if (outbox) {
			return;
		}
		mapping().indexingPlanFilter(filter -> {
		});
		List<Change> recorded;
		synchronized (changes) {
			recording = false;
			recorded = new ArrayList<>(changes);
			changes.clear();
		}
		for (int from = 0; from < recorded.size(); from += BATCH) {
			var batch = recorded.subList(from, Math.min(recorded.size(), from + BATCH));
			transactions.executeWithoutResult(status -> batch.forEach(this::index));
		}
	}

	/** Indexes one changed entity again, in the transaction of its batch (with the shared entity manager). */
	private void index(Change change) {
		var type = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(change.entityName())
			.getMappedClass();
		var indexed = mapping().allIndexedEntities().stream().anyMatch(e -> e.javaClass().equals(type));
		var plan = Search.session(entityManager).indexingPlan();
		var entity = entityManager.find(type, change.id());
		try {
			if (entity != null) {
				plan.addOrUpdate(entity);
			}
			else if (indexed) {
				plan.purge(type, change.id(), null);
			}
		}
		catch (SearchException e) {
			// Neither indexed nor part of an indexed document (an outgoing mail): nothing to do.
			log.debug("Not indexed: {}", change.entityName());
		}
	}

	private org.hibernate.search.mapper.orm.mapping.SearchMapping mapping() {
		return Search.mapping(entityManagerFactory);
	}

	private void record(String entityName, Object id) {
		if (recording && entityName != null && id != null) {
			synchronized (changes) {
				if (recording) {
					changes.add(new Change(entityName, id));
				}
			}
		}
	}

	private final class Listener implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
			PostCommitDeleteEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener,
			PostCollectionRemoveEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			record(event.getPersister().getEntityName(), event.getId());
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			record(event.getPersister().getEntityName(), event.getId());
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			record(event.getPersister().getEntityName(), event.getId());
		}

		@Override
		public void onPostRecreateCollection(org.hibernate.event.spi.PostCollectionRecreateEvent event) {
			recordOwner(event);
		}

		@Override
		public void onPostUpdateCollection(org.hibernate.event.spi.PostCollectionUpdateEvent event) {
			recordOwner(event);
		}

		@Override
		public void onPostRemoveCollection(org.hibernate.event.spi.PostCollectionRemoveEvent event) {
			recordOwner(event);
		}

		private void recordOwner(AbstractCollectionEvent event) {
			record(event.getAffectedOwnerEntityName(), event.getAffectedOwnerIdOrNull());
		}

		@Override
		public void onPostInsertCommitFailed(PostInsertEvent event) {
		}

		@Override
		public void onPostUpdateCommitFailed(PostUpdateEvent event) {
		}

		@Override
		public void onPostDeleteCommitFailed(PostDeleteEvent event) {
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return true;
		}
	}
}
