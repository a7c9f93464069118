package dk.spirekassen.joining;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dk.spirekassen.shared.AddressLimit;
import dk.spirekassen.shared.Buckets;

/**
 * Limits applications per client address ({@code spirekassen.joining.max-per-address-per-minute}, 5 by default):
 * each makes a login and sends a mail, so a program must not send them by the thousand.
 */
@Component
public class JoinThrottle {

	private final AddressLimit limit;

	JoinThrottle(Buckets buckets, @Value("${spirekassen.joining.max-per-address-per-minute:5}") int perMinute) {
		this.limit = new AddressLimit(buckets, "join", perMinute);
	}

	/** Takes one application for the address; false when the address has used up its applications for now. */
	public boolean tryAcquire(String address) {
		return limit.tryAcquire(address);
	}
}
