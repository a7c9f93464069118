package dk.spirekassen.devdays;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits registration attempts per client address with token buckets, to stop abuse of the public form and API.
 * The limit is a setting ({@code spirekassen.registration.max-per-address-per-minute}).
 */
@Component
public class RegistrationThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final int perMinute;

	RegistrationThrottle(@Value("${spirekassen.registration.max-per-address-per-minute:30}") int perMinute) {
		this.perMinute = perMinute;
	}

	/** Takes one attempt for the address; false when the address has used up its attempts for now. */
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
