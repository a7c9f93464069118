package dk.spirekassen.shared;

/**
 * The vocabulary every searchable entity shares in the search index: the analysers its texts go through and the
 * fields the site-wide search reads across all kinds. Each indexed entity declares each of these fields with the same
 * type, so one query, one set of facets and one highlighter work over everything.
 */
public final class SearchFields {

	/** Danish text at index time: folded, stemmed and split into the parts of compound words of the field. */
	public static final String DANISH = "danish";

	/** Danish text at query time: as {@link #DANISH}, with synonyms instead of decompounding. */
	public static final String DANISH_QUERY = "danish_query";

	/** Keywords compared without case, for sorting. */
	public static final String SORTABLE = "sortable";

	/**
	 * The start of the names of the fields that hold a name (or title) as numbers in Danish alphabetical order
	 * ({@link DanishSortKey}): the order of lists.
	 */
	public static final String SORT_NAME = "sortName";

	/** The id, sortable: the order among equal names, and newest first where ids are given out in order. */
	public static final String ID = "id";

	/** What a document is, one of {@link SearchKind}. */
	public static final String KIND = "kind";

	/** The heading shown for a hit. */
	public static final String TITLE = "title";

	/** The searchable body of a hit: every other text the entity carries. */
	public static final String TEXT = "text";

	/** Who may read a document: see {@link #PUBLIC_READER} and the keys of signed-in viewers. */
	public static final String READERS = "readers";

	/** The regions a document belongs to, by {@code Region} name. */
	public static final String REGIONS = "regions";

	/** The ids of the themes a document belongs to. */
	public static final String THEMES = "themes";

	/** The names of the themes a document belongs to, searched with the words (not every kind has themes). */
	public static final String THEME_NAMES = "themeNames";

	/** When the document last changed, for ranking by recency. */
	public static final String UPDATED = "updated";

	/** The project a need, an indicator or a file belongs to; the id itself for a project. */
	public static final String PROJECT = "project";

	/** The development day an idea or a project group comes from. */
	public static final String DAY = "day";

	/** A project's stage. */
	public static final String STAGE = "stage";

	/** The bottom lines a project measures. */
	public static final String BOTTOM_LINES = "bottomLines";

	/** The kind of partner: of a partner, or the kind a need asks for. */
	public static final String PARTNER_KIND = "partnerKind";

	/** What a need asks for, one of {@code NeedKind}. */
	public static final String NEED_KIND = "needKind";

	/** A foundation's largest grant, in kroner. */
	public static final String GRANT_MAX = "grantMax";

	/** What a partner offers, or what a need asks for. */
	public static final String OFFERS = "offers";

	/**
	 * The organisations and partners a project is the work of (its owner and the organisations and partners taking
	 * part), by the same keys as readers ({@link #organisation}, {@link #partner}): whose work it is, and who worked
	 * together.
	 */
	public static final String ACTORS = "actors";

	/** Everybody may read it. */
	public static final String PUBLIC_READER = "public";

	/** Every signed-in user may read it. */
	public static final String SIGNED_IN_READER = "signed-in";

	/** Staff of member organisations may read it. */
	public static final String MEMBERS_READER = "members";

	private static final String ORGANISATION_KEY = "organisation:";

	private static final String PARTNER_KEY = "partner:";

	private SearchFields() {
	}

	/** The reader key of an account. */
	public static String account(long accountId) {
		return "account:" + accountId;
	}

	/** The reader key of the staff of an organisation. */
	public static String organisation(long organisationId) {
		return ORGANISATION_KEY + organisationId;
	}

	/** The organisation's id in its key ({@link #organisation}), or {@code null} for any other key. */
	public static Long organisationIn(String key) {
		return idAfter(ORGANISATION_KEY, key);
	}

	/** The partner's id in its key ({@link #partner}), or {@code null} for any other key. */
	public static Long partnerIn(String key) {
		return idAfter(PARTNER_KEY, key);
	}

	private static Long idAfter(String prefix, String key) {
		return key.startsWith(prefix) ? Long.valueOf(key.substring(prefix.length())) : null;
	}

	/** The reader key of the people of a partner. */
	public static String partner(long partnerId) {
		return PARTNER_KEY + partnerId;
	}
}
