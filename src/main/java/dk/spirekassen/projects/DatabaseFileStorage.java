package dk.spirekassen.projects;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps file content in the database, in rows of {@link #CHUNK_SIZE} bytes ({@code stored_file_chunk}) under one
 * {@code stored_file} row: the default {@link FileStorage}. Storing writes one chunk at a time inside the caller's
 * transaction, so a failed upload leaves nothing behind. Reading takes one chunk per query, so a slow download holds
 * one chunk in memory and a connection only while a chunk is read; PostgreSQL's JDBC driver reads a single
 * {@code bytea} value whole, and its large objects (which H2 lacks) would hold a connection and a transaction open
 * for the length of every download. 64 KB keeps a chunk (and PostgreSQL's hex text of it, twice its size) below
 * the size G1 handles as a "humongous" object in a small heap (half a region: 512 KB in a 256 MB heap).
 */
class DatabaseFileStorage implements FileStorage {

	static final int CHUNK_SIZE = 64 * 1024;

	private static final String PREFIX = "db:";

	private final JdbcClient jdbc;

	DatabaseFileStorage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String store(InputStream content) throws IOException {
		long id = jdbc.sql("select nextval('stored_file_seq')").query(Long.class).single();
		jdbc.sql("insert into stored_file (id, size_bytes, chunk_size) values (?, 0, ?)").params(id, CHUNK_SIZE).update();
		long size = 0;
		int seq = 0;
		byte[] chunk;
		while ((chunk = content.readNBytes(CHUNK_SIZE)).length > 0) {
			jdbc.sql("insert into stored_file_chunk (file_id, seq, content) values (?, ?, ?)")
				.params(id, seq++, chunk)
				.update();
			size += chunk.length;
		}
		jdbc.sql("update stored_file set size_bytes = ? where id = ?").params(size, id).update();
		return PREFIX + id;
	}

	@Override
	public Optional<StoredContent> find(String key) {
		return id(key).flatMap(id -> jdbc.sql("select size_bytes, chunk_size from stored_file where id = ?")
			.param(id)
			.query((rs, row) -> (StoredContent) new Chunks(id, rs.getLong(1), rs.getInt(2)))
			.optional());
	}

	@Override
	public void delete(String key) {
		id(key).ifPresent(id -> jdbc.sql("delete from stored_file where id = ?").param(id).update());
	}

	@Override
	public boolean handles(String key) {
		return id(key).isPresent();
	}

	private static Optional<Long> id(String key) {
		if (key == null || !key.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(key.substring(PREFIX.length())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private final class Chunks implements StoredContent {

		private final long id;

		private final long size;

		private final int chunkSize;

		Chunks(long id, long size, int chunkSize) {
			this.id = id;
			this.size = size;
			this.chunkSize = chunkSize;
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public InputStream open(long offset) {
			return new ChunkStream(offset);
		}

		private byte[] chunk(int seq) throws FileNotFoundException {
			return jdbc.sql("select content from stored_file_chunk where file_id = ? and seq = ?")
				.params(id, seq)
				.query((rs, row) -> rs.getBytes(1))
				.optional()
				.orElseThrow(() -> new FileNotFoundException("Chunk " + seq + " of stored file " + id + " is gone"));
		}

		/** Reads the chunks in order, one query per chunk, holding only the current one. */
		private final class ChunkStream extends InputStream {

			private long position;

			private byte[] current;

			private long currentStart;

			ChunkStream(long offset) {
				this.position = Math.min(Math.max(offset, 0), size);
			}

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] target, int off, int len) throws IOException {
				Objects.checkFromIndexSize(off, len, target.length);
				if (len == 0) {
					return 0;
				}
				if (position >= size) {
					return -1;
				}
				if (current == null || position < currentStart || position >= currentStart + current.length) {
					int seq = (int) (position / chunkSize);
					current = chunk(seq);
					currentStart = (long) seq * chunkSize;
				}
				int inChunk = (int) (position - currentStart);
				int count = Math.min(len, current.length - inChunk);
				if (count <= 0) {
					throw new IOException("Stored file " + id + " is shorter than its recorded size " + size);
				}
				System.arraycopy(current, inChunk, target, off, count);
				position += count;
				return count;
			}

			@Override
			public long skip(long n) {
				long skipped = Math.max(0, Math.min(n, size - position));
				position += skipped;
				return skipped;
			}

			@Override
			public int available() {
				if (current == null || position < currentStart || position >= currentStart + current.length) {
					return 0;
				}
				return (int) (currentStart + current.length - position);
			}

			@Override
			public void close() {
				current = null;
			}
		}
	}
}
