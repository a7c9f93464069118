package dk.spirekassen.projects;

/**
 * Why a partner and a need are suggested to each other, shown as a chip. Its message key is
 * {@code match.reason.<key>}, with the chip's value as its argument.
 */
public enum ReasonKind {

	/** The lead invited the partner to the need. */
	INVITED("invited"),
	/** A theme both have. */
	THEME("theme"),
	/** Words of the need and its project found in the partner's profile, or the other way round. */
	WORDS("words"),
	/** The partner works in the region of a need where region matters. */
	REGION("region"),
	/** The partner took part in a project like this one. */
	SIMILAR_PROJECT("similarProject"),
	/** The partner worked with the project's organisations before. */
	WORKED_WITH("workedWith"),
	/** The partner's offers were accepted before. */
	ACCEPTED_OFFERS("acceptedOffers");

	private final String key;

	ReasonKind(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}
}
