package dk.spirekassen.joining;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.joining.Joining.Applicant;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.OneTimeTokens;
import dk.spirekassen.shared.RefusedException;

/**
 * Staff of a member organisation asking to join it: a login of the organisation that cannot sign in yet, confirmed
 * by a mailed link, then approved or rejected (with a reason) by the organisation's staff or the secretariat, who
 * are told by email when a request waits. Every step mails the one it concerns, in their language.
 */
@Service
@Transactional
public class StaffAccess {

	private final StaffRequests requests;

	private final AccountManagement accounts;

	private final Directory directory;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Duration linkValidity;

	StaffAccess(StaffRequests requests, AccountManagement accounts, Directory directory, Mailer mailer,
			MessageSource messages, @Value("${spirekassen.joining.link-validity:P7D}") Duration linkValidity) {
		this.requests = requests;
		this.accounts = accounts;
		this.directory = directory;
		this.mailer = mailer;
		this.messages = messages;
		this.linkValidity = linkValidity;
	}

	/** A request waiting for a decision, as the organisation's staff see it. */
	public record WaitingRequest(long id, String name, String email, Instant createdAt) {
	}

	/**
	 * Asks to join a member organisation: a login that cannot sign in yet, and a mail with the link that confirms the
	 * address. An address that has a login gets a mail saying so instead, so the form tells nobody which addresses
	 * have logins. Refused with the field when the organisation is not a member.
	 */
	public void request(Applicant applicant, long organisationId, String baseUrl, Locale locale) {
		if (directory.memberRefs().stream().noneMatch(ref -> ref.id() == organisationId)) {
			throw new RefusedException("organisationId", "staff.error.notMember");
		}
		var closed = accounts.closedLogin(applicant.email());
		var unconfirmed = closed.stream()
			.boxed()
			.flatMap(id -> requests.findByAccountIdAndStatus(id, ApplicationStatus.UNCONFIRMED).stream())
			.findFirst();
		if (unconfirmed.isEmpty() && accounts.exists(applicant.email())) {
			boolean waiting = closed.stream()
				.boxed()
				.anyMatch(id -> requests.findByAccountIdAndStatus(id, ApplicationStatus.WAITING).isPresent());
			var key = waiting ? "mail.staff.pending" : "mail.joining.exists";
			mailer.send(applicant.email().strip(), messages.getMessage(key + ".subject", null, locale),
					messages.getMessage(key + ".body",
							new Object[] { baseUrl + "/login", baseUrl + "/glemt-adgangskode" }, locale));
			return;
		}
		StaffRequest request;
		if (unconfirmed.isPresent()) {
			// Asked again before confirming (the first mail lost, say): the newest request is the one.
			request = unconfirmed.get();
			accounts.renewStaffApplicantLogin(request.getAccountId(), applicant.name(), applicant.password(),
					organisationId);
			request.askAgain(organisationId, locale);
		}
		else {
			long accountId = accounts.createStaffApplicantLogin(applicant.email(), applicant.name(),
					applicant.password(), organisationId);
			request = requests.save(new StaffRequest(accountId, organisationId, locale));
		}
		var token = request.newToken(linkValidity);
		mailer.send(applicant.email().strip(), messages.getMessage("mail.staff.confirm.subject", null, locale),
				messages.getMessage("mail.staff.confirm.body", new Object[] { applicant.name().strip(),
						baseUrl + "/adgang/bekraeft?token=" + token, linkValidity.toDays(), organisationName(request) },
						locale));
	}

	/** Confirms the address by the mailed link; the organisation's staff are told. False for an unusable link. */
	public boolean confirm(String token, String baseUrl) {
		if (!OneTimeTokens.plausible(token)) {
			return false;
		}
		var request = requests.findByLinkTokenHash(OneTimeTokens.hash(token))
			.filter(r -> r.tokenUsable(Instant.now()) && r.getStatus() == ApplicationStatus.UNCONFIRMED);
		if (request.isEmpty()) {
			return false;
		}
		request.get().confirm();
		var name = accounts.account(request.get().getAccountId()).displayName();
		var link = baseUrl + "/organisationer/" + request.get().getOrganisationId() + "/anmodninger";
		var danish = Locale.forLanguageTag("da");
		accounts.staffOf(request.get().getOrganisationId())
			.forEach(a -> mailer.send(a.email(), messages.getMessage("mail.staff.waiting.subject",
					new Object[] { name }, danish),
					messages.getMessage("mail.staff.waiting.body", new Object[] { name, link }, danish)));
		return true;
	}

	/** The confirmed requests waiting for the organisation's decision, oldest first. */
	@Transactional(readOnly = true)
	public List<WaitingRequest> waiting(long organisationId) {
		return requests.findByOrganisationIdAndStatusOrderByCreatedAt(organisationId, ApplicationStatus.WAITING)
			.stream()
			.map(r -> {
				var account = accounts.account(r.getAccountId());
				return new WaitingRequest(r.getId(), account.displayName(), account.email(), r.getCreatedAt());
			})
			.toList();
	}

	/**
	 * Approves (the login opens) or rejects (with a reason) a waiting request to join the organisation; the one who
	 * asked is told. Refused for a request that is not the organisation's or does not wait.
	 */
	public void decide(long organisationId, long requestId, boolean approve, String reason, long deciderAccountId,
			String baseUrl) {
		var request = requests.findById(requestId)
			.filter(r -> r.getOrganisationId() == organisationId)
			.orElseThrow(() -> new NotFoundException("request", requestId));
		if (request.getStatus() != ApplicationStatus.WAITING) {
			throw new RefusedException(null, "joining.error.notWaiting");
		}
		request.decide(approve, approve ? null : reason.strip(), deciderAccountId);
		var account = accounts.account(request.getAccountId());
		var locale = request.getLocale();
		if (approve) {
			accounts.openStaffLogin(request.getAccountId());
			mailer.send(account.email(), messages.getMessage("mail.staff.approved.subject", null, locale),
					messages.getMessage("mail.staff.approved.body",
							new Object[] { account.displayName(), organisationName(request), baseUrl + "/login" },
							locale));
		}
		else {
			mailer.send(account.email(), messages.getMessage("mail.staff.rejected.subject", null, locale),
					messages.getMessage("mail.staff.rejected.body",
							new Object[] { account.displayName(), organisationName(request), reason.strip() },
							locale));
		}
	}

	/** Deletes the requests never confirmed once their link expired, with their logins; returns how many. */
	int forgetExpired() {
		var expired = requests.findByStatusAndLinkTokenExpiresAtBefore(ApplicationStatus.UNCONFIRMED, Instant.now());
		for (var request : expired) {
			requests.delete(request);
			accounts.deleteApplicantLogin(request.getAccountId());
		}
		return expired.size();
	}

	/** The requests of someone who deleted their login go with it. */
	void forget(long accountId) {
		requests.deleteAll(requests.findByAccountId(accountId));
	}

	private String organisationName(StaffRequest request) {
		return Optional.ofNullable(directory.organisationNames(List.of(request.getOrganisationId()))
			.get(request.getOrganisationId())).orElse("");
	}
}
