package dk.spirekassen.projects;

import org.springframework.security.core.Authentication;

import dk.spirekassen.accounts.Role;
import dk.spirekassen.accounts.SignedInUser;

/**
 * Who is looking at or acting on projects: an anonymous visitor, or a signed-in account with its role and the
 * organisation or partner it acts for.
 */
public record Viewer(Long accountId, String name, Role role, Long organisationId, Long partnerId) {

	public static final Viewer ANONYMOUS = new Viewer(null, null, null, null, null);

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
}
