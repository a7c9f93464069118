package dk.spirekassen.actors;

/**
 * The Danish company register number (CVR): eight digits whose weighted sum is divisible by eleven.
 */
public final class Cvr {

	private static final int[] WEIGHTS = { 2, 7, 6, 5, 4, 3, 2, 1 };

	private Cvr() {
	}

	/** Whether the text is eight digits, not starting with zero, that pass the modulus-11 check. */
	public static boolean isValid(String value) {
		if (value == null || value.length() != 8 || value.charAt(0) == '0') {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		return sum % 11 == 0;
	}

	/** The text with spaces removed and a leading DK dropped, as people often write CVR numbers. */
	public static String normalise(String value) {
		if (value == null) {
			return null;
		}
		var compact = value.replace(" ", "").strip();
		return compact.regionMatches(true, 0, "DK", 0, 2) ? compact.substring(2) : compact;
	}
}
