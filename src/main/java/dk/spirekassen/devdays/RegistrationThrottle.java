package dk.spirekassen.devdays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dk.spirekassen.shared.AddressLimit;
import dk.spirekassen.shared.Buckets;

/**
 * Limits registration attempts per client address with token buckets, to stop abuse of the public form and API.
 * The limit is a setting ({@code spirekassen.registration.max-per-address-per-minute}).
 */
@Component
public class RegistrationThrottle {

	/** The name the limit's buckets go by. */
	static final String NAMESPACE = "registration";

	private final AddressLimit limit;

	RegistrationThrottle(Buckets buckets,
			@Value("${spirekassen.registration.max-per-address-per-minute:30}") int perMinute) {
		this.limit = new AddressLimit(buckets, NAMESPACE, perMinute);
	}

	/** Takes one attempt for the address; false when the address has used up its attempts for now. */
	public boolean tryAcquire(String address) {
		return limit.tryAcquire(address);
	}
}
