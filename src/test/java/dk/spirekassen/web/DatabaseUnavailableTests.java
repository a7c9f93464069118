package dk.spirekassen.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTests {

	@Test
	void aRollbackThatFailedOnAClosedConnectionIsTheDatabaseBeingUnavailable() {
		var rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
	}

	@Test
	void aConnectionClassSqlStateOrAPoolTimeoutAnywhereInTheChainIsTheDatabaseBeingUnavailable() {
		assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("Could not roll back",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("Could not roll back",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("down"))).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no cause"))).isFalse();
	}
}
