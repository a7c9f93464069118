package dk.spirekassen.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the Danish bundle ({@code messages.properties}) and the English one ({@code messages_en.properties}) in
 * step, as spring-petclinic's {@code I18nPropertiesSyncTest} does.
 */
class MessageBundlesTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private final Map<String, Set<String>> duplicates = new TreeMap<>();

	private final Map<String, String> danish = load("messages.properties");

	private final Map<String, String> english = load("messages_en.properties");

	@Test
	void everyDanishMessageHasAnEnglishOneAndTheOtherWayRound() {
		assertThat(danish).as("messages.properties").isNotEmpty();
		assertThat(difference(danish.keySet(), english.keySet())).as("keys missing from messages_en.properties")
			.isEmpty();
		assertThat(difference(english.keySet(), danish.keySet())).as("keys missing from messages.properties")
			.isEmpty();
	}

	@Test
	void noKeyIsGivenTwice() {
		assertThat(duplicates).as("keys given twice (the second silently wins)").isEmpty();
	}

	@Test
	void noMessageIsEmpty() {
		assertThat(blank(danish)).as("empty messages in messages.properties").isEmpty();
		assertThat(blank(english)).as("empty messages in messages_en.properties").isEmpty();
	}

	@Test
	void aMessageTakesArgumentsInBothLanguagesOrInNeither() {
		var drift = new ArrayList<String>();
		danish.forEach((key, message) -> {
			var other = english.get(key);
			if (other != null && takesArguments(message) != takesArguments(other)) {
				drift.add(key + ": \"" + message + "\" / \"" + other + "\"");
			}
		});
		assertThat(drift).as("messages with arguments in one language only").isEmpty();
	}

	@Test
	void apostrophesAreDoubledExactlyInMessagesWithArguments() {
		var wrong = new ArrayList<String>();
		for (var bundle : Map.of("messages.properties", danish, "messages_en.properties", english).entrySet()) {
			bundle.getValue().forEach((key, message) -> {
				boolean formatted = takesArguments(message);
				if (formatted && LONE_APOSTROPHE.matcher(message).find() || !formatted && message.contains("''")) {
					wrong.add(bundle.getKey() + " " + key + ": " + message);
				}
			});
		}
		assertThat(wrong).as("apostrophes that MessageFormat would drop or show doubled").isEmpty();
	}

	private static boolean takesArguments(String message) {
		return ARGUMENT.matcher(message).find();
	}

	private static Set<String> difference(Set<String> keys, Set<String> others) {
		var missing = new TreeSet<>(keys);
		missing.removeAll(others);
		return missing;
	}

	private static Set<String> blank(Map<String, String> bundle) {
		var keys = new TreeSet<String>();
		bundle.forEach((key, message) -> {
			if (message.isBlank()) {
				keys.add(key);
			}
		});
		return keys;
	}

	/** The bundle's messages, noting the keys it gives more than once. */
	private Map<String, String> load(String name) {
		var messages = new TreeMap<String, String>();
		var twice = new TreeSet<String>();
		var properties = new Properties() {
			@Override
			public synchronized Object put(Object key, Object value) {
				if (messages.put((String) key, (String) value) != null) {
					twice.add((String) key);
				}
				return super.put(key, value);
			}
		};
		try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + name, ex);
		}
		if (!twice.isEmpty()) {
			duplicates.put(name, twice);
		}
		return messages;
	}
}
