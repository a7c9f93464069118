package dk.spirekassen.web;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.util.ArrayList;

import javax.sql.DataSource;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness check gives its own query a timeout and leaves none behind on the pooled connection it used: H2
 * keeps a statement's query timeout on its session, so a request on that connection later would be cancelled when
 * slowed down by load.
 */
@SpirekassenTest
class DatabaseHealthQueryTimeoutIntegrationTests {

	@Autowired
	DatabaseHealth health;

	@Autowired
	DataSource dataSource;

	@Test
	void theCheckLeavesNoQueryTimeoutOnAnyPooledConnection() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
		}
		var pool = dataSource.unwrap(HikariDataSource.class);
		var connections = new ArrayList<Connection>();
		try {
			// Every connection of the pool at once, so the one the check used is among them.
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				connections.add(pool.getConnection());
			}
			for (var connection : connections) {
				try (var statement = connection.createStatement()) {
					assertThat(statement.getQueryTimeout()).as("a new statement's query timeout").isZero();
				}
			}
		}
		finally {
			for (var connection : connections) {
				connection.close();
			}
		}
	}
}
