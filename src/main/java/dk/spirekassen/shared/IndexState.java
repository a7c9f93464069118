package dk.spirekassen.shared;

import org.springframework.stereotype.Component;

/**
 * What the search index holds, as far as this node knows.
 * <ul>
 * <li>{@link #whole()}: whether it holds everything. False from start until the index is known to fit or has been
 * rebuilt, and while it is rebuilt, here or, for an index every node shares, on another node. Lists read their plain pages from the index only when it is whole, and from the
 * database meanwhile; searching for words goes on over what is indexed so far.</li>
 * <li>{@link #generation()}: a number that grows whenever what the index holds may have changed (a transaction's
 * changes indexed, a rebuild started or ended), or what is read beside it (the themes to filter by). Results kept for
 * a generation are not served for a later one ({@link RecentReads}).</li>
 * </ul>
 */
@Component
public class IndexState {

	private volatile boolean whole;

	/** False while another node rebuilds an index every node shares, or left it half-built (search.IndexBuilds). */
	private volatile boolean wholeElsewhere = true;

	private final Generation generation = new Generation();

	public boolean whole() {
		return whole && wholeElsewhere;
	}

	/** The index holds every entity, or no longer does (set by the rebuilds). */
	public void whole(boolean whole) {
		this.whole = whole;
		changed();
	}

	/**
	 * What the other nodes' rebuilds of an index every node shares leave it: whole, or being rebuilt or left
	 * half-built by one of them (set each second by the search module's watch).
	 */
	public void wholeElsewhere(boolean whole) {
		if (whole != wholeElsewhere) {
			wholeElsewhere = whole;
			changed();
		}
	}

	/**
	 * Whether a list is read from the index: always to search for words, and otherwise when the index is whole (not
	 * while it is built on start or rebuilt, on this node or another, when the database answers instead).
	 */
	public boolean answers(String words) {
		return TextSearch.hasWords(words) || whole();
	}

	public long generation() {
		return generation.get();
	}

	/** What the index holds has changed. */
	public void changed() {
		generation.changed();
	}

	/**
	 * What is read beside the index changes with the current transaction: a new generation is counted once it is
	 * committed (at once outside a transaction), so that nothing read before the commit is kept for it.
	 */
	public void changedOnCommit() {
		generation.changedOnCommit();
	}
}
