package dk.spirekassen.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a note is about, as a person chooses how to hear of it. What is addressed to one (an offer, an invitation, a
 * reminder) comes at once by default; what one follows comes in a digest.
 */
public enum Category {

	/** Offers received on one's needs, and the answers to one's own offers. */
	OFFERS("tilbud", Channel.INSTANT, true),
	/** Invitations to meet a need. */
	INVITATIONS("invitationer", Channel.INSTANT, true),
	/** One's organisation proposed as a project's owner, and the answer to one's proposal. */
	OWNERSHIP("ejerskab", Channel.INSTANT, true),
	/** A stage change, a new need, a result, a file or an update in a project one follows or takes part in. */
	PROJECT_ACTIVITY("projekter", Channel.DAILY, false),
	/** A new idea in one's themes or regions. */
	NEW_IDEAS("nye-ideer", Channel.WEEKLY, false),
	/** The secretariat's news. */
	NEWS("nyheder", Channel.WEEKLY, false),
	/** Registration opening for a development day in one's region. */
	DAY_OPENING("tilmelding-aabner", Channel.DAILY, false),
	/** A reminder two days before a development day one is registered for, with the calendar file. */
	DAY_REMINDER("paamindelser", Channel.INSTANT, true),
	/** A seat given from the waitlist (the registration's own mail about it is always sent). */
	WAITLIST("venteliste", Channel.INSTANT, true);

	private final String slug;

	private final Channel standard;

	private final boolean addressed;

	Category(String slug, Channel standard, boolean addressed) {
		this.slug = slug;
		this.standard = standard;
		this.addressed = addressed;
	}

	/** The category's part of an unsubscribe link. */
	public String slug() {
		return slug;
	}

	/** The channel of someone who has not chosen one. */
	public Channel standard() {
		return standard;
	}

	/** Whether its notes are addressed to the reader (rather than about what the reader follows). */
	public boolean addressed() {
		return addressed;
	}

	/** The channels one may choose: a reminder in a digest would come too late. */
	public List<Channel> choices() {
		return this == DAY_REMINDER ? List.of(Channel.OFF, Channel.SITE, Channel.INSTANT) : List.of(Channel.values());
	}

	public static Optional<Category> ofSlug(String slug) {
		return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
	}
}
