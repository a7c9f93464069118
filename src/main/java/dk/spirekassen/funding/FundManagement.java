package dk.spirekassen.funding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.AccountManagement.AccountRow;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.AssociationRole;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.funding.FundViews.ApplicationPage;
import dk.spirekassen.funding.FundViews.ApplicationView;
import dk.spirekassen.funding.FundViews.AssignmentView;
import dk.spirekassen.funding.FundViews.AuditView;
import dk.spirekassen.funding.FundViews.CallState;
import dk.spirekassen.funding.FundViews.CallSummary;
import dk.spirekassen.funding.FundViews.CallView;
import dk.spirekassen.funding.FundViews.ConflictReason;
import dk.spirekassen.funding.FundViews.CriterionView;
import dk.spirekassen.funding.FundViews.GrantRow;
import dk.spirekassen.funding.FundViews.Granted;
import dk.spirekassen.funding.FundViews.OpenCall;
import dk.spirekassen.funding.FundViews.PayoutView;
import dk.spirekassen.funding.FundViews.ProjectFocus;
import dk.spirekassen.funding.FundViews.Ranked;
import dk.spirekassen.funding.FundViews.Ranking;
import dk.spirekassen.funding.FundViews.ReviewTask;
import dk.spirekassen.funding.FundViews.ReviewerOption;
import dk.spirekassen.funding.FundViews.ReviewerScores;
import dk.spirekassen.funding.FundViews.ScoreRow;
import dk.spirekassen.funding.FundViews.Seat;
import dk.spirekassen.funding.Normalisation.Result;
import dk.spirekassen.mail.Mailer;
import dk.spirekassen.funding.FundViews.ProjectContext;
import dk.spirekassen.projects.NeedStatus;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectManagement.SeedFacts;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Times;

/**
 * The seed fund's work: the secretariat opens calls; a project's lead (or its owner organisation's staff) applies
 * within a call's window; the secretariat assigns reviewers from the board and the advisory board, never one with a
 * conflict of interest; reviewers score each criterion; the secretariat records the board's decision, which takes
 * the call's row lock so its budget is never over-committed, and a grant becomes a funding line of the association's
 * own money on the project; the grant is then paid out in tranches tied to milestones. Every step goes to the audit
 * log, and the applicant is told by mail when the application is received, taken into review and decided.
 */
@Service
@Transactional
public class FundManagement {

	/** The funder's name on a project's funding line of a grant. */
	static final String FUNDER = "Spirekassen";

	/** The association's people who review applications. */
	private static final Set<AssociationRole> REVIEWERS = EnumSet.of(AssociationRole.CHAIR, AssociationRole.BOARD,
			AssociationRole.EXECUTIVE_COMMITTEE, AssociationRole.ADVISORY_BOARD);

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Calls calls;

	private final GrantApplications applications;

	private final Reviews reviews;

	private final AuditLog audit;

	private final Payouts payouts;

	private final ProjectManagement projects;

	private final ProjectCatalogue catalogue;

	private final Directory directory;

	private final ActorManagement actors;

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	FundManagement(Calls calls, GrantApplications applications, Reviews reviews, AuditLog audit, Payouts payouts,
			ProjectManagement projects, ProjectCatalogue catalogue, Directory directory, ActorManagement actors,
			AccountManagement accounts, Mailer mailer, MessageSource messages, Clock clock,
			@Value("${spirekassen.base-url}") String baseUrl) {
		this.calls = calls;
		this.applications = applications;
		this.reviews = reviews;
		this.audit = audit;
		this.payouts = payouts;
		this.projects = projects;
		this.catalogue = catalogue;
		this.directory = directory;
		this.actors = actors;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * The fund as it was on another day: to record calls held before the platform, such as the demo's 2022 and 2023
	 * calls, through the same rules. It is no Spring bean, so it runs only inside a caller's transaction.
	 */
	public FundManagement asOf(Clock other) {
		return new FundManagement(calls, applications, reviews, audit, payouts, projects, catalogue, directory,
				actors, accounts, mailer, messages, other, baseUrl);
	}

	// --- calls

	/** Every grant made, oldest decision first, whatever project it went to. */
	@Transactional(readOnly = true)
	public List<Granted> grants() {
		var granted = applications.findByStatusOrderByDecidedOnAscIdAsc(GrantStatus.GRANTED);
		var titles = new HashMap<Long, String>();
		calls.findAllById(granted.stream().map(GrantApplication::getCallId).distinct().toList())
			.forEach(c -> titles.put(c.getId(), c.getTitle()));
		return granted.stream()
			.map(a -> new Granted(a.getId(), a.getProjectId(), a.getCallId(), titles.get(a.getCallId()),
					a.getSummary(), a.getGranted(), a.getDecidedOn()))
			.toList();
	}

	public long createCall(CallDetails details, Viewer viewer) {
		requireSecretariat(viewer);
		var call = calls.saveAndFlush(new Call(details, clock.instant()));
		audit.record(call.getId(), null, viewer.name(), AuditAction.CALL_CREATED,
				call.getTitle() + " · " + call.getBudget() + " kr.", clock.instant());
		return call.getId();
	}

	@Transactional(readOnly = true)
	public List<CallSummary> calls() {
		var today = today();
		var result = new ArrayList<CallSummary>();
		for (var call : calls.findAllByOrderByOpensOnDescIdDesc()) {
			var of = applications.findByCallIdOrderBySubmittedAtAscIdAsc(call.getId());
			result.add(new CallSummary(call.getId(), call.getTitle(), call.getBudget(), call.getCommitted(),
					call.getOpensOn(), call.getClosesOn(), state(call, today), of.size(),
					of.stream().filter(a -> a.getStatus() == GrantStatus.GRANTED).count()));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public CallView call(long id, Viewer viewer, Locale locale) {
		return callView(call(id), viewer, locale);
	}

	private CallView callView(Call call, Viewer viewer, Locale locale) {
		var themes = actors.themes().stream()
			.filter(t -> call.getThemeIds().contains(t.getId()))
			.map(t -> t.getName(locale))
			.sorted()
			.toList();
		var of = applications.findByCallIdOrderBySubmittedAtAscIdAsc(call.getId());
		var grants = of.stream()
			.filter(a -> a.getStatus() == GrantStatus.GRANTED)
			.map(a -> {
				var title = catalogue.title(a.getProjectId(), viewer);
				return new GrantRow(a.getId(), title.isPresent() ? a.getProjectId() : null, title.orElse(null),
						a.getGranted(), a.getDecidedOn());
			})
			.toList();
		return new CallView(call.getId(), call.getTitle(), call.getDescription(), call.getBudget(),
				call.getMaxPerProject(), call.getOpensOn(), call.getClosesOn(), state(call, today()),
				call.getCommitted(), themes, criteria(call), grants, of.size());
	}

	private static List<CriterionView> criteria(Call call) {
		return call.getCriteria()
			.stream()
			.map(c -> new CriterionView(c.getId(), c.getName(), c.getAspect(), c.getWeight()))
			.toList();
	}

	private static CallState state(Call call, LocalDate today) {
		return today.isBefore(call.getOpensOn()) ? CallState.UPCOMING
				: call.openOn(today) ? CallState.OPEN : CallState.CLOSED;
	}

	// --- applying

	/** The projects the viewer may apply for to the call: their own, active, on one of the call's themes. */
	@Transactional(readOnly = true)
	public List<SeedFacts> applicable(long callId, Viewer viewer) {
		var call = call(callId);
		return projects.applicable(viewer).stream().filter(p -> call.admits(p.themeIds())).toList();
	}

	/** An application pre-filled from the project: its summary, budget and the money others put in. */
	@Transactional(readOnly = true)
	public ApplicationDetails prefill(long projectId, Viewer viewer) {
		var facts = projects.seedFacts(projectId)
			.filter(f -> projects.mayApply(projectId, viewer))
			.orElseThrow(() -> new NotFoundException("project", projectId));
		return new ApplicationDetails(facts.summary(), "", 0, facts.budget(), facts.coFinancing());
	}

	/** What an application form shows beside it: the project's title, its indicators and its open needs. */
	@Transactional(readOnly = true)
	public ProjectContext applicationContext(long projectId, Viewer viewer) {
		if (!projects.mayApply(projectId, viewer)) {
			throw new NotFoundException("project", projectId);
		}
		var project = catalogue.project(projectId, viewer, DANISH);
		return new ProjectContext(projectId, project.row().title(), project.indicators(),
				project.needs().stream().filter(n -> n.status() == NeedStatus.OPEN).toList());
	}

	public long apply(long callId, long projectId, ApplicationDetails details, Viewer viewer) {
		var call = call(callId);
		if (!call.openOn(today())) {
			throw new FundRuleException(null, "fund.error.closed");
		}
		var facts = projects.seedFacts(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
		if (!projects.mayApply(projectId, viewer)) {
			throw new AccessDeniedException("Only the project's lead or owner applies");
		}
		if (!facts.stage().active()) {
			throw new FundRuleException("projectId", "fund.error.projectStage");
		}
		if (!call.admits(facts.themeIds())) {
			throw new FundRuleException("projectId", "fund.error.theme");
		}
		if (details.requested() <= 0) {
			throw new FundRuleException("requested", "fund.error.requested");
		}
		if (details.requested() > call.getMaxPerProject()) {
			throw new FundRuleException("requested", "fund.error.overMax", call.getMaxPerProject());
		}
		if (details.coFinancing() < 0 || details.projectBudget() != null && details.projectBudget() < 0) {
			throw new FundRuleException("coFinancing", "fund.error.negative");
		}
		if (applications.existsByCallIdAndProjectId(callId, projectId)) {
			throw new FundRuleException("projectId", "fund.error.alreadyApplied");
		}
		GrantApplication application;
		try {
			application = applications.saveAndFlush(new GrantApplication(callId, projectId, viewer.accountId(),
					viewer.name(), details, clock.instant()));
		}
		catch (DataIntegrityViolationException sameMoment) {
			throw new FundRuleException("projectId", "fund.error.alreadyApplied");
		}
		audit.record(callId, application.getId(), viewer.name(), AuditAction.APPLIED,
				facts.title() + " · " + details.requested() + " kr.", clock.instant());
		tellApplicant(application, call, "fund.mail.received");
		return application.getId();
	}

	public void withdraw(long applicationId, Viewer viewer) {
		var application = application(applicationId);
		if (seat(application, viewer).filter(s -> s == Seat.APPLICANT || s == Seat.SECRETARIAT).isEmpty()) {
			throw new NotFoundException("application", applicationId);
		}
		application.withdraw();
		audit.record(application.getCallId(), applicationId, viewer.name(), AuditAction.WITHDRAWN, null,
				clock.instant());
	}

	// --- review

	/** The people of the board and the advisory board who have a login: those who may review. */
	@Transactional(readOnly = true)
	public List<AccountRow> reviewerPool() {
		var people = directory.associationPeople()
			.stream()
			.filter(p -> p.associationRole() != null && REVIEWERS.contains(p.associationRole()) && p.email() != null)
			.toList();
		return accounts.accountsByEmail(people.stream().map(p -> p.email()).toList())
			.stream()
			.filter(AccountRow::enabled)
			.sorted(Comparator.comparing(AccountRow::displayName))
			.toList();
	}

	public void assign(long applicationId, long reviewerId, Viewer viewer) {
		requireSecretariat(viewer);
		var application = application(applicationId);
		var reviewer = reviewerPool().stream()
			.filter(r -> r.id() == reviewerId)
			.findFirst()
			.orElseThrow(() -> new FundRuleException("reviewerId", "fund.error.notReviewer"));
		var conflict = conflict(application, reviewer, facts(application), declared(applicationId));
		if (conflict.isPresent()) {
			throw new FundRuleException("reviewerId", "fund.error.conflict", reviewer.displayName());
		}
		if (reviews.assignments(applicationId).stream().anyMatch(a -> a.reviewerId() == reviewerId)) {
			throw new FundRuleException("reviewerId", "fund.error.alreadyAssigned", reviewer.displayName());
		}
		boolean intoReview = application.takeIntoReview();
		reviews.assign(applicationId, reviewerId, reviewer.displayName(), clock.instant());
		audit.record(application.getCallId(), applicationId, viewer.name(), AuditAction.REVIEWER_ASSIGNED,
				reviewer.displayName(), clock.instant());
		if (intoReview) {
			tellApplicant(application, call(application.getCallId()), "fund.mail.inReview");
		}
	}

	public void unassign(long applicationId, long reviewerId, Viewer viewer) {
		requireSecretariat(viewer);
		var application = application(applicationId);
		var assignment = reviews.assignments(applicationId)
			.stream()
			.filter(a -> a.reviewerId() == reviewerId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("reviewer", reviewerId));
		reviews.unassign(applicationId, reviewerId);
		audit.record(application.getCallId(), applicationId, viewer.name(), AuditAction.REVIEWER_REMOVED,
				assignment.reviewerName(), clock.instant());
	}

	/** A reviewer declares a conflict of interest: their scores are removed, and they no longer see it. */
	public void declareConflict(long applicationId, String reason, Viewer viewer) {
		var application = application(applicationId);
		if (seat(application, viewer).filter(s -> s == Seat.REVIEWER).isEmpty()) {
			throw new NotFoundException("application", applicationId);
		}
		if (reason == null || reason.isBlank()) {
			throw new FundRuleException("reason", "fund.error.reason");
		}
		reviews.declare(applicationId, viewer.accountId(), reason.strip(), clock.instant());
		audit.record(application.getCallId(), applicationId, viewer.name(), AuditAction.CONFLICT_DECLARED,
				reason.strip(), clock.instant());
	}

	/** A reviewer's score of every criterion (0 to 5), replacing what they gave before; while the board has not decided. */
	public void score(long applicationId, Map<Long, Integer> scores, Map<Long, String> notes, Viewer viewer) {
		var application = application(applicationId);
		if (seat(application, viewer).filter(s -> s == Seat.REVIEWER).isEmpty()) {
			throw new NotFoundException("application", applicationId);
		}
		if (!application.getStatus().open()) {
			throw new FundRuleException(null, "fund.error.decided");
		}
		var call = call(application.getCallId());
		for (var criterion : call.getCriteria()) {
			var score = scores.get(criterion.getId());
			if (score == null || score < 0 || score > 5) {
				throw new FundRuleException("score" + criterion.getId(), "fund.error.score", criterion.getName());
			}
		}
		var known = call.getCriteria().stream().map(Criterion::getId).collect(Collectors.toSet());
		var kept = new LinkedHashMap<Long, Integer>();
		scores.forEach((criterion, score) -> {
			if (known.contains(criterion)) {
				kept.put(criterion, score);
			}
		});
		reviews.score(applicationId, viewer.accountId(), kept, notes, clock.instant());
		var weights = weights(call);
		double raw = kept.entrySet().stream().mapToDouble(e -> e.getValue() * (double) weights.get(e.getKey())).sum()
				/ weights.values().stream().mapToInt(Integer::intValue).sum();
		audit.record(application.getCallId(), applicationId, viewer.name(), AuditAction.SCORED,
				String.format(Locale.ROOT, "%.2f", raw), clock.instant());
	}

	// --- decision

	/** The board's decision as the secretariat records it: granted with an amount, or not, with the rationale. */
	public record Decision(boolean grant, Long amount, String rationale) {
	}

	/**
	 * Records the board's decision. A grant needs two complete reviews, and takes the call's row lock before it
	 * reads the budget left, so decisions made at the same moment on the same call are taken one after the other and
	 * never commit more than the budget; it then appears on the project as a funding line from Spirekassen.
	 */
	public void decide(long applicationId, Decision decision, Viewer viewer) {
		requireSecretariat(viewer);
		if (decision.rationale() == null || decision.rationale().isBlank()) {
			throw new FundRuleException("rationale", "fund.error.rationale");
		}
		long callId = application(applicationId).getCallId();
		var call = calls.lock(callId).orElseThrow(() -> new NotFoundException("call", callId));
		var application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("application", applicationId));
		var today = today();
		if (decision.grant()) {
			if (decision.amount() == null) {
				throw new FundRuleException("granted", "fund.error.grantAmount", application.getRequested());
			}
			var result = results(call).getOrDefault(applicationId, Result.none(applicationId));
			if (result.reviews().size() < 2) {
				throw new FundRuleException(null, "fund.error.fewReviews");
			}
			application.grant(decision.amount(), decision.rationale(), today);
			call.commit(decision.amount());
			calls.flush();
			projects.recordSeedGrant(application.getProjectId(), applicationId, FUNDER, decision.amount(),
					application.getSubmittedAt().atZone(Times.DANISH_TIME).toLocalDate(), today);
			audit.record(callId, applicationId, viewer.name(), AuditAction.GRANTED,
					decision.amount() + " kr. · " + decision.rationale().strip(), clock.instant());
		}
		else {
			application.reject(decision.rationale(), today);
			audit.record(callId, applicationId, viewer.name(), AuditAction.REJECTED, decision.rationale().strip(),
					clock.instant());
		}
		applications.flush();
		tellApplicant(application, call, decision.grant() ? "fund.mail.granted" : "fund.mail.rejected");
	}

	// --- payouts

	public long planPayout(long applicationId, String milestone, long amount, LocalDate dueOn, Viewer viewer) {
		requireSecretariat(viewer);
		var application = application(applicationId);
		if (application.getStatus() != GrantStatus.GRANTED) {
			throw new FundRuleException(null, "fund.error.notGranted");
		}
		if (milestone == null || milestone.isBlank()) {
			throw new FundRuleException("milestone", "fund.error.milestone");
		}
		long planned = payouts.of(applicationId).stream().mapToLong(Payouts.Payout::amount).sum();
		if (amount <= 0 || planned + amount > application.getGranted()) {
			throw new FundRuleException("amount", "fund.error.payoutOver", application.getGranted() - planned);
		}
		long id = payouts.plan(applicationId, milestone.strip(), amount, dueOn);
		audit.record(application.getCallId(), applicationId, viewer.name(), AuditAction.PAYOUT_PLANNED,
				milestone.strip() + " · " + amount + " kr.", clock.instant());
		return id;
	}

	public void markPaid(long applicationId, long payoutId, Viewer viewer) {
		requireSecretariat(viewer);
		var application = application(applicationId);
		var payout = payouts.of(applicationId)
			.stream()
			.filter(p -> p.id() == payoutId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("payout", payoutId));
		if (!payouts.markPaid(applicationId, payoutId, today())) {
			throw new FundRuleException(null, "fund.error.paid");
		}
		audit.record(application.getCallId(), applicationId, viewer.name(), AuditAction.PAYOUT_PAID,
				payout.milestone() + " · " + payout.amount() + " kr.", clock.instant());
	}

	// --- reading

	/** An application's page as the viewer's seat shows it; one they may not see is as unknown as a missing one. */
	@Transactional(readOnly = true)
	public ApplicationPage application(long id, Viewer viewer) {
		var application = application(id);
		var seat = seat(application, viewer).orElseThrow(() -> new NotFoundException("application", id));
		var call = call(application.getCallId());
		var criteria = criteria(call);
		var view = view(application, call, viewer);
		var payoutViews = payouts.of(id)
			.stream()
			.map(p -> new PayoutView(p.id(), p.milestone(), p.amount(), p.dueOn(), p.paidOn()))
			.toList();
		var log = audit.ofApplication(id)
			.stream()
			.filter(e -> seat == Seat.SECRETARIAT || e.action() != AuditAction.SCORED
					&& e.action() != AuditAction.CONFLICT_DECLARED && e.action() != AuditAction.REVIEWER_ASSIGNED
					&& e.action() != AuditAction.REVIEWER_REMOVED)
			.map(e -> new AuditView(e.at(), seat == Seat.SECRETARIAT ? e.actorName() : null, e.action(),
					seat == Seat.SECRETARIAT ? e.detail() : null))
			.toList();
		var scored = reviews.scoresOfCall(call.getId()).stream().filter(s -> s.applicationId() == id).toList();
		if (seat == Seat.REVIEWER) {
			var mine = scored.stream()
				.filter(s -> s.reviewerId() == viewer.accountId())
				.collect(Collectors.toMap(Reviews.Scored::criterionId, s -> s));
			var rows = criteria.stream().map(c -> {
				var s = mine.get(c.id());
				return new ScoreRow(c, s == null ? null : s.score(), s == null ? null : s.note());
			}).toList();
			return new ApplicationPage(view, seat, criteria, List.of(), List.of(), List.of(), null, rows, payoutViews,
					List.of());
		}
		if (seat == Seat.APPLICANT) {
			return new ApplicationPage(view, seat, criteria, List.of(), List.of(), List.of(), null, List.of(),
					payoutViews, log);
		}
		var facts = facts(application);
		var declared = declared(id);
		var pool = reviewerPool();
		var byId = pool.stream().collect(Collectors.toMap(AccountRow::id, a -> a));
		var complete = Normalisation.of(toScores(scored), weights(call)).getOrDefault(id, Result.none(id));
		var completeIds = complete.reviews().stream().map(Normalisation.Review::reviewerId).collect(Collectors.toSet());
		var assignments = reviews.assignments(id).stream().map(a -> {
			var account = byId.get(a.reviewerId());
			var conflict = account == null ? declaredConflict(a.reviewerId(), declared)
					: conflict(application, account, facts, declared).orElse(null);
			return new AssignmentView(a.reviewerId(), a.reviewerName(), a.assignedAt(),
					completeIds.contains(a.reviewerId()), conflict);
		}).toList();
		var assigned = assignments.stream().map(AssignmentView::reviewerId).collect(Collectors.toSet());
		var roles = roles();
		var options = pool.stream()
			.filter(a -> !assigned.contains(a.id()))
			.map(a -> new ReviewerOption(a.id(), a.displayName(), roles.get(a.email().toLowerCase(Locale.ROOT)),
					conflict(application, a, facts, declared).orElse(null)))
			.toList();
		var names = assignments.stream().collect(Collectors.toMap(AssignmentView::reviewerId, AssignmentView::name));
		var byReviewer = new LinkedHashMap<Long, Map<Long, Reviews.Scored>>();
		scored.forEach(s -> byReviewer.computeIfAbsent(s.reviewerId(), r -> new HashMap<>()).put(s.criterionId(), s));
		var scores = new ArrayList<ReviewerScores>();
		byReviewer.forEach((reviewer, of) -> scores.add(new ReviewerScores(reviewer,
				names.getOrDefault(reviewer, "?"), criteria.stream().map(c -> {
					var s = of.get(c.id());
					return new ScoreRow(c, s == null ? null : s.score(), s == null ? null : s.note());
				}).toList())));
		var results = results(call);
		return new ApplicationPage(view, seat, criteria, assignments, options, scores,
				results.getOrDefault(id, Result.none(id)), List.of(), payoutViews, log);
	}

	/** The open applications of a call ranked by normalised score within what is left of the budget, then the decided. */
	@Transactional(readOnly = true)
	public Ranking ranking(long callId, Viewer viewer, Locale locale) {
		requireSecretariat(viewer);
		var call = call(callId);
		var results = results(call);
		var assignments = reviews.assignmentsOfCall(callId)
			.stream()
			.collect(Collectors.groupingBy(Reviews.Assignment::applicationId, Collectors.counting()));
		var open = new ArrayList<GrantApplication>();
		var decided = new ArrayList<ApplicationView>();
		for (var application : applications.findByCallIdOrderBySubmittedAtAscIdAsc(callId)) {
			if (application.getStatus().open()) {
				open.add(application);
			}
			else {
				decided.add(view(application, call, viewer));
			}
		}
		open.sort(Comparator.comparingDouble((GrantApplication a) -> -results.getOrDefault(a.getId(),
				Result.none(a.getId())).meanZ())
			.thenComparingDouble(a -> -results.getOrDefault(a.getId(), Result.none(a.getId())).meanRaw())
			.thenComparing(GrantApplication::getSubmittedAt));
		var ranked = new ArrayList<Ranked>();
		long cumulative = 0;
		int rank = 0;
		for (var application : open) {
			cumulative += application.getRequested();
			var result = results.getOrDefault(application.getId(), Result.none(application.getId()));
			ranked.add(new Ranked(++rank, view(application, call, viewer), result,
					assignments.getOrDefault(application.getId(), 0L).intValue(), cumulative,
					cumulative <= call.remaining()));
		}
		return new Ranking(callView(call, viewer, locale), ranked, decided);
	}

	/** The applications the viewer is asked to review, without those they have a conflict with. */
	@Transactional(readOnly = true)
	public List<ReviewTask> reviewTasks(Viewer viewer) {
		if (!viewer.signedIn()) {
			return List.of();
		}
		var tasks = new ArrayList<ReviewTask>();
		var callsById = new HashMap<Long, Call>();
		for (var application : applications.findByIdIn(reviews.assignedTo(viewer.accountId()))) {
			if (seat(application, viewer).filter(s -> s == Seat.REVIEWER).isEmpty()) {
				continue;
			}
			var call = callsById.computeIfAbsent(application.getCallId(), this::call);
			var done = Normalisation.of(toScores(reviews.scoresOfCall(call.getId())), weights(call))
				.getOrDefault(application.getId(), Result.none(application.getId()))
				.reviews()
				.stream()
				.anyMatch(r -> r.reviewerId() == viewer.accountId());
			tasks.add(new ReviewTask(application.getId(), call.getTitle(),
					projects.seedFacts(application.getProjectId()).map(SeedFacts::title).orElse("?"),
					application.getStatus(), done));
		}
		tasks.sort(Comparator.comparing(ReviewTask::complete).thenComparing(ReviewTask::applicationId));
		return tasks;
	}

	/** The applications the viewer made, newest first. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applicationsOf(Viewer viewer) {
		if (!viewer.signedIn()) {
			return List.of();
		}
		var callsById = new HashMap<Long, Call>();
		return applications.findByApplicantAccountIdOrderBySubmittedAtDesc(viewer.accountId())
			.stream()
			.map(a -> view(a, callsById.computeIfAbsent(a.getCallId(), this::call), viewer))
			.toList();
	}

	/** The applications made for a project and their status, for those who may apply for it or the secretariat. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applicationsFor(long projectId, Viewer viewer) {
		if (!viewer.secretariat() && !projects.mayApply(projectId, viewer)) {
			return List.of();
		}
		var callsById = new HashMap<Long, Call>();
		return applications.findByProjectIdOrderBySubmittedAtDesc(projectId)
			.stream()
			.map(a -> view(a, callsById.computeIfAbsent(a.getCallId(), this::call), viewer))
			.toList();
	}

	/**
	 * A project's applications and the open calls on its themes it has not applied to yet, for those who may apply
	 * for it; nothing for anyone else.
	 */
	@Transactional(readOnly = true)
	public Optional<ProjectFocus> focus(long projectId, Viewer viewer) {
		if (!viewer.signedIn() || !projects.mayApply(projectId, viewer)) {
			return Optional.empty();
		}
		return projects.seedFacts(projectId).map(facts -> {
			var applied = applications.findByProjectIdOrderBySubmittedAtDesc(projectId);
			var taken = applied.stream().map(GrantApplication::getCallId).collect(Collectors.toSet());
			var today = today();
			var open = facts.stage().active() ? calls.findAllByOrderByOpensOnDescIdDesc()
				.stream()
				.filter(c -> c.openOn(today) && c.admits(facts.themeIds()) && !taken.contains(c.getId()))
				.map(c -> new OpenCall(c.getId(), c.getTitle(), c.getClosesOn()))
				.toList() : List.<OpenCall>of();
			var callsById = new HashMap<Long, Call>();
			var views = applied.stream()
				.map(a -> view(a, callsById.computeIfAbsent(a.getCallId(), this::call), viewer))
				.toList();
			return new ProjectFocus(projectId, facts.title(), views, open);
		});
	}

	// --- rules

	/**
	 * Who the viewer is to an application: the secretariat; the applicant, or whoever may apply for the project;
	 * or a reviewer assigned to it without a conflict of interest. Nobody else sees it.
	 */
	private Optional<Seat> seat(GrantApplication application, Viewer viewer) {
		if (!viewer.signedIn()) {
			return Optional.empty();
		}
		if (viewer.secretariat()) {
			return Optional.of(Seat.SECRETARIAT);
		}
		if (application.getApplicantAccountId() == viewer.accountId()
				|| projects.mayApply(application.getProjectId(), viewer)) {
			return Optional.of(Seat.APPLICANT);
		}
		boolean assigned = reviews.assignments(application.getId())
			.stream()
			.anyMatch(a -> a.reviewerId() == viewer.accountId());
		if (!assigned) {
			return Optional.empty();
		}
		var reviewer = new AccountRow(viewer.accountId(), null, viewer.name(), viewer.role(), viewer.organisationId(),
				viewer.partnerId(), true);
		return conflict(application, reviewer, facts(application), declared(application.getId())).isPresent()
				? Optional.empty() : Optional.of(Seat.REVIEWER);
	}

	/**
	 * A reviewer's conflict of interest with an application, found from the directory (they applied, or their
	 * organisation, their partner or they themselves own, are proposed to own or take part in the project) or
	 * declared by them.
	 */
	static Optional<ConflictReason> conflict(GrantApplication application, AccountRow reviewer, SeedFacts facts,
			List<Reviews.Declared> declared) {
		if (application.getApplicantAccountId() == reviewer.id()) {
			return Optional.of(ConflictReason.APPLICANT);
		}
		if (facts.accountIds().contains(reviewer.id())) {
			return Optional.of(ConflictReason.PARTICIPANT);
		}
		if (reviewer.organisationId() != null && facts.organisationIds().contains(reviewer.organisationId())) {
			return Optional.of(ConflictReason.ORGANISATION);
		}
		if (reviewer.partnerId() != null && facts.partnerIds().contains(reviewer.partnerId())) {
			return Optional.of(ConflictReason.PARTNER);
		}
		return Optional.ofNullable(declaredConflict(reviewer.id(), declared));
	}

	private static ConflictReason declaredConflict(long reviewerId, List<Reviews.Declared> declared) {
		return declared.stream().anyMatch(d -> d.reviewerId() == reviewerId) ? ConflictReason.DECLARED : null;
	}

	// --- helpers

	private Map<Long, Result> results(Call call) {
		return Normalisation.of(toScores(reviews.scoresOfCall(call.getId())), weights(call));
	}

	private static List<Normalisation.Score> toScores(List<Reviews.Scored> scored) {
		return scored.stream()
			.map(s -> new Normalisation.Score(s.applicationId(), s.reviewerId(), s.criterionId(), s.score()))
			.toList();
	}

	private static Map<Long, Integer> weights(Call call) {
		var weights = new LinkedHashMap<Long, Integer>();
		call.getCriteria().forEach(c -> weights.put(c.getId(), c.getWeight()));
		return weights;
	}

	private Map<String, String> roles() {
		var roles = new HashMap<String, String>();
		directory.associationPeople()
			.stream()
			.filter(p -> p.email() != null && p.associationRole() != null)
			.forEach(p -> roles.put(p.email().toLowerCase(Locale.ROOT), p.associationRole().name()));
		return roles;
	}

	private ApplicationView view(GrantApplication a, Call call, Viewer viewer) {
		var title = projects.seedFacts(a.getProjectId()).map(SeedFacts::title).orElse("?");
		return new ApplicationView(a.getId(), call.getId(), call.getTitle(), a.getProjectId(), title,
				a.getApplicantName(), a.getSummary(), a.getPurpose(), a.getRequested(), a.getProjectBudget(),
				a.getCoFinancing(), a.getStatus(), a.getSubmittedAt(), a.getGranted(), a.getDecidedOn(),
				a.getRationale());
	}

	private SeedFacts facts(GrantApplication application) {
		return projects.seedFacts(application.getProjectId())
			.orElseThrow(() -> new NotFoundException("project", application.getProjectId()));
	}

	private List<Reviews.Declared> declared(long applicationId) {
		return reviews.declared(applicationId);
	}

	private Call call(long id) {
		return calls.findById(id).orElseThrow(() -> new NotFoundException("call", id));
	}

	private GrantApplication application(long id) {
		return applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Times.DANISH_TIME));
	}

	private static void requireSecretariat(Viewer viewer) {
		if (!viewer.secretariat()) {
			throw new AccessDeniedException("The secretariat only");
		}
	}

	/** Tells the applicant by mail, in Danish, how their application stands, with a link to its page. */
	private void tellApplicant(GrantApplication application, Call call, String key) {
		var applicant = accounts.accounts(List.of(application.getApplicantAccountId()));
		if (applicant.isEmpty() || applicant.get(0).email() == null) {
			return;
		}
		var link = baseUrl + "/puljer/ansoegninger/" + application.getId();
		var project = projects.seedFacts(application.getProjectId()).map(SeedFacts::title).orElse("");
		var subject = messages.getMessage(key + ".subject", new Object[] { call.getTitle() }, DANISH);
		var body = messages.getMessage(key + ".body", new Object[] { applicant.get(0).displayName(), project,
				call.getTitle(), application.getGranted(),
				application.getRationale() == null ? "" : application.getRationale(), link }, DANISH);
		mailer.send(applicant.get(0).email(), subject, body);
	}
}
