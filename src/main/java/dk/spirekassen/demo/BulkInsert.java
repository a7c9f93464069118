package dk.spirekassen.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes many rows with JDBC batches, in chunks, and draws their ids from the tables' own sequences.
 * <p>
 * Ids are taken the way Hibernate's {@code pooled} optimizer takes them (its default for a sequence with an
 * increment; every sequence here is {@code increment by 50}): one {@code nextval} gives a value {@code v} and with it
 * the block {@code v - 49 .. v}, which nobody else is given.
 * So the generated rows and the rows the application inserts later through JPA, or by one {@code nextval} each as
 * the file storage and the bench scripts do, never share an id, and no sequence has to be moved afterwards. One
 * query per fifty rows, on H2 and PostgreSQL alike, inside the caller's transaction or outside it.
 */
final class BulkInsert {

	static final int CHUNK = 1_000;

	/** The {@code increment by} of every sequence in the schema. */
	private static final int INCREMENT = 50;

	private final JdbcTemplate jdbc;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	BulkInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids drawn from one sequence, in blocks of fifty. */
	Ids ids(String sequence) {
		return new Ids(sequence);
	}

	/**
	 * A table to insert into, with the columns given; rows are sent in batches of {@link #CHUNK}. Rows of a table
	 * another one {@link Table#after depends on} are sent first, so foreign keys always find their row.
	 */
	Table table(String name, String... columns) {
		var table = new Table(name, columns);
		tables.put(name, table);
		return table;
	}

	/** Sends every row still waiting, parents first. */
	void flushAll() {
		tables.values().forEach(Table::flush);
	}

	/** Rows written per table, in the order the tables were opened. */
	Map<String, Integer> counts() {
		var counts = new LinkedHashMap<String, Integer>();
		tables.forEach((name, table) -> counts.put(name, table.written()));
		return Collections.unmodifiableMap(counts);
	}

	final class Ids {

		private final String sequence;

		private long next = 1;

		private long last;

		private Ids(String sequence) {
			this.sequence = sequence;
		}

		long next() {
			if (next > last) {
				long value = jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
				last = value;
				next = Math.max(1, value - INCREMENT + 1);
			}
			return next++;
		}
	}

	final class Table {

		private final String sql;

		private final List<Object[]> rows = new ArrayList<>(CHUNK);

		private final List<Table> parents = new ArrayList<>();

		private int written;

		private Table(String name, String[] columns) {
			this.sql = "insert into " + name + " (" + String.join(", ", columns) + ") values ("
					+ String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
		}

		/** Makes this table send the rows of the parents before its own. */
		Table after(Table... parents) {
			this.parents.addAll(List.of(parents));
			return this;
		}

		void add(Object... values) {
			rows.add(values);
			if (rows.size() >= CHUNK) {
				flush();
			}
		}

		void flush() {
			parents.forEach(Table::flush);
			if (rows.isEmpty()) {
				return;
			}
			jdbc.batchUpdate(sql, rows, rows.size(), BulkInsert::bind);
			written += rows.size();
			rows.clear();
		}

		int written() {
			return written + rows.size();
		}
	}

	private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			int index = i + 1;
			var value = values[i];
			if (value == null) {
				statement.setNull(index, Types.NULL);
			}
			else if (value instanceof String text) {
				statement.setString(index, text);
			}
			else if (value instanceof Long number) {
				statement.setLong(index, number);
			}
			else if (value instanceof Integer number) {
				statement.setInt(index, number);
			}
			else if (value instanceof Boolean flag) {
				statement.setBoolean(index, flag);
			}
			else if (value instanceof BigDecimal decimal) {
				statement.setBigDecimal(index, decimal);
			}
			else if (value instanceof Instant instant) {
				statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC),
						Types.TIMESTAMP_WITH_TIMEZONE);
			}
			else if (value instanceof LocalDate date) {
				statement.setObject(index, date, Types.DATE);
			}
			else if (value instanceof LocalTime time) {
				statement.setObject(index, time, Types.TIME);
			}
			else if (value instanceof Enum<?> constant) {
				statement.setString(index, constant.name());
			}
			else {
				throw new IllegalArgumentException("No binding for " + value.getClass());
			}
		}
	}
}
