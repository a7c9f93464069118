package dk.spirekassen.notifications;

/**
 * What a note (and the mail sent with it) says. Its message keys end in {@link #key()}: {@code notification.<key>}
 * is the note, with the subject as {@code {0}} and the other party or detail as {@code {1}};
 * {@code notification.mail.subject.<key>} and {@code notification.mail.body.<key>} the mail sent at once.
 */
public enum NotificationKind {

	/** A partner offered to meet a need; to the project's leads. */
	OFFER_RECEIVED("offerReceived", Category.OFFERS),
	/** The offer was sent; to the partner's person who made it. */
	OFFER_SENT("offerSent", Category.OFFERS),
	/** The offer was accepted; to the leads and the person who made it. */
	OFFER_ACCEPTED("offerAccepted", Category.OFFERS),
	/** The offer was declined; to the leads and the person who made it. */
	OFFER_DECLINED("offerDeclined", Category.OFFERS),
	/** An organisation is proposed as the project's owner; to its staff. */
	OWNERSHIP_PROPOSED("ownershipProposed", Category.OWNERSHIP),
	/** The proposed owner accepted; to the proposer. */
	OWNERSHIP_ACCEPTED("ownershipAccepted", Category.OWNERSHIP),
	/** The proposed owner declined; to the proposer. */
	OWNERSHIP_DECLINED("ownershipDeclined", Category.OWNERSHIP),
	/** The project's lead invited the partner to meet a need; to the partner's people. */
	INVITATION("invitation", Category.INVITATIONS),
	/** A new idea in the reader's themes or regions. */
	IDEA_PROPOSED("ideaProposed", Category.NEW_IDEAS),
	/** A project one follows or takes part in moved to another stage; the detail is the stage's message key. */
	STAGE_CHANGED("stageChanged", Category.PROJECT_ACTIVITY),
	/** A project one follows or takes part in needs something; the detail is the need. */
	NEED_ADDED("needAdded", Category.PROJECT_ACTIVITY),
	/** A project one follows or takes part in described its results or lessons. */
	RESULT_ADDED("resultAdded", Category.PROJECT_ACTIVITY),
	/** A project one follows or takes part in added a file to its toolbox; the detail is the file's title. */
	FILE_ADDED("fileAdded", Category.PROJECT_ACTIVITY),
	/** A project one follows or takes part in posted an update; the detail is its title. */
	UPDATE_POSTED("updatePosted", Category.PROJECT_ACTIVITY),
	/** The secretariat published news; the subject is its title. */
	NEWS_POSTED("newsPosted", Category.NEWS),
	/** Registration opened for a development day in the reader's region; the detail is when the day is. */
	REGISTRATION_OPENED("registrationOpened", Category.DAY_OPENING),
	/** A development day one is registered for is in two days; the detail is when. */
	DAY_REMINDER("dayReminder", Category.DAY_REMINDER),
	/** A seat was given from the waitlist. */
	SEAT_GIVEN("seatGiven", Category.WAITLIST);

	private final String key;

	private final Category category;

	NotificationKind(String key, Category category) {
		this.key = key;
		this.category = category;
	}

	/** The last part of the message keys ({@code notification.<key>}, {@code notification.mail.subject.<key>}). */
	public String key() {
		return key;
	}

	public Category category() {
		return category;
	}

	/** Whether the detail is a message key (a stage's name) to be read in the reader's language. */
	boolean detailIsMessageKey() {
		return this == STAGE_CHANGED;
	}
}
