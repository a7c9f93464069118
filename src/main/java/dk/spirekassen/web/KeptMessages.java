package dk.spirekassen.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the messages as they were looked up, per language. A page looks up a hundred or more, the same on every page,
 * and each lookup walks the resource bundles' caches and maps again, and formats its arguments with a
 * {@code MessageFormat} that one thread at a time may use: 14 % of the partner's dashboard in a flight recording (see
 * docs/BENCHMARKS.md). The bundles are read once and never reloaded, so a message kept is the message.
 * <ul>
 * <li>Without arguments: only messages that exist are kept, and at most {@link #MAX} of them, so that what a request
 * can name (a language of its own in the language cookie) cannot fill the memory.</li>
 * <li>With arguments that are text or whole numbers (a theme's name on a suggestion's chip, a count), which format
 * the same each time: the {@link #MAX_FORMATTED} used most recently and most often. Any other argument (a date, a
 * value of a class of its own) is formatted each time.</li>
 * </ul>
 */
@Component
class KeptMessages implements BeanPostProcessor {

	/** More than every message in every language the site has. */
	static final int MAX = 20_000;

	/** The formatted messages kept. */
	static final int MAX_FORMATTED = 10_000;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName) && bean instanceof MessageSource messages
				&& !(bean instanceof Kept)) {
			return new Kept(messages);
		}
		return bean;
	}

	/** The application's messages, those without arguments kept once looked up. */
	static final class Kept implements MessageSource {

		private record Key(String code, Locale locale) {
		}

		private record Formatted(String code, Locale locale, List<Object> args, String defaultMessage) {
		}

		private final MessageSource messages;

		private final Map<Key, String> kept = new ConcurrentHashMap<>();

		private final Cache<Formatted, String> formatted = Caffeine.newBuilder().maximumSize(MAX_FORMATTED).build();

		Kept(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			if (code == null || locale == null) {
				return messages.getMessage(code, args, defaultMessage, locale);
			}
			if (args != null && args.length > 0) {
				return formatted(code, args, defaultMessage, locale);
			}
			var key = new Key(code, locale);
			var message = kept.get(key);
			if (message != null) {
				return message;
			}
			message = messages.getMessage(code, null, null, locale);
			if (message == null) {
				// Without arguments, a default message is used as it is written.
				return defaultMessage;
			}
			if (kept.size() < MAX) {
				kept.put(key, message);
			}
			return message;
		}

		private String formatted(String code, Object[] args, String defaultMessage, Locale locale) {
			for (var arg : args) {
				if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long)) {
					return messages.getMessage(code, args, defaultMessage, locale);
				}
			}
			var key = new Formatted(code, locale, List.of(args.clone()), defaultMessage);
			var message = formatted.getIfPresent(key);
			if (message == null) {
				message = messages.getMessage(code, args, defaultMessage, locale);
				if (message != null) {
					formatted.put(key, message);
				}
			}
			return message;
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) {
			return messages.getMessage(code, args, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
			return messages.getMessage(resolvable, locale);
		}

		int size() {
			formatted.cleanUp();
			return kept.size() + (int) formatted.estimatedSize();
		}
	}
}
