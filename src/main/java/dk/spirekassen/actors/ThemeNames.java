package dk.spirekassen.actors;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Indexes a theme id as the theme's Danish and English names, so that anything with a theme is found by its words
 * ("ensomhed" finds the projects of "Ensomhed og fællesskab"). The names are read at most once a minute, again for a
 * theme not seen before, and at once after a theme is renamed ({@link #forget()}, before the documents that carry it
 * are indexed again). Made by Hibernate Search through Spring, so the directory is looked up lazily.
 */
@Component
public class ThemeNames implements ValueBridge<Long, String> {

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private final ObjectProvider<ActorManagement> actors;

	private volatile Map<Long, String> names = Map.of();

	private volatile Instant readAt = Instant.EPOCH;

	public ThemeNames(ObjectProvider<ActorManagement> actors) {
		this.actors = actors;
	}

	@Override
	public String toIndexedValue(Long id, ValueBridgeToIndexedValueContext context) {
		if (id == null) {
			return null;
		}
		var now = Instant.now();
		if (!names.containsKey(id) || now.isAfter(readAt.plus(FRESH_FOR))) {
			names = actors.getObject()
				.themes()
				.stream()
				.collect(Collectors.toUnmodifiableMap(Theme::getId, t -> t.getName() + " · " + t.getNameEn()));
			readAt = now;
		}
		return names.get(id);
	}

	/** The names are read again when next needed. */
	public void forget() {
		readAt = Instant.EPOCH;
		names = Map.of();
	}
}
