package dk.spirekassen.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.OneTimeTokens;
import dk.spirekassen.shared.RefusedException;

/**
 * The accounts module's API: creating logins, signing in, changing and resetting passwords.
 */
@Service
@Transactional
public class AccountManagement implements UserDetailsService {

	/** Shortest password accepted. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private final Accounts accounts;

	private final PasswordResets resets;

	private final PasswordEncoder encoder;

	private final Mailer mailer;

	private final MessageSource messages;

	private final ActorManagement actors;

	private final Duration resetValidity;

	private final Duration invitationValidity;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	AccountManagement(Accounts accounts, PasswordResets resets, PasswordEncoder encoder, Mailer mailer,
			MessageSource messages, ActorManagement actors, SessionRegistry sessions, ApplicationEventPublisher events,
			@Value("${spirekassen.password-reset.validity:PT1H}") Duration resetValidity,
			@Value("${spirekassen.invitation.validity:P7D}") Duration invitationValidity) {
		this.events = events;
		this.invitationValidity = invitationValidity;
		this.accounts = accounts;
		this.resets = resets;
		this.encoder = encoder;
		this.mailer = mailer;
		this.messages = messages;
		this.actors = actors;
		this.resetValidity = resetValidity;
		this.sessions = sessions;
	}

	/**
	 * Stops a login (someone left their organisation) or lets it sign in again. A stopped login cannot sign in, get a
	 * reset link or use one, and its open sessions end at once. Nobody may stop their own login.
	 */
	public void setEnabled(long accountId, boolean enabled, long actingAccountId) {
		if (!enabled && accountId == actingAccountId) {
			throw new RefusedException(null, "accounts.error.disableSelf");
		}
		var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		account.setEnabled(enabled);
		if (!enabled) {
			sessions.getAllSessions(new SignedInUser(account), false).forEach(SessionInformation::expireNow);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(Account.normaliseEmail(username))
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/**
	 * Creates a login. A member account must name an existing organisation, a partner account an existing partner;
	 * otherwise, or when the email has a login, it is refused with the field it concerns.
	 *
	 * @return the new account's id
	 */
	public long createAccount(String email, String displayName, String rawPassword, Role role, Long organisationId,
			Long partnerId) {
		var normalised = Account.normaliseEmail(email);
		if (accounts.existsByEmail(normalised)) {
			throw new RefusedException("email", "invite.error.exists");
		}
		if (role == Role.MEMBER && (organisationId == null || !actors.organisationExists(organisationId))) {
			throw new RefusedException("organisationId", "invite.error.unknown");
		}
		if (role == Role.PARTNER && (partnerId == null || !actors.partnerExists(partnerId))) {
			throw new RefusedException("partnerId", "invite.error.unknown");
		}
		return accounts
			.save(new Account(normalised, displayName, encoder.encode(rawPassword), role, organisationId, partnerId))
			.getId();
	}

	/**
	 * Creates a partner's login that cannot sign in yet, for someone who applies to become a partner: it is opened
	 * with {@link #openApplicantLogin} once the application is approved. Refused when the email has a login.
	 *
	 * @return the new account's id
	 */
	public long createApplicantLogin(String email, String displayName, String rawPassword) {
		var normalised = Account.normaliseEmail(email);
		if (accounts.existsByEmail(normalised)) {
			throw new RefusedException("email", "invite.error.exists");
		}
		return accounts.save(Account.applicant(normalised, displayName, encoder.encode(rawPassword))).getId();
	}

	/** The id of the login with that address if it is an applicant's that has not been opened yet. */
	@Transactional(readOnly = true)
	public java.util.OptionalLong applicantLogin(String email) {
		return accounts.findByEmail(Account.normaliseEmail(email))
			.filter(a -> a.getRole() == Role.PARTNER && a.getPartnerId() == null && !a.isEnabled())
			.map(a -> java.util.OptionalLong.of(a.getId()))
			.orElse(java.util.OptionalLong.empty());
	}

	/** The id of the login with that address if it cannot sign in (not opened yet, or stopped). */
	@Transactional(readOnly = true)
	public java.util.OptionalLong closedLogin(String email) {
		return accounts.findByEmail(Account.normaliseEmail(email))
			.filter(a -> !a.isEnabled())
			.map(a -> java.util.OptionalLong.of(a.getId()))
			.orElse(java.util.OptionalLong.empty());
	}

	/** Deletes an applicant's login that was never opened (the application or request was never confirmed). */
	public void deleteApplicantLogin(long accountId) {
		accounts.findById(accountId).filter(a -> !a.isEnabled()).ifPresent(accounts::delete);
	}

	/**
	 * Creates the login of someone who asks to join a member organisation as its staff, or a partner as one of its
	 * people (exactly one of the two ids): it belongs there and cannot sign in until the request is approved
	 * ({@link #openStaffLogin}). Refused when the email has a login.
	 *
	 * @return the new account's id
	 */
	public long createStaffApplicantLogin(String email, String displayName, String rawPassword, Long organisationId,
			Long partnerId) {
		var normalised = Account.normaliseEmail(email);
		if (accounts.existsByEmail(normalised)) {
			throw new RefusedException("email", "invite.error.exists");
		}
		var account = Account.applicant(normalised, displayName, encoder.encode(rawPassword));
		account.joinTeam(organisationId, partnerId);
		return accounts.save(account).getId();
	}

	/** Opens the login of someone whose request to join their organisation was approved. */
	public void openStaffLogin(long accountId) {
		accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId)).setEnabled(true);
	}

	/** An applicant who applied again before confirming: the name and password given last count. */
	public void renewApplicantLogin(long accountId, String displayName, String rawPassword) {
		var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		account.rename(displayName);
		account.changePasswordHash(encoder.encode(rawPassword));
	}

	/**
	 * Someone who asked again to join an organisation or a partner before confirming: the name, password and team
	 * given last count.
	 */
	public void renewStaffApplicantLogin(long accountId, String displayName, String rawPassword, Long organisationId,
			Long partnerId) {
		renewApplicantLogin(accountId, displayName, rawPassword);
		accounts.findById(accountId).orElseThrow().joinTeam(organisationId, partnerId);
	}

	/** Opens an applicant's login for the partner it now belongs to. */
	public void openApplicantLogin(long accountId, long partnerId) {
		var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		account.joinPartner(partnerId);
		account.setEnabled(true);
	}

	/** The email address and name of a login. */
	@Transactional(readOnly = true)
	public AccountRow account(long accountId) {
		return accounts(java.util.List.of(accountId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("account", accountId));
	}

	/**
	 * Creates a login for someone and emails them a link to choose their password. The link works once, for
	 * {@code spirekassen.invitation.validity} (7 days by default).
	 *
	 * @return the new account's id
	 */
	public long invite(String email, String displayName, Role role, Long organisationId, Long partnerId,
			String baseUrl, Locale locale) {
		var id = createAccount(email, displayName, OneTimeTokens.newToken(), role, organisationId, partnerId);
		var token = newToken(id, invitationValidity);
		var link = baseUrl + "/nulstil-adgangskode?token=" + token;
		mailer.send(Account.normaliseEmail(email), messages.getMessage("mail.invitation.subject", null, locale),
				messages.getMessage("mail.invitation.body",
						new Object[] { displayName.strip(), link, invitationValidity.toDays() }, locale));
		return id;
	}

	/** Every login, ordered by email address. */
	@Transactional(readOnly = true)
	public java.util.List<AccountRow> accounts() {
		return accounts.findAll(org.springframework.data.domain.Sort.by("email"))
			.stream()
			.map(AccountManagement::row)
			.toList();
	}

	/** The logins of the secretariat that can sign in. */
	@Transactional(readOnly = true)
	public java.util.List<AccountRow> secretariat() {
		return accounts.findByRoleAndEnabledTrue(Role.SECRETARIAT).stream().map(AccountManagement::row).toList();
	}

	/** The logins of an organisation's staff that can sign in. */
	@Transactional(readOnly = true)
	public java.util.List<AccountRow> staffOf(long organisationId) {
		return accounts.findByRoleAndOrganisationIdAndEnabledTrue(Role.MEMBER, organisationId)
			.stream()
			.map(AccountManagement::row)
			.toList();
	}

	/** The logins of a partner's people that can sign in. */
	@Transactional(readOnly = true)
	public java.util.List<AccountRow> partnerLogins(long partnerId) {
		return accounts.findByRoleAndPartnerIdAndEnabledTrue(Role.PARTNER, partnerId)
			.stream()
			.map(AccountManagement::row)
			.toList();
	}

	/**
	 * The logins that can sign in of the staff of the organisations and the people of the partners, read by their
	 * organisation and partner (not by reading every login).
	 */
	@Transactional(readOnly = true)
	public java.util.List<AccountRow> teamLogins(java.util.Collection<Long> organisationIds,
			java.util.Collection<Long> partnerIds) {
		var logins = new java.util.ArrayList<AccountRow>();
		if (!organisationIds.isEmpty()) {
			accounts.findByRoleAndOrganisationIdInAndEnabledTrue(Role.MEMBER, organisationIds)
				.forEach(a -> logins.add(row(a)));
		}
		if (!partnerIds.isEmpty()) {
			accounts.findByRoleAndPartnerIdInAndEnabledTrue(Role.PARTNER, partnerIds).forEach(a -> logins.add(row(a)));
		}
		return logins;
	}

	private static AccountRow row(Account a) {
		return new AccountRow(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), a.getOrganisationId(),
				a.getPartnerId(), a.isEnabled());
	}

	/** The ids of every login with one of the roles that can sign in: one statement, the ids only. */
	@Transactional(readOnly = true)
	public java.util.List<Long> loginIds(java.util.Collection<Role> roles) {
		return roles.isEmpty() ? java.util.List.of() : accounts.findIdsByEnabledTrueAndRoleIn(roles);
	}

	/** The logins with the given ids, in no particular order; unknown ids are left out. */
	@Transactional(readOnly = true)
	public java.util.List<AccountRow> accounts(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.List.of();
		}
		return accounts.findAllById(ids)
			.stream()
			.map(AccountManagement::row)
			.toList();
	}

	/** The logins with the given emails (as typed anywhere: they are normalised), in no particular order. */
	@Transactional(readOnly = true)
	public java.util.List<AccountRow> accountsByEmail(java.util.Collection<String> emails) {
		var normalised = emails.stream().filter(java.util.Objects::nonNull).map(Account::normaliseEmail).toList();
		if (normalised.isEmpty()) {
			return java.util.List.of();
		}
		return accounts.findByEmailIn(normalised).stream().map(AccountManagement::row).toList();
	}

	/**
	 * A login as the secretariat sees it in the list of accounts.
	 */
	public record AccountRow(long id, String email, String displayName, Role role, Long organisationId,
			Long partnerId, boolean enabled) {
	}

	private String newToken(long accountId, Duration validity) {
		var token = OneTimeTokens.newToken();
		resets.save(new PasswordReset(accountId, hash(token), Instant.now().plus(validity)));
		return token;
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return accounts.existsByEmail(Account.normaliseEmail(email));
	}

	/**
	 * Deletes one's own login and the personal data kept with it, after checking the password: the address, the name
	 * (contributions stay, as {@link AccountLeft#FORMER_PARTICIPANT}), the password, reset links and every open
	 * session; the other modules forget theirs on {@link AccountLeft}. The last secretariat login that can sign in is
	 * refused, so that someone can still run the platform. Returns false when the password is wrong.
	 */
	public boolean leave(long accountId, String password) {
		var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		if (!encoder.matches(password, account.getPasswordHash())) {
			return false;
		}
		if (account.getRole() == Role.SECRETARIAT && accounts.countByRoleAndEnabledTrue(Role.SECRETARIAT) <= 1) {
			throw new RefusedException(null, "account.error.lastSecretariat");
		}
		endSessions(account, null);
		account.forget("slettet-" + accountId + "@slettet.invalid", AccountLeft.FORMER_PARTICIPANT,
				encoder.encode(OneTimeTokens.newToken()));
		resets.deleteByAccountId(accountId);
		events.publishEvent(new AccountLeft(accountId));
		return true;
	}

	/**
	 * Changes a password after checking the current one; returns false when the current one is wrong. Every other
	 * open session of the account ends, so someone who knew the old password is signed out; the session with the id
	 * {@code keptSessionId} (the one that made the change, may be null) stays.
	 */
	public boolean changePassword(long accountId, String currentPassword, String newPassword, String keptSessionId) {
		var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		if (!encoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePasswordHash(encoder.encode(newPassword));
		endSessions(account, keptSessionId);
		return true;
	}

	private void endSessions(Account account, String keptSessionId) {
		sessions.getAllSessions(new SignedInUser(account), false)
			.stream()
			.filter(session -> !session.getSessionId().equals(keptSessionId))
			.forEach(SessionInformation::expireNow);
	}

	/**
	 * Emails a reset link to the account with that address, if there is one. Says nothing about whether there is,
	 * so the answer cannot be used to probe for accounts.
	 */
	public void requestPasswordReset(String email, String baseUrl, Locale locale) {
		accounts.findByEmail(Account.normaliseEmail(email)).filter(Account::isEnabled).ifPresent(account -> {
			var token = newToken(account.getId(), resetValidity);
			var link = baseUrl + "/nulstil-adgangskode?token=" + token;
			var minutes = resetValidity.toMinutes();
			mailer.send(account.getEmail(), messages.getMessage("mail.reset.subject", null, locale),
					messages.getMessage("mail.reset.body", new Object[] { account.getDisplayName(), link, minutes },
							locale));
		});
	}

	/** Whether a reset token is known, unused and not expired. */
	@Transactional(readOnly = true)
	public boolean isResetTokenUsable(String token) {
		return token != null && resets.findByTokenHash(hash(token))
			.filter(r -> r.isUsable(Instant.now()))
			.flatMap(r -> accounts.findById(r.getAccountId()))
			.filter(Account::isEnabled)
			.isPresent();
	}

	/**
	 * Sets a new password with a reset token; returns false when the token is unknown, used or expired, or when it
	 * was used at the same moment by another request. Every open session of the account ends, and every other open
	 * reset link of the account stops working.
	 */
	public boolean resetPassword(String token, String newPassword) {
		if (token == null) {
			return false;
		}
		var now = Instant.now();
		var reset = resets.findByTokenHash(hash(token)).filter(r -> r.isUsable(now));
		if (reset.isEmpty()) {
			return false;
		}
		var account = accounts.findById(reset.get().getAccountId()).orElseThrow();
		if (!account.isEnabled() || resets.use(reset.get().getId(), now) != 1) {
			return false;
		}
		account = accounts.findById(account.getId()).orElseThrow();
		account.changePasswordHash(encoder.encode(newPassword));
		resets.useAll(account.getId(), now);
		endSessions(account, null);
		return true;
	}

	static String hash(String token) {
		return OneTimeTokens.hash(token);
	}
}
