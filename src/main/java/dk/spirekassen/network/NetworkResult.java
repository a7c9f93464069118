package dk.spirekassen.network;

import java.time.Instant;

/**
 * A network as shown: measured from the snapshot computed at a time, which took so many milliseconds.
 */
public record NetworkResult(NetworkView view, Instant computedAt, long millis) {
}
