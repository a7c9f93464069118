package dk.spirekassen;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The SQL that Hibernate sends while a test records, for tests of how a page or an export reads the database
 * (Hibernate's statistics name queries, but not the statements that load entities by id). Set as
 * {@code hibernate.session_factory.statement_inspector} in the tests' configuration.
 */
public class SqlStatements implements StatementInspector {

	private static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

	private static volatile boolean recording;

	@Override
	public String inspect(String sql) {
		if (recording) {
			SEEN.add(sql);
		}
		return sql;
	}

	/** Forgets what was recorded and records from now on. */
	public static void record() {
		SEEN.clear();
		recording = true;
	}

	/** What was recorded since {@link #record()}, in order. */
	public static List<String> recorded() {
		return List.copyOf(SEEN);
	}

	/** Stops recording. */
	public static void stop() {
		recording = false;
		SEEN.clear();
	}
}
