package dk.spirekassen.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most so many tries a minute per client address, with a token bucket per address, for public forms that a
 * program could send again and again. It remembers at most 100,000 addresses, and forgets them all when there are
 * more.
 */
public final class AddressLimit {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final int perMinute;

	public AddressLimit(int perMinute) {
		this.perMinute = perMinute;
	}

	/** Takes one try for the address; false when the address has used up its tries for now. */
	public boolean tryAcquire(String address) {
		if (byAddress.size() > MAX_TRACKED) {
			byAddress.clear();
		}
		return byAddress
			.computeIfAbsent(address == null ? "" : address,
					a -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(perMinute)
							.refillIntervally(perMinute, Duration.ofMinutes(1))
							.build())
						.build())
			.tryConsume(1);
	}
}
