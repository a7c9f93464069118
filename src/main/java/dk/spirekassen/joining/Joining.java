package dk.spirekassen.joining;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.OneTimeTokens;
import dk.spirekassen.shared.RefusedException;

/**
 * Joining as a partner by yourself: the application, the confirmation of the address, and the secretariat's decision.
 * Every step mails the one it concerns, in the applicant's language: the link to confirm, the secretariat's question
 * with a link to answer it, the rejection with its reason, the approval; and the secretariat is told when an
 * application waits for it.
 */
@Service
@Transactional
public class Joining {

	/** What the secretariat follows, oldest first: waiting for it, or for the applicant's answer. */
	private static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.WAITING,
			ApplicationStatus.MORE_ASKED);

	private final PartnerApplications applications;

	private final AccountManagement accounts;

	private final ActorManagement actors;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Duration linkValidity;

	Joining(PartnerApplications applications, AccountManagement accounts, ActorManagement actors, Mailer mailer,
			MessageSource messages, @Value("${spirekassen.joining.link-validity:P7D}") Duration linkValidity) {
		this.applications = applications;
		this.accounts = accounts;
		this.actors = actors;
		this.mailer = mailer;
		this.messages = messages;
		this.linkValidity = linkValidity;
	}

	/** Who applies: their name, address and chosen password. */
	public record Applicant(String name, String email, String password) {
	}

	/**
	 * An application: a login that cannot sign in yet and the partner profile it proposes, and a mail with the link
	 * that confirms the address. When the address has a login already, nothing is made and its owner is mailed
	 * instead (where to sign in or reset the password), so the form does not tell anyone which addresses have logins.
	 * Refused with the field when a theme is unknown.
	 *
	 * @return the application's id, or empty when the address has a login
	 */
	public OptionalLong apply(Applicant applicant, PartnerDetails profile, String baseUrl, Locale locale) {
		checkThemes(profile);
		var applicantLogin = accounts.applicantLogin(applicant.email());
		var unconfirmed = applicantLogin.stream()
			.boxed()
			.flatMap(id -> applications.findByAccountIdAndStatus(id, ApplicationStatus.UNCONFIRMED).stream())
			.findFirst();
		if (unconfirmed.isEmpty() && accounts.exists(applicant.email())) {
			var key = applicantLogin.isPresent() ? "mail.joining.pending" : "mail.joining.exists";
			mailer.send(applicant.email().strip(), messages.getMessage(key + ".subject", null, locale),
					messages.getMessage(key + ".body",
							new Object[] { baseUrl + "/login", baseUrl + "/glemt-adgangskode" }, locale));
			return OptionalLong.empty();
		}
		PartnerApplication application;
		if (unconfirmed.isPresent()) {
			// Applied again before confirming (the first mail lost, say): the newest application is the one.
			application = unconfirmed.get();
			accounts.renewApplicantLogin(application.getAccountId(), applicant.name(), applicant.password());
			application.reapply(profile, locale);
		}
		else {
			long accountId = accounts.createApplicantLogin(applicant.email(), applicant.name(), applicant.password());
			application = applications.save(new PartnerApplication(accountId, profile, locale));
		}
		var token = application.newToken(linkValidity);
		mail(application, "mail.joining.confirm", applicant.name().strip(), baseUrl + "/bliv-partner/bekraeft?token="
				+ token, linkValidity.toDays());
		return OptionalLong.of(application.getId());
	}

	/**
	 * Confirms the address by the mailed link: the application waits for the secretariat, who is told. False for a
	 * link that is unknown, used or expired.
	 */
	public boolean confirm(String token, String baseUrl) {
		var application = byToken(token);
		if (application.isEmpty() || application.get().getStatus() != ApplicationStatus.UNCONFIRMED) {
			return false;
		}
		application.get().confirm();
		tellSecretariat(application.get(), baseUrl);
		return true;
	}

	/** The applications the secretariat has to look at (waiting first among them by age), a page of them. */
	@Transactional(readOnly = true)
	public Page<ApplicationRow> open(Pageable pageable) {
		return applications.findByStatusInOrderByCreatedAt(OPEN, pageable).map(this::row);
	}

	/** How many applications wait for the secretariat. */
	@Transactional(readOnly = true)
	public long waiting() {
		return applications.countByStatus(ApplicationStatus.WAITING);
	}

	/** One application, for the secretariat's decision. */
	@Transactional(readOnly = true)
	public ApplicationView application(long id) {
		var application = find(id);
		return new ApplicationView(row(application), application.getProfile(), application.getMessage(),
				application.getConfirmedAt(), application.getDecidedAt(), application.getPartnerId());
	}

	/**
	 * Approves a waiting application: the partner is made from the profile, the login opens for it, and the
	 * applicant is told. Refused when the application does not wait for the secretariat.
	 */
	public long approve(long id, String baseUrl) {
		var application = waitingOne(id);
		checkThemes(application.getProfile());
		long partnerId = actors.createPartner(application.getProfile());
		accounts.openApplicantLogin(application.getAccountId(), partnerId);
		application.approve(partnerId);
		mail(application, "mail.joining.approved", applicantName(application), baseUrl + "/login",
				baseUrl + "/partnere/" + partnerId);
		return partnerId;
	}

	/** Rejects a waiting application with a reason the applicant is told. */
	public void reject(long id, String reason) {
		var application = waitingOne(id);
		application.reject(reason.strip());
		mail(application, "mail.joining.rejected", applicantName(application), reason.strip());
	}

	/** Asks the applicant for more: they get the question and a link to answer it by changing their profile. */
	public void askForMore(long id, String question, String baseUrl) {
		var application = waitingOne(id);
		application.askForMore(question.strip());
		var token = application.newToken(linkValidity);
		mail(application, "mail.joining.question", applicantName(application), question.strip(),
				baseUrl + "/bliv-partner/svar?token=" + token, linkValidity.toDays());
	}

	/** The secretariat's question and the profile as it stands, for the applicant who follows the link. */
	@Transactional(readOnly = true)
	public Optional<Question> question(String token) {
		return byToken(token).filter(a -> a.getStatus() == ApplicationStatus.MORE_ASKED)
			.map(a -> new Question(a.getMessage(), a.getProfile()));
	}

	/** The secretariat's question and the profile it is about. */
	public record Question(String question, PartnerDetails profile) {
	}

	/**
	 * The applicant's answer: the changed profile, after which the application waits for the secretariat again (who
	 * is told). False for a link that is unknown, used or expired.
	 */
	public boolean answer(String token, PartnerDetails changed, String baseUrl) {
		var application = byToken(token).filter(a -> a.getStatus() == ApplicationStatus.MORE_ASKED);
		if (application.isEmpty()) {
			return false;
		}
		checkThemes(changed);
		application.get().answer(changed);
		tellSecretariat(application.get(), baseUrl);
		return true;
	}

	/** An application as listed: who, which partner, where it is. */
	public record ApplicationRow(long id, String applicantName, String applicantEmail, String partnerName,
			ApplicationStatus status, Instant createdAt) {
	}

	/** An application whole, for the decision. */
	public record ApplicationView(ApplicationRow row, PartnerDetails profile, String message, Instant confirmedAt,
			Instant decidedAt, Long partnerId) {
	}

	private ApplicationRow row(PartnerApplication application) {
		var account = accounts.account(application.getAccountId());
		return new ApplicationRow(application.getId(), account.displayName(), account.email(),
				application.getProfile().name(), application.getStatus(), application.getCreatedAt());
	}

	private PartnerApplication find(long id) {
		return applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
	}

	private PartnerApplication waitingOne(long id) {
		var application = find(id);
		if (application.getStatus() != ApplicationStatus.WAITING) {
			throw new RefusedException(null, "joining.error.notWaiting");
		}
		return application;
	}

	private Optional<PartnerApplication> byToken(String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		return applications.findByLinkTokenHash(OneTimeTokens.hash(token)).filter(a -> a.tokenUsable(Instant.now()));
	}

	private void checkThemes(PartnerDetails profile) {
		var known = actors.themes().stream().map(Theme::getId).collect(Collectors.toSet());
		if (profile.themeIds() != null && !known.containsAll(profile.themeIds())) {
			throw new RefusedException("themeIds", "joining.error.unknownTheme");
		}
	}

	private String applicantName(PartnerApplication application) {
		return accounts.account(application.getAccountId()).displayName();
	}

	private void mail(PartnerApplication application, String key, Object... args) {
		var locale = application.getLocale();
		mailer.send(accounts.account(application.getAccountId()).email(),
				messages.getMessage(key + ".subject", null, locale), messages.getMessage(key + ".body", args, locale));
	}

	private void tellSecretariat(PartnerApplication application, String baseUrl) {
		var link = baseUrl + "/sekretariat/ansoegninger/" + application.getId();
		accounts.secretariat()
			.forEach(a -> mailer.send(a.email(),
					messages.getMessage("mail.joining.waiting.subject",
							new Object[] { application.getProfile().name() }, Locale.forLanguageTag("da")),
					messages.getMessage("mail.joining.waiting.body",
							new Object[] { application.getProfile().name(), applicantName(application), link },
							Locale.forLanguageTag("da"))));
	}
}
