package dk.spirekassen.web;

import com.zaxxer.hikari.SQLExceptionOverride;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells HikariCP to drop every connection to an H2 database that H2 has closed, so that the next connection opens the
 * database again from its file. H2 closes its database after an out-of-memory error or a failed write (a full disk);
 * from then on it answers every statement on the connections already open with "The database has been closed"
 * (90098) while their {@code isValid()} still says true, and HikariCP, which drops a connection only on a SQL state
 * that says the connection is lost ({@code 08...}), would hand out those dead connections for good. Nothing changes
 * for PostgreSQL.
 * <p>
 * The first closure is logged once, as an error saying what happened and what to do; {@link DatabaseHealth} turns
 * readiness DOWN until the database answers again, and then calls {@link #reopened()}.
 * <p>
 * HikariCP creates this class by name ({@code spring.datasource.hikari.exception-override-class-name}), so it is
 * public with a public constructor.
 */
public final class ClosedDatabaseEviction implements SQLExceptionOverride {

	/** H2's {@code ErrorCode.DATABASE_IS_CLOSED}: closed by an error, or by {@code SHUTDOWN IMMEDIATELY}. */
	static final int H2_DATABASE_IS_CLOSED = 90098;

	/** H2's {@code ErrorCode.DATABASE_CALLED_AT_SHUTDOWN}: closed by a shutdown. */
	static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;

	private static final Logger log = LoggerFactory.getLogger(ClosedDatabaseEviction.class);

	private final AtomicBoolean closed = new AtomicBoolean();

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		if (!closedByH2(ex)) {
			return Override.CONTINUE_EVICT;
		}
		if (ex.getErrorCode() == H2_DATABASE_IS_CLOSED && closed.compareAndSet(false, true)) {
			log.error("H2 has closed its database after an error ({}), most often an out-of-memory error or a "
					+ "failed write (a full disk), logged before this line. Requests that used it failed. The "
					+ "connection pool drops its connections and opens the database again from its file; readiness "
					+ "is DOWN until it answers. What to do: restart the node if readiness stays DOWN or this happens "
					+ "again; give the JVM more heap (-Xmx) and start it with -XX:+ExitOnOutOfMemoryError, so that a "
					+ "supervisor restarts it after an out-of-memory error; use PostgreSQL (profile postgres) in "
					+ "production.",
					DatabaseHealth.firstLine(ex.getMessage()));
		}
		return Override.MUST_EVICT;
	}

	/** Whether H2 closed the database since it was last found usable. */
	boolean sawClosure() {
		return closed.get();
	}

	/** The database answered again: a later closure is logged again. */
	void reopened() {
		closed.set(false);
	}

	/** Whether the failure is H2 saying that its database has been closed. */
	static boolean closedByH2(SQLException ex) {
		int code = ex.getErrorCode();
		return (code == H2_DATABASE_IS_CLOSED || code == H2_DATABASE_CALLED_AT_SHUTDOWN)
				&& String.valueOf(code).equals(ex.getSQLState());
	}
}
