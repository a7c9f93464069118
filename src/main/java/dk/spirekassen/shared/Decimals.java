package dk.spirekassen.shared;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers the way Danes write them (12,5 and 1.234,5) as well as with a decimal point (12.5).
 */
public final class Decimals {

	private Decimals() {
	}

	public static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var plain = text.strip().replace(" ", "").replace("\u00a0", "");
		if (plain.contains(",")) {
			plain = plain.replace(".", "").replace(',', '.');
		}
		try {
			var value = new BigDecimal(plain);
			return value.abs().compareTo(new BigDecimal("1e15")) < 0 && value.scale() <= 4 ? Optional.of(value)
					: Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public static boolean valid(String text) {
		return text == null || text.isBlank() || parse(text).isPresent();
	}
}
