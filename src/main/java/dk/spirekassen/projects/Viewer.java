package dk.spirekassen.projects;

import org.springframework.security.core.Authentication;

import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.accounts.Role;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.shared.SearchFields;

/**
 * Who is looking at or acting on projects: an anonymous visitor, or a signed-in account with its role and the
 * organisation or partner it acts for.
 */
public record Viewer(Long accountId, String name, Role role, Long organisationId, Long partnerId) {

	public static final Viewer ANONYMOUS = new Viewer(null, null, null, null, null);

	/** What the secretariat sees: everything, whoever it is. */
	private static final Set<String> EVERYTHING = Set.of("*");

	public static Viewer of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return new Viewer(user.accountId(), user.displayName(), user.role(), user.organisationId(),
					user.partnerId());
		}
		return ANONYMOUS;
	}

	public boolean signedIn() {
		return accountId != null;
	}

	public boolean secretariat() {
		return role == Role.SECRETARIAT;
	}

	public boolean member() {
		return role == Role.MEMBER;
	}

	/**
	 * The reader keys of the search index under which this viewer may read a document (see
	 * {@link SearchFields#READERS}); the secretariat reads everything without them.
	 */
	public Set<String> readerKeys() {
		var keys = new TreeSet<String>();
		keys.add(SearchFields.PUBLIC_READER);
		if (signedIn()) {
			keys.add(SearchFields.SIGNED_IN_READER);
			keys.add(SearchFields.account(accountId));
			if (organisationId != null) {
				keys.add(SearchFields.organisation(organisationId));
			}
			if (partnerId != null) {
				keys.add(SearchFields.partner(partnerId));
			}
			if (member()) {
				keys.add(SearchFields.MEMBERS_READER);
			}
		}
		return keys;
	}

	/**
	 * What this viewer may read, as a value equal for every viewer who sees the same: the reader keys, or everything
	 * for the secretariat. Part of the key of what is kept for a reader ({@code shared.RecentReads}).
	 */
	public Set<String> sees() {
		return secretariat() ? EVERYTHING : readerKeys();
	}
}
