package dk.spirekassen.projects;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flyway migration 15.1: moves the content of files stored before V15 from {@code stored_file.content} into
 * {@link DatabaseFileStorage#CHUNK_SIZE} chunks, one file at a time, and drops the old column. Spring Boot hands
 * Flyway every {@code JavaMigration} bean; it names its own version.
 */
class FileChunkMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("15.1");
	}

	@Override
	public String getDescription() {
		return "move file content into chunks";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		var connection = context.getConnection();
		for (long id : ids(connection)) {
			move(connection, id);
		}
		try (var drop = connection.createStatement()) {
			drop.execute("alter table stored_file drop column content");
		}
	}

	private static List<Long> ids(Connection connection) throws SQLException {
		var ids = new ArrayList<Long>();
		try (var query = connection.prepareStatement("select id from stored_file order by id");
				var rows = query.executeQuery()) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

	private static void move(Connection connection, long id) throws SQLException {
		byte[] content;
		try (var query = connection.prepareStatement("select content from stored_file where id = ?")) {
			query.setLong(1, id);
			try (var rows = query.executeQuery()) {
				rows.next();
				content = rows.getBytes(1);
			}
		}
		int chunkSize = DatabaseFileStorage.CHUNK_SIZE;
		try (var insert = connection
			.prepareStatement("insert into stored_file_chunk (file_id, seq, content) values (?, ?, ?)")) {
			for (int seq = 0; (long) seq * chunkSize < content.length; seq++) {
				int from = seq * chunkSize;
				insert.setLong(1, id);
				insert.setInt(2, seq);
				insert.setBytes(3, Arrays.copyOfRange(content, from, Math.min(content.length, from + chunkSize)));
				insert.executeUpdate();
			}
		}
		try (var update = connection
			.prepareStatement("update stored_file set size_bytes = ?, chunk_size = ? where id = ?")) {
			update.setLong(1, content.length);
			update.setInt(2, chunkSize);
			update.setLong(3, id);
			update.executeUpdate();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static FileChunkMigration fileChunkMigration() {
			return new FileChunkMigration();
		}
	}
}
