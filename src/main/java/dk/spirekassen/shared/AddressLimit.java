package dk.spirekassen.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;

/**
 * At most so many tries a minute per client address, with a token bucket per address, for public forms that a
 * program could send again and again. The buckets are kept where {@link Buckets} keeps them: in this node's memory,
 * or in the database for every node.
 */
public final class AddressLimit {

	private final Buckets buckets;

	private final String namespace;

	private final BucketConfiguration configuration;

	/** {@code namespace} names the form, so each form's addresses have buckets of their own. */
	public AddressLimit(Buckets buckets, String namespace, int perMinute) {
		this.buckets = buckets;
		this.namespace = namespace;
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(perMinute)
				.refillIntervally(perMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

	/** Takes one try for the address; false when the address has used up its tries for now. */
	public boolean tryAcquire(String address) {
		return tryAcquire(address, 1);
	}

	/** Takes so many tries for the address at once; false (and takes none) when it has fewer left. */
	public boolean tryAcquire(String address, long tries) {
		return buckets.tryConsume(namespace, address, tries, () -> configuration);
	}
}
