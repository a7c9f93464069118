package dk.spirekassen.network;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The last network of each audience, one row each in {@code network_snapshot}, the whole snapshot as JSON: written
 * by whichever node computed it, read by every node.
 */
@Component
class NetworkSnapshots {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	NetworkSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void store(NetworkSnapshot snapshot, String fingerprint) {
		var content = JSON.writeValueAsString(snapshot);
		var at = snapshot.computedAt().atOffset(ZoneOffset.UTC);
		int updated = update(snapshot, fingerprint, content, at);
		if (updated == 0) {
			try {
				jdbc.sql("""
						insert into network_snapshot (audience, computed_at, millis, fingerprint, content)
						values (:audience, :at, :millis, :fingerprint, :content)
						""")
					.param("audience", snapshot.audience().name())
					.param("at", at)
					.param("millis", snapshot.millis())
					.param("fingerprint", fingerprint)
					.param("content", content)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another node stored its snapshot first; this one is as new.
				update(snapshot, fingerprint, content, at);
			}
		}
	}

	private int update(NetworkSnapshot snapshot, String fingerprint, String content, OffsetDateTime at) {
		return jdbc.sql("""
				update network_snapshot set computed_at = :at, millis = :millis, fingerprint = :fingerprint,
				content = :content where audience = :audience
				""")
			.param("audience", snapshot.audience().name())
			.param("at", at)
			.param("millis", snapshot.millis())
			.param("fingerprint", fingerprint)
			.param("content", content)
			.update();
	}

	/** When the audience's stored snapshot was computed, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Instant> computedAt(Audience audience) {
		return jdbc.sql("select computed_at from network_snapshot where audience = :audience")
			.param("audience", audience.name())
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	/** The fingerprint of the data the audience's stored snapshot was computed from, if there is one. */
	@Transactional(readOnly = true)
	public Optional<String> fingerprint(Audience audience) {
		return jdbc.sql("select fingerprint from network_snapshot where audience = :audience")
			.param("audience", audience.name())
			.query(String.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<NetworkSnapshot> load(Audience audience) {
		return jdbc.sql("select content from network_snapshot where audience = :audience")
			.param("audience", audience.name())
			.query((rs, n) -> JSON.readValue(rs.getString(1), NetworkSnapshot.class))
			.optional();
	}
}
