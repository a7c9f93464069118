package dk.spirekassen.shared;

import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers that sort names in the search index give Danish alphabetical order, and never put two names the wrong
 * way round: where they cannot tell names apart, the names are equal and the list falls back on the id.
 */
class DanishSortKeyTests {

	private static final Comparator<long[]> BY_KEY = Arrays::compare;

	private static final Collator DANISH = danish();

	@Test
	void sortsTheDanishLettersAfterZAndAaAsAa() {
		var names = List.of("Østerbo", "Aalborg Boligselskab", "Zealand Bolig", "Ærø Boligforening", "Abildgården",
				"Boligselskabet Sjælland", "Boligselskabet Sydbo", "Boligforeningen 3B", "østerbro Bolig");

		assertThat(sortedByKey(names)).containsExactly("Abildgården", "Boligforeningen 3B", "Boligselskabet Sjælland",
				"Boligselskabet Sydbo", "Zealand Bolig", "Ærø Boligforening", "Østerbo", "østerbro Bolig",
				"Aalborg Boligselskab");
	}

	@Test
	void casingAccentsSpacesAndHyphensDoNotCount() {
		assertThat(DanishSortKey.of("Café Nord")).isEqualTo(DanishSortKey.of("cafe-nord"));
		assertThat(DanishSortKey.of("AB Bo")).isEqualTo(DanishSortKey.of("abbo"));
	}

	@Test
	void aNameThatBeginsAnotherComesFirst() {
		assertThat(BY_KEY.compare(DanishSortKey.of("Bo"), DanishSortKey.of("Bolig"))).isNegative();
		assertThat(BY_KEY.compare(DanishSortKey.of("Boligselskabet"), DanishSortKey.of("Boligselskabet A")))
			.isNegative();
	}

	@Test
	void namesAlikeInTheirFirstLettersAreEqual() {
		var common = "x".repeat(DanishSortKey.LETTERS);

		assertThat(DanishSortKey.of(common + "b")).isEqualTo(DanishSortKey.of(common + "a"));
		assertThat(BY_KEY.compare(DanishSortKey.of(common.substring(1) + "a"), DanishSortKey.of(common.substring(1) + "b")))
			.isNegative();
	}

	@Test
	void lettersOutsideLatinEndTheKeyWithoutTurningTheOrderRound() {
		// Greek and Cyrillic letters weigh more than seven bits can hold, and more than every Latin letter
		assertThat(BY_KEY.compare(DanishSortKey.of("Byg Ωmega"), DanishSortKey.of("Byg Zulu"))).isPositive();
		assertThat(DanishSortKey.of("Byg Ωa")).isEqualTo(DanishSortKey.of("Byg Ωz"));
	}

	@Test
	void neverOrdersTwoNamesAgainstTheDanishCollator() {
		var random = new Random(42);
		var alphabet = "abcdefghijklmnopqrstuvwxyzæøåABCÆØÅéü0123456789 -&ΩЖ";
		var names = IntStream.range(0, 5_000)
			.mapToObj(i -> IntStream.range(0, 1 + random.nextInt(45))
				.mapToObj(j -> String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))))
				.reduce("", String::concat))
			.toList();

		for (var a : names) {
			var b = names.get(random.nextInt(names.size()));
			var byKey = Integer.signum(BY_KEY.compare(DanishSortKey.of(a), DanishSortKey.of(b)));
			if (byKey != 0) {
				assertThat(byKey).as("%s against %s", a, b).isEqualTo(Integer.signum(DANISH.compare(a, b)));
			}
		}
	}

	private static List<String> sortedByKey(List<String> names) {
		return names.stream().sorted(Comparator.comparing(DanishSortKey::of, BY_KEY)).toList();
	}

	private static Collator danish() {
		var collator = Collator.getInstance(Locale.forLanguageTag("da"));
		collator.setStrength(Collator.PRIMARY);
		return collator;
	}
}
