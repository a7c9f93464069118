package dk.spirekassen.projects;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.projects.FileStorage.StoredContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both storages keep what they are given and read it back from any offset; a file stored in a transaction that
 * rolls back is gone, a deletion in one that rolls back is not; files stored in the database before chunks came
 * are moved into chunks by the migration.
 */
@SpirekassenTest
class FileStorageIntegrationTests {

	private static final int CHUNK = DatabaseFileStorage.CHUNK_SIZE;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSourceProperties dataSource;

	@TempDir
	Path directory;

	@Test
	void theDatabaseKeepsAFileInChunksAndReadsItFromAnyOffset() throws IOException {
		var storage = new DatabaseFileStorage(jdbc);
		var content = bytes(CHUNK * 2 + 123, 1);

		var key = transactions.execute(status -> store(storage, content));

		assertThat(jdbc.sql("select count(*) from stored_file_chunk where file_id = ?")
			.param(Long.parseLong(key.substring(3)))
			.query(Long.class)
			.single()).isEqualTo(3);
		readsBackFromAnyOffset(storage.find(key).orElseThrow(), content);
		storage.delete(key);
		assertThat(storage.find(key)).isEmpty();
	}

	@Test
	void theFileSystemKeepsAFileAndReadsItFromAnyOffset() throws IOException {
		var storage = new FileSystemFileStorage(directory);
		var content = bytes(CHUNK + 7, 2);

		var key = store(storage, content);

		readsBackFromAnyOffset(storage.find(key).orElseThrow(), content);
		storage.delete(key);
		assertThat(storage.find(key)).isEmpty();
		assertThat(storage.handles("fs:../../etc/passwd")).isFalse();
		assertThat(storage.find("fs:../../etc/passwd")).isEmpty();
	}

	@Test
	void aFileStoredInATransactionThatRollsBackIsGone() {
		var database = new DatabaseFileStorage(jdbc);
		var files = new FileSystemFileStorage(directory);
		var keys = new String[2];

		transactions.executeWithoutResult(status -> {
			keys[0] = store(database, bytes(1000, 3));
			keys[1] = store(files, bytes(1000, 4));
			status.setRollbackOnly();
		});

		assertThat(database.find(keys[0])).isEmpty();
		assertThat(files.find(keys[1])).isEmpty();
	}

	@Test
	void aFileIsDeletedFromDiskOnlyWhenTheDeletionCommits() {
		var files = new FileSystemFileStorage(directory);
		var key = store(files, bytes(1000, 5));

		transactions.executeWithoutResult(status -> {
			files.delete(key);
			assertThat(files.find(key)).as("still there until the transaction commits").isPresent();
			status.setRollbackOnly();
		});
		assertThat(files.find(key)).isPresent();

		transactions.executeWithoutResult(status -> files.delete(key));
		assertThat(files.find(key)).isEmpty();
	}

	@Test
	void afterASwitchToTheFileSystemFilesInTheDatabaseStayReadable() throws IOException {
		var database = new DatabaseFileStorage(jdbc);
		var before = store(database, bytes(500, 6));
		var storages = new FileStorages(new FileSystemFileStorage(directory), List.of(database));

		var after = store(storages, bytes(500, 7));

		assertThat(after).startsWith("fs:");
		assertThat(read(storages.find(before).orElseThrow(), 0)).isEqualTo(bytes(500, 6));
		assertThat(read(storages.find(after).orElseThrow(), 0)).isEqualTo(bytes(500, 7));
		storages.delete(before);
		assertThat(database.find(before)).isEmpty();
	}

	@Test
	void filesStoredWholeBeforeChunksAreMovedIntoChunks() throws IOException {
		var schema = "chunkmigration";
		var url = dataSource.getUrl().startsWith("jdbc:h2:")
				? "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
				: dataSource.getUrl();
		var scratch = new DriverManagerDataSource(url, dataSource.getUsername(), dataSource.getPassword());
		var scratchJdbc = JdbcClient.create(scratch);
		scratchJdbc.sql("drop schema if exists " + schema + " cascade").update();
		Flyway.configure().dataSource(scratch).schemas(schema).defaultSchema(schema).target("15").load().migrate();
		var legacy = bytes(CHUNK * 2 + 10, 8);
		scratchJdbc.sql("insert into " + schema + ".stored_file (id, content) values (7, ?)").param(legacy).update();

		Flyway.configure().dataSource(scratch).schemas(schema).defaultSchema(schema)
			.javaMigrations(new FileChunkMigration()).load().migrate();

		var migrated = new DatabaseFileStorage(JdbcClient.create(new DriverManagerDataSource(
				url + (url.startsWith("jdbc:h2:") ? ";SCHEMA=" + schema : (url.contains("?") ? "&" : "?") + "currentSchema=" + schema),
				dataSource.getUsername(), dataSource.getPassword())));
		var content = migrated.find("db:7").orElseThrow();
		assertThat(content.size()).isEqualTo(legacy.length);
		assertThat(read(content, 0)).isEqualTo(legacy);
		assertThat(scratchJdbc.sql("select count(*) from " + schema + ".stored_file_chunk").query(Long.class).single())
			.isEqualTo(3);
		scratchJdbc.sql("drop schema " + schema + " cascade").update();
	}

	private static void readsBackFromAnyOffset(StoredContent stored, byte[] content) throws IOException {
		assertThat(stored.size()).isEqualTo(content.length);
		for (long offset : new long[] { 0, 1, CHUNK - 1, CHUNK, CHUNK + 1, content.length - 1, content.length }) {
			assertThat(read(stored, offset)).as("from %d", offset)
				.isEqualTo(Arrays.copyOfRange(content, (int) offset, content.length));
		}
		try (InputStream in = stored.open(0)) {
			assertThat(in.skip(CHUNK + 5L)).isEqualTo(CHUNK + 5L);
			assertThat(in.read()).isEqualTo(content[CHUNK + 5] & 0xff);
			assertThat(in.skip(content.length)).isEqualTo(content.length - CHUNK - 6L);
			assertThat(in.read()).isEqualTo(-1);
		}
	}

	private static byte[] read(StoredContent stored, long offset) throws IOException {
		try (var in = stored.open(offset)) {
			return in.readAllBytes();
		}
	}

	private static String store(FileStorage storage, byte[] content) {
		try {
			return storage.store(new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(int size, long seed) {
		var bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}
}
