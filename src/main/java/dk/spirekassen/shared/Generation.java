package dk.spirekassen.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows whenever something read and kept may have changed: a key of {@link RecentReads} that holds it
 * is not served for a later one. The search index has one ({@link IndexState}); what changes far more often than the
 * index and is read on many pages (the seats of the coming days, one's notes) has its own, so that a change there does
 * not throw away every list kept.
 */
public final class Generation {

	private final AtomicLong value = new AtomicLong();

	public long get() {
		return value.get();
	}

	/** What is counted has changed, at once. */
	public void changed() {
		value.incrementAndGet();
	}

	/**
	 * What is counted changes with the current transaction: a new generation is counted once it is committed (at once
	 * outside a transaction), so that nothing read before the commit is kept for it.
	 */
	public void changedOnCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			changed();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				changed();
			}
		});
	}
}
