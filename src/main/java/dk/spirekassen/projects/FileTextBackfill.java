package dk.spirekassen.projects;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Reads the text of toolbox files stored before texts were read on upload, so that they become searchable without
 * anyone uploading them again. Runs once after start, in the background, one file at a time, each in its own
 * transaction (the search index takes the text when it commits). A file with no text to read gets an empty one, so
 * it is not read again at the next start.
 */
@Component
class FileTextBackfill {

	private static final Logger log = LoggerFactory.getLogger(FileTextBackfill.class);

	private static final int BATCH = 50;

	private final EntityManager entityManager;

	private final FileStorage storage;

	private final TransactionTemplate transaction;

	FileTextBackfill(EntityManager entityManager, FileStorage storage, PlatformTransactionManager transactions) {
		this.entityManager = entityManager;
		this.storage = storage;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Looks for unread files before the node reports itself ready, and reads them in the background only when there
	 * are some: a node with none does no work after it is ready.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (unread(0).isEmpty()) {
			return;
		}
		var thread = new Thread(this::run, "file-text-backfill");
		thread.setDaemon(true);
		thread.start();
	}

	/** Reads every unread file's text; the number read. */
	int run() {
		int read = 0;
		long after = 0;
		try {
			while (true) {
				var ids = unread(after);
				if (ids.isEmpty()) {
					break;
				}
				for (var id : ids) {
					transaction.executeWithoutResult(status -> read(id));
					after = id;
					read++;
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Reading the text of files stored earlier stopped after {} files: {}", read, e.toString());
		}
		if (read > 0) {
			log.info("Read the text of {} files stored before texts were read on upload", read);
		}
		return read;
	}

	private List<Long> unread(long after) {
		return transaction.execute(status -> entityManager
			.createQuery("select f.id from ProjectFile f where f.text is null and f.id > :after order by f.id",
					Long.class)
			.setParameter("after", after)
			.setMaxResults(BATCH)
			.getResultList());
	}

	private void read(long id) {
		var file = entityManager.find(ProjectFile.class, id);
		if (file == null || !file.textUnread()) {
			return;
		}
		var content = storage.find(file.getStorageKey());
		if (content.isEmpty()) {
			file.textRead("");
			return;
		}
		try {
			var copy = Files.createTempFile("spirekassen-text-", ".bin");
			try (var in = content.get().open(0)) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				file.textRead(FileText.of(copy, file.getFileName(), file.getContentType()));
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
