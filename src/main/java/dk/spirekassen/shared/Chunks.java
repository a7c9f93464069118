package dk.spirekassen.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.support.WindowIterator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a long list lazily, a chunk at a time, each chunk in its own short read-only transaction. An export of
 * 20,000 partners so holds one chunk of them, not all, and no database connection while it writes to a slow client.
 * The chunk size is {@code spirekassen.export.chunk-size}.
 */
@Component
public class Chunks {

	private final TransactionTemplate readOnly;

	private final int size;

	Chunks(PlatformTransactionManager transactions, @Value("${spirekassen.export.chunk-size:500}") int size) {
		if (size < 1) {
			throw new IllegalArgumentException("spirekassen.export.chunk-size must be at least 1, not " + size);
		}
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.size = size;
	}

	/**
	 * Reads the chunk that starts at a position: at most {@code size} items, and where the next chunk starts.
	 */
	@FunctionalInterface
	public interface Chunk<T> {

		Window<T> read(ScrollPosition position, int size);
	}

	/**
	 * Every item of every chunk in order, read as the stream is consumed: the first chunk from
	 * {@link ScrollPosition#keyset()}, the next from where the last one ended, until a chunk says it is the last.
	 * Consumed outside a transaction, each chunk's entities are let go before the next chunk is read.
	 */
	public <T> Stream<T> stream(Chunk<T> chunk) {
		var items = WindowIterator.<T>of(position -> readOnly.execute(status -> chunk.read(position, size)))
			.startingAt(ScrollPosition.keyset());
		return StreamSupport.stream(
				Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	/**
	 * The items of the given ids in their order, loaded {@code size} ids at a time as the stream is consumed, each
	 * chunk in its own read-only transaction (for lists whose order comes from the search index).
	 */
	public <T> Stream<T> stream(List<Long> ids, Function<List<Long>, List<T>> load) {
		return IntStream.range(0, (ids.size() + size - 1) / size)
			.mapToObj(n -> ids.subList(n * size, Math.min(ids.size(), (n + 1) * size)))
			.flatMap(chunk -> readOnly.execute(status -> load.apply(chunk)).stream());
	}
}
