package dk.spirekassen.projects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps file content as files under one directory, which every node mounts when there is more than one. A file is
 * written under a temporary name and moved into place when complete, so no reader sees half a file. Inside a
 * transaction a stored file is removed again if the transaction rolls back, and a deleted one is removed only once
 * it commits, so the files and the database agree.
 */
class FileSystemFileStorage implements FileStorage {

	private static final Logger log = LoggerFactory.getLogger(FileSystemFileStorage.class);

	private static final String PREFIX = "fs:";

	private static final Pattern NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Path root;

	FileSystemFileStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root.resolve(".incoming"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The file directory " + this.root + " cannot be created", ex);
		}
	}

	@Override
	public String store(InputStream content) throws IOException {
		var name = UUID.randomUUID().toString();
		var incoming = Files.createTempFile(root.resolve(".incoming"), name, ".part");
		try {
			Files.copy(content, incoming, StandardCopyOption.REPLACE_EXISTING);
			var target = path(name);
			Files.createDirectories(target.getParent());
			Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(incoming);
		}
		var key = PREFIX + name;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						remove(key);
					}
				}
			});
		}
		return key;
	}

	@Override
	public Optional<StoredContent> find(String key) {
		return name(key).map(this::path).filter(Files::isRegularFile).map(path -> {
			try {
				return new OnDisk(path, Files.size(path));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Override
	public void delete(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					remove(key);
				}
			});
		}
		else {
			remove(key);
		}
	}

	@Override
	public boolean handles(String key) {
		return name(key).isPresent();
	}

	private void remove(String key) {
		name(key).map(this::path).ifPresent(path -> {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				log.warn("Could not delete the stored file {}: {}", path, ex.toString());
			}
		});
	}

	/** Files spread over 256 directories by the first two characters of their name. */
	private Path path(String name) {
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

	private static Optional<String> name(String key) {
		if (key == null || !key.startsWith(PREFIX)) {
			return Optional.empty();
		}
		var name = key.substring(PREFIX.length());
		return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
	}

	private record OnDisk(Path path, long size) implements StoredContent {

		@Override
		public InputStream open(long offset) throws IOException {
			var channel = FileChannel.open(path, StandardOpenOption.READ);
			try {
				channel.position(Math.max(0, offset));
				return Channels.newInputStream(channel);
			}
			catch (IOException | RuntimeException ex) {
				channel.close();
				throw ex;
			}
		}
	}
}
