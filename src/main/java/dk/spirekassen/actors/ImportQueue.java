package dk.spirekassen.actors;

import java.time.Duration;

/**
 * The imports of departments that need the secretariat, for its desk: those being written now, and those that failed
 * within {@link #FAILED_SHOWN_FOR} (nothing of them was written; the file can be imported again). Older failures stay
 * in the import page's list but are no longer counted.
 */
public interface ImportQueue {

	/** How long a failed import is counted. */
	Duration FAILED_SHOWN_FOR = Duration.ofDays(7);

	/** How many imports are running, or failed within {@link #FAILED_SHOWN_FOR}: one indexed count. */
	long runningOrFailed();
}
