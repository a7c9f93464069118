package dk.spirekassen.web;

import com.zaxxer.hikari.SQLExceptionOverride;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedDatabaseEvictionTests {

	private final ClosedDatabaseEviction eviction = new ClosedDatabaseEviction();

	@Test
	void dropsConnectionsToADatabaseThatH2HasClosed() {
		assertThat(eviction.adjudicate(h2(90098, "The database has been closed [90098-240]")))
			.isEqualTo(SQLExceptionOverride.Override.MUST_EVICT);
		assertThat(eviction.adjudicate(h2(90121, "Database is already closed [90121-240]")))
			.isEqualTo(SQLExceptionOverride.Override.MUST_EVICT);
	}

	@Test
	void leavesEverythingElseToHikari() {
		assertThat(List.of(new SQLException("duplicate key", "23505", 0), new SQLException("I/O error", "08006", 0),
				new SQLException("Table not found", "42S04", 42104), new SQLException("not H2", "XX000", 90098)))
			.extracting(eviction::adjudicate)
			.containsOnly(SQLExceptionOverride.Override.CONTINUE_EVICT);
		assertThat(eviction.sawClosure()).isFalse();
	}

	@Test
	void remembersAClosureUntilTheDatabaseIsOpenAgain() {
		eviction.adjudicate(h2(90098, "The database has been closed [90098-240]"));
		eviction.adjudicate(h2(90098, "The database has been closed [90098-240]"));
		assertThat(eviction.sawClosure()).isTrue();
		eviction.reopened();
		assertThat(eviction.sawClosure()).isFalse();
	}

	private static SQLException h2(int code, String message) {
		return new SQLNonTransientConnectionException(message, String.valueOf(code), code);
	}
}
