package dk.spirekassen.accounts;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

import dk.spirekassen.shared.Buckets;

/**
 * Limits requests for password reset links per account name and per client address, so that a flood of requests
 * sends no flood of mail. A request over the limit is answered like any other and sends nothing, so the answer still
 * reveals nothing about which accounts exist. The buckets are kept where {@link Buckets} keeps them: in this node's
 * memory, or in the database for every node.
 */
@Component
public class ResetThrottle {

	private final Buckets buckets;

	private final BucketConfiguration perAccount;

	private final BucketConfiguration perAddress;

	ResetThrottle(Buckets buckets, @Value("${spirekassen.password-reset.max-per-account-per-hour:3}") int perAccount,
			@Value("${spirekassen.password-reset.max-per-address-per-hour:10}") int perAddress) {
		this.buckets = buckets;
		this.perAccount = perHour(perAccount);
		this.perAddress = perHour(perAddress);
	}

	/** Takes one request for the account name and the address; false when either has used up its hour. */
	public boolean tryAcquire(String email, String address) {
		// The address pays first: one client cannot use up someone else's account allowance beyond its own.
		return buckets.tryConsume("reset-address", address, 1, () -> perAddress)
				&& buckets.tryConsume("reset-account", email == null ? "" : email.strip().toLowerCase(Locale.ROOT), 1,
						() -> perAccount);
	}

	private static BucketConfiguration perHour(int perHour) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
			.build();
	}
}
