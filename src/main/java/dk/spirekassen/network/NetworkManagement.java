package dk.spirekassen.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network each audience may see. It is computed off the request path ({@link NetworkRebuilds}) and stored; each
 * node serves the last stored snapshot, kept in memory until a newer one is stored. A filtered network is measured
 * on request from the snapshot's ties, and the last few are kept. Only when no snapshot has been stored yet is one
 * computed on the request that asks for it.
 */
@Service
public class NetworkManagement {

	/** The filtered networks kept per node. */
	static final int FILTERED_KEPT = 64;

	private static final Logger log = LoggerFactory.getLogger(NetworkManagement.class);

	private final NetworkLinks links;

	private final NetworkSnapshots snapshots;

	private final Map<Audience, NetworkSnapshot> current = new ConcurrentHashMap<>();

	private final Map<FilteredKey, NetworkView> filtered = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<FilteredKey, NetworkView> eldest) {
				return size() > FILTERED_KEPT;
			}
		});

	NetworkManagement(NetworkLinks links, NetworkSnapshots snapshots) {
		this.links = links;
		this.snapshots = snapshots;
	}

	/** The audience's network, filtered, from its last snapshot. */
	public NetworkResult network(Audience audience, NetworkFilter filter) {
		var snapshot = snapshot(audience);
		var view = filter.none() ? snapshot.view()
				: filtered.computeIfAbsent(new FilteredKey(audience, snapshot.computedAt(), filter),
						key -> NetworkMeasures.measure(snapshot.names(), snapshot.ties(), filter));
		return new NetworkResult(view, snapshot.computedAt(), snapshot.millis());
	}

	/** Computes and stores every audience's network now, whether or not anything changed. */
	public synchronized void rebuildNow() {
		var fingerprint = links.fingerprint();
		for (var audience : Audience.values()) {
			long started = System.nanoTime();
			var read = links.read(audience);
			var view = NetworkMeasures.measure(read.names(), read.ties(), NetworkFilter.NONE);
			long millis = (System.nanoTime() - started) / 1_000_000;
			var snapshot = new NetworkSnapshot(audience, Instant.now().truncatedTo(ChronoUnit.MILLIS), millis,
					read.names(), read.ties(), view);
			snapshots.store(snapshot, fingerprint);
			current.put(audience, snapshot);
			log.info("Network for {} computed in {} ms: {} actors, {} links, {} communities", audience, millis,
					view.actorCount(), view.linkCount(), view.communityCount());
		}
	}

	/** Rebuilds every audience's network if the tables changed since the stored ones; returns whether it did. */
	public synchronized boolean rebuildIfChanged() {
		var fingerprint = links.fingerprint();
		for (var audience : Audience.values()) {
			if (!snapshots.fingerprint(audience).map(fingerprint::equals).orElse(false)) {
				rebuildNow();
				return true;
			}
		}
		return false;
	}

	private NetworkSnapshot snapshot(Audience audience) {
		var stored = snapshots.computedAt(audience);
		if (stored.isEmpty()) {
			synchronized (this) {
				stored = snapshots.computedAt(audience);
				if (stored.isEmpty()) {
					rebuildNow();
					stored = snapshots.computedAt(audience);
				}
			}
		}
		var cached = current.get(audience);
		if (cached != null && !cached.computedAt().isBefore(stored.orElseThrow())) {
			return cached;
		}
		var loaded = snapshots.load(audience).orElseThrow();
		current.put(audience, loaded);
		return loaded;
	}

	private record FilteredKey(Audience audience, Instant computedAt, NetworkFilter filter) {
	}
}
