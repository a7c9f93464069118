package dk.spirekassen.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The numeric key of a limit in the database: the first 64 bits of the SHA-256 of its namespace and key. Numeric,
 * because PostgreSQL's advisory locks take a number (Bucket4j's string keys fail there); hashed, so that no client
 * address or account name is written to the database. Two keys share a row only by a 64-bit collision.
 */
final class LimitKeys {

	private LimitKeys() {
	}

	static long of(String namespace, String key) {
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest((namespace + '\n' + nonNull(key)).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static String nonNull(String key) {
		return key == null ? "" : key;
	}
}
