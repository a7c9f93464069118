package dk.spirekassen.actors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may change what in the directory. Staff of an organisation carry the authority
 * {@code ORGANISATION_<id>}, people of a partner {@code PARTNER_<id>}; the secretariat may change everything.
 */
public final class ActorPermissions {

	public static final String SECRETARIAT = "ROLE_SECRETARIAT";

	private ActorPermissions() {
	}

	public static String organisationAuthority(long organisationId) {
		return "ORGANISATION_" + organisationId;
	}

	public static String partnerAuthority(long partnerId) {
		return "PARTNER_" + partnerId;
	}

	public static boolean isSecretariat(Authentication authentication) {
		return has(authentication, SECRETARIAT);
	}

	public static boolean canEditOrganisation(Authentication authentication, long organisationId) {
		return isSecretariat(authentication) || has(authentication, organisationAuthority(organisationId));
	}

	public static boolean canEditPartner(Authentication authentication, long partnerId) {
		return isSecretariat(authentication) || has(authentication, partnerAuthority(partnerId));
	}

	public static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_"))
				&& !has(authentication, "ROLE_ANONYMOUS");
	}

	private static boolean has(Authentication authentication, String authority) {
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}
}
