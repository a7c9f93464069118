package dk.spirekassen.accounts;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits requests for password reset links per account name and per client address, so that a flood of requests
 * sends no flood of mail. A request over the limit is answered like any other and sends nothing, so the answer still
 * reveals nothing about which accounts exist.
 */
@Component
public class ResetThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final int perAccount;

	private final int perAddress;

	ResetThrottle(@Value("${spirekassen.password-reset.max-per-account-per-hour:3}") int perAccount,
			@Value("${spirekassen.password-reset.max-per-address-per-hour:10}") int perAddress) {
		this.perAccount = perAccount;
		this.perAddress = perAddress;
	}

	/** Takes one request for the account name and the address; false when either has used up its hour. */
	public boolean tryAcquire(String email, String address) {
		if (byAccount.size() > MAX_TRACKED || byAddress.size() > MAX_TRACKED) {
			byAccount.clear();
			byAddress.clear();
		}
		var account = byAccount.computeIfAbsent(email == null ? "" : email.strip().toLowerCase(Locale.ROOT),
				k -> bucket(perAccount));
		var fromAddress = byAddress.computeIfAbsent(address == null ? "" : address, k -> bucket(perAddress));
		// The address pays first: one client cannot use up someone else's account allowance beyond its own.
		return fromAddress.tryConsume(1) && account.tryConsume(1);
	}

	private static Bucket bucket(int perHour) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
			.build();
	}
}
