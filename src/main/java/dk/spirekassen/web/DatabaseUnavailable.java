package dk.spirekassen.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells whether a failure was the database being out of reach, for the Danish 503 of {@link PageProblems} and
 * {@link ApiProblems}. Most such failures arrive as {@link DataAccessResourceFailureException} or
 * {@link CannotCreateTransactionException}. One does not: when the connection is lost in the middle of a transaction,
 * the rollback that follows fails too, and its error replaces the first one (Spring logs "Application exception
 * overridden by rollback exception") as an uncategorised data access or transaction system exception caused by
 * HikariCP's "Connection is closed", which carries no SQL state. Nothing of such a transaction was committed.
 */
final class DatabaseUnavailable {

	/** HikariCP's message once it has evicted a broken connection (ProxyConnection.ClosedConnection). */
	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
					|| HIKARI_CLOSED.equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}
}
