package dk.spirekassen.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spirekassen.funding.Normalisation.Result;

/** What the seed fund's pages show, as records. */
public final class FundViews {

	private FundViews() {
	}

	/** Where a call is in time: not yet open, taking applications, or closed. */
	public enum CallState {
		UPCOMING, OPEN, CLOSED
	}

	/** Why a reviewer may not see or score an application. */
	public enum ConflictReason {
		/** The reviewer applied. */
		APPLICANT,
		/** The reviewer's organisation owns, is proposed to own or takes part in the project. */
		ORGANISATION,
		/** The reviewer's partner takes part in the project. */
		PARTNER,
		/** The reviewer takes part in the project or proposed it. */
		PARTICIPANT,
		/** The reviewer declared it. */
		DECLARED
	}

	/** A call in the list of calls. */
	public record CallSummary(long id, String title, long budget, long committed, LocalDate opensOn,
			LocalDate closesOn, CallState state, long applications, long granted) {
	}

	/** A criterion of a call. */
	public record CriterionView(long id, String name, Aspect aspect, int weight) {
	}

	/** A grant as everyone may see it; the project's title only for those who may see the project. */
	public record GrantRow(long applicationId, Long projectId, String projectTitle, long amount, LocalDate decidedOn) {
	}

	/**
	 * A grant made, for the open data: the application, its project and call, the application's summary, the amount
	 * granted and the day it was decided. Whether the project is public is for the reader to check.
	 */
	public record Granted(long applicationId, long projectId, long callId, String callTitle, String summary,
			long amount, LocalDate decidedOn) {
	}

	/** A call's page. */
	public record CallView(long id, String title, String description, long budget, long maxPerProject,
			LocalDate opensOn, LocalDate closesOn, CallState state, long committed, List<String> themes,
			List<CriterionView> criteria, List<GrantRow> grants, long applications) {

		public long remaining() {
			return budget - committed;
		}
	}

	/** An application as its page shows it. */
	public record ApplicationView(long id, long callId, String callTitle, long projectId, String projectTitle,
			String applicantName, String summary, String purpose, long requested, Long projectBudget,
			long coFinancing, GrantStatus status, Instant submittedAt, Long granted, LocalDate decidedOn,
			String rationale) {
	}

	/** Who looks at an application, which decides what its page shows. */
	public enum Seat {
		SECRETARIAT, APPLICANT, REVIEWER
	}

	/** A reviewer assigned to an application, how far their review is, and any conflict found since. */
	public record AssignmentView(long reviewerId, String name, Instant assignedAt, boolean complete,
			ConflictReason conflict) {
	}

	/** A reviewer the secretariat may assign: someone of the board or the advisory board with a login. */
	public record ReviewerOption(long accountId, String name, String role, ConflictReason conflict) {
	}

	/** A criterion with the score a reviewer gave it (null if none yet). */
	public record ScoreRow(CriterionView criterion, Integer score, String note) {
	}

	/** A reviewer's scores per criterion, as the secretariat sees them. */
	public record ReviewerScores(long reviewerId, String name, List<ScoreRow> scores) {
	}

	/** A payout tranche. */
	public record PayoutView(long id, String milestone, long amount, LocalDate dueOn, LocalDate paidOn) {
	}

	/** A step of the audit log. */
	public record AuditView(Instant at, String actorName, AuditAction action, String detail) {
	}

	/** An application's page for one seat. */
	public record ApplicationPage(ApplicationView application, Seat seat, List<CriterionView> criteria,
			List<AssignmentView> assignments, List<ReviewerOption> pool, List<ReviewerScores> scores, Result result,
			List<ScoreRow> myScores, List<PayoutView> payouts, List<AuditView> audit) {

		public long planned() {
			return payouts.stream().mapToLong(PayoutView::amount).sum();
		}

		public long paid() {
			return payouts.stream().filter(p -> p.paidOn() != null).mapToLong(PayoutView::amount).sum();
		}
	}

	/**
	 * An application in a call's ranking: its place by normalised score, its scores, and whether it fits within what
	 * is left of the budget when the ones above it are granted what they asked for.
	 */
	public record Ranked(int rank, ApplicationView application, Result result, int reviewers, long cumulative,
			boolean withinBudget) {
	}

	/** A call's ranking for the secretariat. */
	public record Ranking(CallView call, List<Ranked> open, List<ApplicationView> decided) {
	}

	/** An application a reviewer is asked to score. */
	public record ReviewTask(long applicationId, String callTitle, String projectTitle, GrantStatus status,
			boolean complete) {
	}

	/** A project's applications and the open calls it may still apply to, for those who may apply for it. */
	public record ProjectFocus(long id, String title, List<ApplicationView> applications, List<OpenCall> open) {
	}

	/** A call open for applications now, with its last day. */
	public record OpenCall(long id, String title, LocalDate closesOn) {
	}

	/** The project an application form is for: its title, indicators and open needs. */
	public record ProjectContext(long id, String title,
			List<dk.spirekassen.projects.ProjectViews.IndicatorView> indicators,
			List<dk.spirekassen.projects.ProjectViews.NeedView> needs) {
	}
}
