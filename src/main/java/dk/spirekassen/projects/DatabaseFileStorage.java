package dk.spirekassen.projects;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/**
 * Keeps file content in the {@code stored_file} table: the default {@link FileStorage}.
 */
class DatabaseFileStorage implements FileStorage {

	private final JdbcClient jdbc;

	DatabaseFileStorage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String store(byte[] content) {
		long id = jdbc.sql("select nextval('stored_file_seq')").query(Long.class).single();
		jdbc.sql("insert into stored_file (id, content) values (?, ?)").params(id, content).update();
		return "db:" + id;
	}

	@Override
	public Optional<byte[]> load(String key) {
		return id(key).flatMap(id -> jdbc.sql("select content from stored_file where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional());
	}

	@Override
	public void delete(String key) {
		id(key).ifPresent(id -> jdbc.sql("delete from stored_file where id = ?").param(id).update());
	}

	private static Optional<Long> id(String key) {
		if (key == null || !key.startsWith("db:")) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(key.substring(3)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultStorage {

		@Bean
		@ConditionalOnMissingBean(FileStorage.class)
		FileStorage databaseFileStorage(JdbcClient jdbc) {
			return new DatabaseFileStorage(jdbc);
		}
	}
}
