package dk.spirekassen.network;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one audience's network was at one time: the names of the actors, the ties between them (for filtering on
 * request) and the measured network of them all.
 */
record NetworkSnapshot(Audience audience, Instant computedAt, long millis, Map<String, String> names,
		List<Tie> ties, NetworkView view) {
}
