package dk.spirekassen.network;

import org.springframework.security.core.Authentication;

import java.util.List;

import dk.spirekassen.accounts.Role;
import dk.spirekassen.accounts.SignedInUser;

/**
 * Who a network is computed for: each sees the links of the projects and groups it may see, and no others.
 */
public enum Audience {

	/** Visitors and partners: public projects only. */
	PUBLIC(List.of("PUBLIC"), false),

	/** Staff of member organisations: public and members' projects. */
	MEMBERS(List.of("PUBLIC", "MEMBERS"), false),

	/** The secretariat: every project, and the development days' project groups. */
	ALL(List.of("PUBLIC", "MEMBERS", "PARTICIPANTS"), true);

	private final List<String> visibilities;

	private final boolean groups;

	Audience(List<String> visibilities, boolean groups) {
		this.visibilities = visibilities;
		this.groups = groups;
	}

	/** The audience of a signed-in person by their role, or of a visitor. */
	public static Audience of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user.role() == Role.SECRETARIAT ? ALL : user.role() == Role.MEMBER ? MEMBERS : PUBLIC;
		}
		return PUBLIC;
	}

	/** The project visibilities (as stored) this audience may see. */
	List<String> visibilities() {
		return visibilities;
	}

	/** Whether this audience sees the development days' project groups. */
	boolean groups() {
		return groups;
	}
}
