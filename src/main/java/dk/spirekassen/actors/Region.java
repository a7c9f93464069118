package dk.spirekassen.actors;

/**
 * The five Danish regions, with their official region codes.
 */
public enum Region {

	NORDJYLLAND(1081), MIDTJYLLAND(1082), SYDDANMARK(1083), HOVEDSTADEN(1084), SJAELLAND(1085);

	private final int code;

	Region(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
