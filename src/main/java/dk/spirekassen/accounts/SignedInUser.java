package dk.spirekassen.accounts;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dk.spirekassen.actors.ActorPermissions;

/**
 * The person behind a session: their account, role, and the organisation or partner they act for.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private final String displayName;

	private String passwordHash;

	private final Role role;

	private final Long organisationId;

	private final Long partnerId;

	private final boolean enabled;

	SignedInUser(Account account) {
		this.accountId = account.getId();
		this.email = account.getEmail();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.role = account.getRole();
		this.organisationId = account.getOrganisationId();
		this.partnerId = account.getPartnerId();
		this.enabled = account.isEnabled();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		if (organisationId != null) {
			authorities.add(new SimpleGrantedAuthority(ActorPermissions.organisationAuthority(organisationId)));
		}
		if (partnerId != null) {
			authorities.add(new SimpleGrantedAuthority(ActorPermissions.partnerAuthority(partnerId)));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public Long organisationId() {
		return organisationId;
	}

	public Long partnerId() {
		return partnerId;
	}

	/** The same account: what the session registry finds a person's sessions by. */
	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}
}
