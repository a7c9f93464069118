package dk.spirekassen;

import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The embedded database checks a {@code CHECK (x IN (...))} constraint after the connection that created it has
 * closed, as every table's status and role columns are checked after Flyway's connection is gone. H2 2.4.240 kept the
 * creating session in the constraint and failed every later insert and update with "Check constraint invalid: ... The
 * database has been closed" once that session closed (h2database#4302): in the test suite, from the moment the first
 * context, which migrated the shared in-memory database, was closed. pom.xml pins a version with the fix.
 */
class H2CheckConstraintAcrossSessionsTests {

	@Test
	void aCheckConstraintHoldsAfterTheConnectionThatMadeItHasClosed() throws SQLException {
		var url = "jdbc:h2:mem:check-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		try (var keepsTheDatabase = DriverManager.getConnection(url)) {
			try (var migration = DriverManager.getConnection(url); var statement = migration.createStatement()) {
				statement.execute("create table mail (id bigint primary key, status varchar(20) not null "
						+ "constraint mail_status_check check (status in ('PENDING', 'SENT', 'FAILED')))");
			}
			try (var request = DriverManager.getConnection(url); var statement = request.createStatement()) {
				assertThat(statement.executeUpdate("insert into mail values (1, 'PENDING')")).isEqualTo(1);
				assertThat(statement.executeUpdate("update mail set status = 'SENT' where id = 1")).isEqualTo(1);
				var refused = catchThrowable(() -> statement.executeUpdate("insert into mail values (2, 'LOST')"));
				assertThat(refused).as("a value the constraint does not allow").isInstanceOf(SQLException.class);
				assertThat(refused.getMessage()).contains("mail_status_check").doesNotContain("has been closed");
			}
		}
	}
}
