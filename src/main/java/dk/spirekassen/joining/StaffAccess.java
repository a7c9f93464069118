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
 * Staff of a member organisation asking to join it, or someone working for a partner already on Spirekassen asking to
 * join that partner (the {@link Team}): a login of the team that cannot sign in yet, confirmed by a mailed link, then
 * approved or rejected (with a reason) by the team's people or the secretariat. The team's people are told by email
 * when a request waits, or the secretariat when the team has nobody who can sign in. Every step mails the one it
 * concerns, in their language.
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

	/** A request waiting for a decision, as the team's people see it. */
	public record WaitingRequest(long id, String name, String email, Instant createdAt) {
	}

	/** A request waiting for a decision, as the secretariat sees it among all teams'. */
	public record WaitingForTeam(Team team, String teamName, String name, Instant createdAt) {
	}

	/**
	 * Asks to join a member organisation or a partner: a login that cannot sign in yet, and a mail with the link that
	 * confirms the address. An address that has a login gets a mail saying so instead, so the form tells nobody which
	 * addresses have logins. Refused with the field when the organisation is not a member or the partner unknown.
	 */
	public void request(Applicant applicant, Team team, String baseUrl, Locale locale) {
		if (team instanceof Team.Organisation
				&& directory.memberRefs().stream().noneMatch(ref -> ref.id() == team.id())) {
			throw new RefusedException("organisationId", "staff.error.notMember");
		}
		if (team instanceof Team.Partner && directory.partnerKind(team.id()).isEmpty()) {
			throw new NotFoundException("partner", team.id());
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
					organisationOf(team), partnerOf(team));
			request.askAgain(team, locale);
		}
		else {
			long accountId = accounts.createStaffApplicantLogin(applicant.email(), applicant.name(),
					applicant.password(), organisationOf(team), partnerOf(team));
			request = requests.save(new StaffRequest(accountId, team, locale));
		}
		var token = request.newToken(linkValidity);
		mailer.send(applicant.email().strip(), messages.getMessage("mail.staff.confirm.subject", null, locale),
				messages.getMessage("mail.staff.confirm.body", new Object[] { applicant.name().strip(),
						baseUrl + "/adgang/bekraeft?token=" + token, linkValidity.toDays(), teamName(request.team()) },
						locale));
	}

	/**
	 * Confirms the address by the mailed link; the team's people are told, or the secretariat when nobody of the team
	 * can sign in. False for an unusable link.
	 */
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
		var team = request.get().team();
		var link = baseUrl + team.requestsPath();
		var danish = Locale.forLanguageTag("da");
		var deciders = team instanceof Team.Partner ? accounts.partnerLogins(team.id()) : accounts.staffOf(team.id());
		(deciders.isEmpty() ? accounts.secretariat() : deciders)
			.forEach(a -> mailer.send(a.email(), messages.getMessage("mail.staff.waiting.subject",
					new Object[] { name }, danish),
					messages.getMessage("mail.staff.waiting.body", new Object[] { name, link, teamName(team) },
							danish)));
		return true;
	}

	/** The confirmed requests waiting for the team's decision, oldest first. */
	@Transactional(readOnly = true)
	public List<WaitingRequest> waiting(Team team) {
		var waiting = team instanceof Team.Partner
				? requests.findByPartnerIdAndStatusOrderByCreatedAt(team.id(), ApplicationStatus.WAITING)
				: requests.findByOrganisationIdAndStatusOrderByCreatedAt(team.id(), ApplicationStatus.WAITING);
		return waiting.stream()
			.map(r -> {
				var account = accounts.account(r.getAccountId());
				return new WaitingRequest(r.getId(), account.displayName(), account.email(), r.getCreatedAt());
			})
			.toList();
	}

	/**
	 * The oldest confirmed requests waiting for a decision across all teams (at most 200), and how many wait in all:
	 * for the secretariat, who decide where a team has nobody to.
	 */
	@Transactional(readOnly = true)
	public Waiting allWaiting() {
		var oldest = requests.findTop200ByStatusOrderByCreatedAt(ApplicationStatus.WAITING);
		var organisations = directory.organisationNames(oldest.stream()
			.map(StaffRequest::team)
			.filter(Team.Organisation.class::isInstance)
			.map(Team::id)
			.toList());
		var partners = directory.partnerNames(
				oldest.stream().map(StaffRequest::team).filter(Team.Partner.class::isInstance).map(Team::id).toList());
		var names = accounts.accounts(oldest.stream().map(StaffRequest::getAccountId).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(AccountManagement.AccountRow::id,
					AccountManagement.AccountRow::displayName));
		return new Waiting(oldest.stream().map(r -> {
			var team = r.team();
			var teamName = (team instanceof Team.Partner ? partners : organisations).getOrDefault(team.id(), "");
			return new WaitingForTeam(team, teamName, names.getOrDefault(r.getAccountId(), ""), r.getCreatedAt());
		}).toList(), requests.countByStatus(ApplicationStatus.WAITING));
	}

	/** How many confirmed requests to join a team wait for a decision, across all teams. */
	@Transactional(readOnly = true)
	public long waitingCount() {
		return requests.countByStatus(ApplicationStatus.WAITING);
	}

	/** The oldest waiting requests and how many wait in all. */
	public record Waiting(List<WaitingForTeam> oldest, long total) {
	}

	/**
	 * Approves (the login opens) or rejects (with a reason) a waiting request to join the team; the one who asked is
	 * told. Refused for a request that is not the team's or does not wait.
	 */
	public void decide(Team team, long requestId, boolean approve, String reason, long deciderAccountId,
			String baseUrl) {
		var request = requests.findById(requestId)
			.filter(r -> r.team().equals(team))
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
							new Object[] { account.displayName(), teamName(team), baseUrl + "/login" },
							locale));
		}
		else {
			mailer.send(account.email(), messages.getMessage("mail.staff.rejected.subject", null, locale),
					messages.getMessage("mail.staff.rejected.body",
							new Object[] { account.displayName(), teamName(team), reason.strip() },
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

	/** The team's name, as mails and pages give it. */
	@Transactional(readOnly = true)
	public String teamName(Team team) {
		var names = team instanceof Team.Partner ? directory.partnerNames(List.of(team.id()))
				: directory.organisationNames(List.of(team.id()));
		return Optional.ofNullable(names.get(team.id())).orElse("");
	}

	private static Long organisationOf(Team team) {
		return team instanceof Team.Organisation ? team.id() : null;
	}

	private static Long partnerOf(Team team) {
		return team instanceof Team.Partner ? team.id() : null;
	}
}
