package dk.spirekassen.projects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@link FileStorage} in use: new files go to the chosen storage ({@code spirekassen.files.storage}:
 * {@code database}, the default, or {@code filesystem} under {@code spirekassen.files.directory}); files are found
 * and deleted in whichever storage their key names, so a switch loses none of the files stored before it.
 */
final class FileStorages implements FileStorage {

	private final FileStorage target;

	private final List<FileStorage> all;

	FileStorages(FileStorage target, List<FileStorage> others) {
		this.target = target;
		this.all = Stream.concat(Stream.of(target), others.stream()).toList();
	}

	@Override
	public String store(InputStream content) throws IOException {
		return target.store(content);
	}

	@Override
	public Optional<StoredContent> find(String key) {
		return holder(key).flatMap(storage -> storage.find(key));
	}

	@Override
	public void delete(String key) {
		holder(key).ifPresent(storage -> storage.delete(key));
	}

	@Override
	public boolean handles(String key) {
		return holder(key).isPresent();
	}

	private Optional<FileStorage> holder(String key) {
		return all.stream().filter(storage -> storage.handles(key)).findFirst();
	}

	@Configuration(proxyBeanMethods = false)
	static class Choice {

		@Bean
		@ConditionalOnMissingBean(FileStorage.class)
		FileStorage fileStorage(JdbcClient jdbc, @Value("${spirekassen.files.storage:database}") String storage,
				@Value("${spirekassen.files.directory:./data/files}") Path directory) {
			var database = new DatabaseFileStorage(jdbc);
			return switch (storage.toLowerCase(Locale.ROOT)) {
				case "database" -> new FileStorages(database, List.of());
				case "filesystem" -> new FileStorages(new FileSystemFileStorage(directory), List.of(database));
				default -> throw new IllegalStateException(
						"spirekassen.files.storage must be 'database' or 'filesystem', not '" + storage + "'");
			};
		}
	}
}
