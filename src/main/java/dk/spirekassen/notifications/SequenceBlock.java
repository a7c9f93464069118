package dk.spirekassen.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids from a sequence the way Hibernate's {@code pooled} optimizer takes them (every sequence here is
 * {@code increment by 50}): one {@code nextval} gives {@code v} and with it the block {@code v - 49 .. v}, which
 * nobody else is given. One statement per fifty rows, on H2 and PostgreSQL alike.
 */
final class SequenceBlock {

	private static final int INCREMENT = 50;

	private final JdbcClient jdbc;

	private final String sequence;

	private long next = 1;

	private long last;

	SequenceBlock(JdbcClient jdbc, String sequence) {
		this.jdbc = jdbc;
		this.sequence = sequence;
	}

	synchronized long next() {
		if (next > last) {
			long value = jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
			last = value;
			next = Math.max(1, value - INCREMENT + 1);
		}
		return next++;
	}
}
