package dk.spirekassen.projects;

import dk.spirekassen.actors.Offer;

/**
 * What a project is looking for.
 */
public enum NeedKind {

	KNOWLEDGE(Offer.KNOWLEDGE), EXPERIENCE(Offer.EXPERIENCE), FUNDS(Offer.FUNDS), VOLUNTEERING(Offer.VOLUNTEERING),
	/** A partner of a given kind, whatever it offers. */
	PARTNER(null);

	private final Offer offer;

	NeedKind(Offer offer) {
		this.offer = offer;
	}

	/** What a partner must offer to meet a need of this kind; {@code null} for {@link #PARTNER}. */
	public Offer offer() {
		return offer;
	}

	/** The kind of need a partner's offer meets. */
	public static NeedKind of(Offer offer) {
		for (var kind : values()) {
			if (kind.offer == offer) {
				return kind;
			}
		}
		throw new IllegalArgumentException(String.valueOf(offer));
	}
}
