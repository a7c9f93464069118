package dk.spirekassen.projects;

/**
 * What a dashboard note (and the email sent with it) is about. Its message keys end in {@link #key()}.
 */
public enum NotificationKind {

	/** A partner offered to meet a need; to the project's leads. */
	OFFER_RECEIVED("offerReceived"),
	/** The offer was sent; to the partner's person who made it. */
	OFFER_SENT("offerSent"),
	/** The offer was accepted; to the leads and the person who made it. */
	OFFER_ACCEPTED("offerAccepted"),
	/** The offer was declined; to the leads and the person who made it. */
	OFFER_DECLINED("offerDeclined"),
	/** An organisation is proposed as the project's owner; to its staff. */
	OWNERSHIP_PROPOSED("ownershipProposed"),
	/** The proposed owner accepted; to the proposer. */
	OWNERSHIP_ACCEPTED("ownershipAccepted"),
	/** The proposed owner declined; to the proposer. */
	OWNERSHIP_DECLINED("ownershipDeclined"),
	/** The project's lead invited the partner to meet a need; to the partner's people. */
	INVITATION("invitation");

	private final String key;

	NotificationKind(String key) {
		this.key = key;
	}

	/** The last part of the message keys ({@code notification.<key>}, {@code notification.mail.subject.<key>}). */
	public String key() {
		return key;
	}

	/** The part of the project page the note is about. */
	public String anchor() {
		return this == OWNERSHIP_PROPOSED || this == OWNERSHIP_ACCEPTED || this == OWNERSHIP_DECLINED ? "#ejerskab"
				: "#behov";
	}
}
