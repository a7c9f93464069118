package dk.spirekassen.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class KeptMessagesTests {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final AtomicInteger lookups = new AtomicInteger();

	private final AtomicInteger formats = new AtomicInteger();

	private final StaticMessageSource source = new StaticMessageSource() {

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			lookups.incrementAndGet();
			return super.resolveCodeWithoutArguments(code, locale);
		}

		@Override
		protected java.text.MessageFormat resolveCode(String code, Locale locale) {
			formats.incrementAndGet();
			return super.resolveCode(code, locale);
		}
	};

	private final KeptMessages.Kept messages = new KeptMessages.Kept(source);

	@Test
	void aMessageWithoutArgumentsIsLookedUpOncePerLanguage() {
		source.addMessage("nav.projects", DANISH, "Projekter");
		source.addMessage("nav.projects", Locale.UK, "Projects");
		assertThat(messages.getMessage("nav.projects", null, "nav.projects", DANISH)).isEqualTo("Projekter");
		assertThat(messages.getMessage("nav.projects", new Object[0], "nav.projects", DANISH)).isEqualTo("Projekter");
		assertThat(lookups).hasValue(1);
		assertThat(messages.getMessage("nav.projects", null, "nav.projects", Locale.UK)).isEqualTo("Projects");
		assertThat(lookups).hasValue(2);
	}

	@Test
	void aMissingMessageGivesTheDefaultAndIsNotKept() {
		assertThat(messages.getMessage("no.such.key", null, "no.such.key", DANISH)).isEqualTo("no.such.key");
		assertThat(messages.getMessage("no.such.key", null, null, DANISH)).isNull();
		assertThat(messages.size()).isZero();
		source.addMessage("no.such.key", DANISH, "Nu findes den");
		assertThat(messages.getMessage("no.such.key", null, "no.such.key", DANISH)).isEqualTo("Nu findes den");
	}

	@Test
	void aMessageWithTextOrNumbersIsFormattedOnceAndAnyOtherArgumentEachTime() {
		source.addMessage("needs.count", DANISH, "{0} behov om {1}");
		assertThat(messages.getMessage("needs.count", new Object[] { 1234, "energi" }, null, DANISH))
			.isEqualTo("1.234 behov om energi");
		assertThat(messages.getMessage("needs.count", new Object[] { 1234, "energi" }, null, DANISH))
			.isEqualTo("1.234 behov om energi");
		assertThat(formats).as("formatted once").hasValue(1);
		assertThat(messages.getMessage("needs.count", new Object[] { 4L, "vand" }, null, DANISH))
			.isEqualTo("4 behov om vand");
		assertThat(formats).hasValue(2);

		var day = new java.util.Date(0);
		messages.getMessage("needs.count", new Object[] { 4, day }, null, DANISH);
		messages.getMessage("needs.count", new Object[] { 4, day }, null, DANISH);
		assertThat(formats).as("a date each time").hasValue(4);
		assertThat(messages.getMessage("no.such.key", new Object[] { "x" }, "Standard", DANISH)).isEqualTo("Standard");
	}

	@Test
	void noMoreThanTheLimitIsKept() {
		for (int i = 0; i < KeptMessages.MAX + 10; i++) {
			var language = Locale.forLanguageTag("da-x-n" + i);
			source.addMessage("nav.projects", language, "Projekter " + i);
			assertThat(messages.getMessage("nav.projects", null, null, language)).isEqualTo("Projekter " + i);
		}
		assertThat(messages.size()).isEqualTo(KeptMessages.MAX);
	}
}
