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
 * Counts failed sign-ins per account name and per client address with token buckets, and blocks further tries
 * once either runs out. The account name is the one typed in, whether or not such an account exists, so the
 * block reveals nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final int perAccount;

	private final int perAddress;

	private final Duration window;

	LoginThrottle(@Value("${spirekassen.login.max-failures-per-account:5}") int perAccount,
			@Value("${spirekassen.login.max-failures-per-address:20}") int perAddress,
			@Value("${spirekassen.login.block-minutes:15}") int blockMinutes) {
		this.perAccount = perAccount;
		this.perAddress = perAddress;
		this.window = Duration.ofMinutes(blockMinutes);
	}

	/** Whether sign-in for this account name or from this address is blocked for now. */
	public boolean isBlocked(String username, String address) {
		return empty(byAccount.get(key(username))) || empty(byAddress.get(address));
	}

	/** Records a failed sign-in. */
	public void failed(String username, String address) {
		if (byAccount.size() > MAX_TRACKED || byAddress.size() > MAX_TRACKED) {
			byAccount.clear();
			byAddress.clear();
		}
		byAccount.computeIfAbsent(key(username), k -> bucket(perAccount)).tryConsume(1);
		byAddress.computeIfAbsent(address, k -> bucket(perAddress)).tryConsume(1);
	}

	/** Forgets the failures of an account name after a successful sign-in. */
	public void succeeded(String username) {
		byAccount.remove(key(username));
	}

	/** Minutes a block lasts at most. */
	public long blockMinutes() {
		return window.toMinutes();
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.build();
	}

	private static boolean empty(Bucket bucket) {
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
