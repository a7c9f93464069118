package dk.spirekassen.accounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dk.spirekassen.shared.Strikes;

/**
 * Slows down the guessing of passwords without locking anyone out (OWASP ASVS 5.0: anti-automation without a
 * denial of service on legitimate users).
 * <p>
 * Failed sign-ins are counted per account name and client address together, and per client address across all
 * names. The first few failures are free; after them every further try from that address has to wait twice as
 * long as the one before (1 s, 2 s, 4 s, ... at most {@code spirekassen.login.max-delay}, 15 minutes). A wait only
 * holds back the address that failed: the owner of an account, signing in from their own address, is never slowed
 * by someone else guessing at that account from elsewhere. A successful sign-in forgets that pair's failures.
 * <p>
 * The account name is the one typed in, whether or not such an account exists, so the wait reveals nothing about
 * which accounts exist. The counts are kept where {@link Strikes} keeps them (in this node's memory, or in the
 * database for every node), and are forgotten a day after the last failure.
 */
@Component
public class LoginThrottle {

	private static final String PAIR = "login-pair";

	private static final String ADDRESS = "login-address";

	private final Strikes strikes;

	private final int freePerPair;

	private final int freePerAddress;

	private final Duration maxDelay;

	private final Clock clock;

	@Autowired
	LoginThrottle(Strikes strikes, @Value("${spirekassen.login.free-failures:3}") int freePerPair,
			@Value("${spirekassen.login.free-failures-per-address:20}") int freePerAddress,
			@Value("${spirekassen.login.max-delay:PT15M}") Duration maxDelay) {
		this(strikes, freePerPair, freePerAddress, maxDelay, Clock.systemUTC());
	}

	LoginThrottle(Strikes strikes, int freePerPair, int freePerAddress, Duration maxDelay, Clock clock) {
		this.strikes = strikes;
		this.freePerPair = freePerPair;
		this.freePerAddress = freePerAddress;
		this.maxDelay = maxDelay;
		this.clock = clock;
	}

	/**
	 * How long a sign-in to this account name from this address has to wait before it is tried;
	 * {@link Duration#ZERO} when it may be tried now.
	 */
	public Duration waitFor(String username, String address) {
		var now = clock.instant();
		var pair = remaining(strikes.get(PAIR, pair(username, address)), freePerPair, now);
		var all = remaining(strikes.get(ADDRESS, address(address)), freePerAddress, now);
		return pair.compareTo(all) >= 0 ? pair : all;
	}

	/** Records a failed sign-in. */
	public void failed(String username, String address) {
		var now = clock.instant();
		strikes.add(PAIR, pair(username, address), now);
		strikes.add(ADDRESS, address(address), now);
	}

	/** Forgets the failures of this account name from this address after a successful sign-in. */
	public void succeeded(String username, String address) {
		strikes.clear(PAIR, pair(username, address));
	}

	private Duration remaining(Strikes.Count failures, int free, Instant now) {
		if (failures == null || failures.count() <= free || failures.last().isBefore(now.minus(Strikes.KEPT))) {
			return Duration.ZERO;
		}
		var delay = delay(failures.count() - free - 1);
		var until = failures.last().plus(delay);
		return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
	}

	/** 1 s after the first failure past the free ones, doubling with each one after, at most the maximum. */
	private Duration delay(int pastFree) {
		if (pastFree >= 30) {
			return maxDelay;
		}
		var delay = Duration.ofSeconds(1L << pastFree);
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	private static String pair(String username, String address) {
		return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n" + address(address);
	}

	private static String address(String address) {
		return address == null ? "" : address;
	}
}
