package dk.spirekassen.projects;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of uploaded files live, so that any node can serve them. Content goes in and out as streams, so
 * neither an upload nor a download holds a whole file in memory. The default keeps files in the database
 * ({@link DatabaseFileStorage}); {@code spirekassen.files.storage=filesystem} keeps new files on a (shared) volume
 * instead ({@link FileSystemFileStorage}). Keys name their storage, so files stored before a switch stay readable.
 */
public interface FileStorage {

	/**
	 * Stores what the stream holds, up to its end, and returns the key to find it by. Inside a transaction the file
	 * is kept only if the transaction commits.
	 */
	String store(InputStream content) throws IOException;

	/** The stored content under the key, if there is any. */
	Optional<StoredContent> find(String key);

	/** Removes the content; inside a transaction, once the transaction has committed. */
	void delete(String key);

	/** Whether this storage holds the keys of this form. */
	boolean handles(String key);

	/**
	 * Stored content: its size, and a stream from any offset that reads it a piece at a time.
	 */
	interface StoredContent {

		long size();

		/** A stream of the content from {@code offset} on; skipping forward does not read what it skips. */
		InputStream open(long offset) throws IOException;
	}
}
