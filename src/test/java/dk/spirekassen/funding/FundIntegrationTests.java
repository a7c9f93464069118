package dk.spirekassen.funding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.spirekassen.ProjectSamples;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.AssociationRole;
import dk.spirekassen.actors.PersonDetails;
import dk.spirekassen.funding.CallDetails.CriterionDetails;
import dk.spirekassen.funding.FundManagement.Decision;
import dk.spirekassen.funding.FundViews.ConflictReason;
import dk.spirekassen.funding.FundViews.Seat;
import dk.spirekassen.projects.FunderKind;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectManagement.SeedFacts;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.ProjectGroupFormed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed fund's rules: who may apply and when, reviewers never see what they have a conflict with, a grant needs
 * two complete reviews and becomes a funding line on the project, and a call's budget is never over-committed, also
 * when decisions come at the same moment.
 */
@SpirekassenTest
class FundIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	FundManagement fund;

	@Autowired
	ProjectManagement projects;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ActorManagement actors;

	@Autowired
	JdbcClient jdbc;

	private ProjectSamples samples;

	private long organisation;

	private long otherOrganisation;

	private Viewer secretariat;

	private Viewer lead;

	@BeforeEach
	void samples() {
		var all = new Samples(context);
		samples = all.projects;
		organisation = all.organisation;
		otherOrganisation = all.otherOrganisation;
		secretariat = samples.secretariat;
		lead = samples.member;
	}

	private long openCall(long budget, long max, Set<Long> themes) {
		var today = LocalDate.now();
		return fund.createCall(new CallDetails("Prøvepulje " + System.nanoTime(), "Til prøver.", budget, max,
				today.minusDays(10), today.plusDays(10), themes,
				List.of(new CriterionDetails("Social værdi", Aspect.SOCIAL, 2),
						new CriterionDetails("Gennemførlighed", Aspect.FEASIBILITY, 1))),
				secretariat);
	}

	/** A project owned by the demo member's organisation, which the member may apply for. */
	private long project(Set<Long> themes) {
		return projects.propose(new ProjectDetails("Puljeprojekt " + System.nanoTime(), "Et projekt der søger.", null,
				Visibility.PUBLIC, organisation, 500_000L, themes, Set.of(), Set.of()), secretariat);
	}

	/** Someone of the board with a login at the given organisation. */
	private Viewer reviewer(String name, long at, AssociationRole role) {
		var email = "bedoemmer-" + System.nanoTime() + "@eksempel.dk";
		actors.addPersonToOrganisation(at, new PersonDetails(name, email, null, "Direktør", role));
		long id = accounts.createAccount(email, name, "en-lang-adgangskode", Role.MEMBER, at, null);
		return new Viewer(id, name, Role.MEMBER, at, null);
	}

	private long apply(long call, long project, long requested) {
		return fund.apply(call, project, new ApplicationDetails("Vi vil plante vilde blomster.", "Frø og redskaber.",
				requested, 500_000L, 100_000L), lead);
	}

	private void scoreAll(long application, Viewer reviewer, int social, int feasibility) {
		var criteria = fund.application(application, reviewer).criteria();
		fund.score(application, Map.of(criteria.get(0).id(), social, criteria.get(1).id(), feasibility), Map.of(),
				reviewer);
	}

	@Test
	void aGrantNeedsTwoReviewsAndBecomesTheProjectsFundingLine() {
		long call = openCall(1_000_000, 200_000, Set.of());
		long project = project(Set.of());
		long application = apply(call, project, 150_000);
		var first = reviewer("Første Bedømmer", otherOrganisation, AssociationRole.BOARD);
		var second = reviewer("Anden Bedømmer", otherOrganisation, AssociationRole.ADVISORY_BOARD);

		fund.assign(application, first.accountId(), secretariat);
		assertThat(fund.application(application, lead).application().status()).isEqualTo(GrantStatus.IN_REVIEW);
		scoreAll(application, first, 4, 3);
		assertThatThrownBy(() -> fund.decide(application, new Decision(true, 150_000L, "Godt projekt."), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.fewReviews"));

		fund.assign(application, second.accountId(), secretariat);
		scoreAll(application, second, 5, 4);
		assertThatThrownBy(() -> fund.decide(application, new Decision(true, 150_001L, "For meget."), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class, e -> assertThat(e.field()).isEqualTo("granted"));
		assertThatThrownBy(() -> fund.decide(application, new Decision(true, 100_000L, " "), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class, e -> assertThat(e.field()).isEqualTo("rationale"));

		fund.decide(application, new Decision(true, 120_000L, "Stærk social værdi."), secretariat);

		var page = fund.application(application, lead);
		assertThat(page.seat()).isEqualTo(Seat.APPLICANT);
		assertThat(page.application().status()).isEqualTo(GrantStatus.GRANTED);
		assertThat(page.application().granted()).isEqualTo(120_000L);
		assertThat(page.audit()).extracting(FundViews.AuditView::action)
			.containsExactly(AuditAction.APPLIED, AuditAction.GRANTED);
		var line = jdbc.sql("""
				select funder_name, funder_kind, status, amount from funding_line
				where project_id = ? and seed_application_id = ?""")
			.params(project, application)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.single();
		assertThat(line).containsExactly(FundManagement.FUNDER, FunderKind.ASSOCIATION.name(), "GRANTED", 120_000L);
		assertThat(fund.call(call, secretariat, java.util.Locale.ROOT).committed()).isEqualTo(120_000);
		assertThat(fund.call(call, dk.spirekassen.projects.Viewer.ANONYMOUS, java.util.Locale.ROOT).grants())
			.singleElement()
			.satisfies(g -> assertThat(g.amount()).isEqualTo(120_000));
		assertThat(jdbc.sql("select subject from outgoing_mail where recipient = ? order by id")
			.param("medlem@spirekassen.dk")
			.query(String.class)
			.list()).anySatisfy(subject -> assertThat(subject).contains("bevilget"));

		assertThatThrownBy(() -> fund.decide(application, new Decision(false, null, "Igen."), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.decided"));
		long line_ = jdbc.sql("select id from funding_line where seed_application_id = ?")
			.param(application)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> projects.removeFunding(project, line_, secretariat))
			.isInstanceOf(dk.spirekassen.projects.ProjectRuleException.class);
	}

	@Test
	void aProjectsLeadSeesItsApplicationsAndTheOpenCallsItMayStillApplyTo() {
		long applied = openCall(1_000_000, 200_000, Set.of());
		long notYet = openCall(1_000_000, 200_000, Set.of());
		var today = LocalDate.now();
		long closed = fund.createCall(new CallDetails("Lukket pulje " + System.nanoTime(), "Slut.", 100_000, 50_000,
				today.minusDays(30), today.minusDays(1), Set.of(), List.of(new CriterionDetails("Social værdi",
						Aspect.SOCIAL, 1))), secretariat);
		long project = project(Set.of());
		long application = apply(applied, project, 100_000);

		var focus = fund.focus(project, lead).orElseThrow();
		assertThat(focus.applications()).extracting(FundViews.ApplicationView::id).containsExactly(application);
		assertThat(focus.open()).extracting(FundViews.OpenCall::id).contains(notYet).doesNotContain(applied, closed);
		assertThat(fund.focus(project, secretariat)).isPresent();
		var stranger = reviewer("Fremmed Medarbejder", otherOrganisation, null);
		assertThat(fund.focus(project, stranger)).isEmpty();
		assertThat(fund.focus(project, Viewer.ANONYMOUS)).isEmpty();
	}

	@Test
	void aProjectGroupFromADevelopmentDayAppliesStraightAway() {
		long call = openCall(1_000_000, 200_000, Set.of());
		var member = reviewer("Gruppemedlem Med Login", otherOrganisation, null);
		var other = reviewer("Ikke Med I Gruppen", otherOrganisation, null);
		long group = -System.nanoTime();
		long project = projects.createFromGroup(new ProjectGroupFormed(1, "Prøvedagen", group,
				"Gruppen fra prøvedagen " + System.nanoTime(), "Et fælles værksted.", null, null,
				List.of(new ProjectGroupFormed.Member("Gruppemedlem Med Login", otherOrganisation, member.accountId()),
						new ProjectGroupFormed.Member("Uden Login", null, null))));

		assertThat(projects.mayApply(project, member)).as("a member of the group, with no lead yet").isTrue();
		assertThat(projects.mayApply(project, other)).as("staff of a member's organisation").isFalse();
		assertThat(fund.applicable(call, member)).extracting(SeedFacts::id).contains(project);
		long application = fund.apply(call, project, new ApplicationDetails("Værkstedet i kælderen.",
				"Værktøj og materialer.", 50_000, 80_000L, 30_000L), member);
		assertThat(fund.application(application, member).application().status()).isEqualTo(GrantStatus.SUBMITTED);
	}

	@Test
	void aReviewerWithAConflictCanNeitherBeAssignedNorSeeNorScore() {
		long call = openCall(1_000_000, 200_000, Set.of());
		long project = project(Set.of());
		long application = apply(call, project, 100_000);
		var sameOrganisation = reviewer("Inhabil Bedømmer", organisation, AssociationRole.BOARD);
		var participant = reviewer("Deltagende Bedømmer", otherOrganisation, AssociationRole.ADVISORY_BOARD);
		projects.addParticipant(project, ProjectRole.PARTICIPANT, null, null, participant.accountId(), secretariat);
		var declaring = reviewer("Erklærende Bedømmer", otherOrganisation, AssociationRole.BOARD);
		var outsider = reviewer("Udenforstående", otherOrganisation, null);

		var pool = fund.application(application, secretariat).pool();
		assertThat(pool).filteredOn(o -> o.accountId() == sameOrganisation.accountId())
			.singleElement()
			.satisfies(o -> assertThat(o.conflict()).isEqualTo(ConflictReason.ORGANISATION));
		assertThat(pool).filteredOn(o -> o.accountId() == participant.accountId())
			.singleElement()
			.satisfies(o -> assertThat(o.conflict()).isEqualTo(ConflictReason.PARTICIPANT));
		assertThat(pool).noneMatch(o -> o.accountId() == outsider.accountId());

		assertThatThrownBy(() -> fund.assign(application, sameOrganisation.accountId(), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class, e -> assertThat(e.field()).isEqualTo("reviewerId"));
		assertThatThrownBy(() -> fund.assign(application, participant.accountId(), secretariat))
			.isInstanceOf(FundRuleException.class);
		assertThatThrownBy(() -> fund.assign(application, outsider.accountId(), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.notReviewer"));

		fund.assign(application, declaring.accountId(), secretariat);
		assertThat(fund.application(application, declaring).seat()).isEqualTo(Seat.REVIEWER);
		scoreAll(application, declaring, 3, 3);
		fund.declareConflict(application, "Min søster er projektleder.", declaring);

		assertThatThrownBy(() -> fund.application(application, declaring)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> scoreAll(application, declaring, 5, 5)).isInstanceOf(NotFoundException.class);
		assertThat(fund.reviewTasks(declaring)).noneMatch(t -> t.applicationId() == application);
		assertThat(jdbc.sql("select count(*) from seed_score where application_id = ?")
			.param(application)
			.query(Long.class)
			.single()).as("the declared reviewer's scores are gone").isZero();
		assertThat(fund.application(application, secretariat).assignments()).singleElement()
			.satisfies(a -> assertThat(a.conflict()).isEqualTo(ConflictReason.DECLARED));
		assertThatThrownBy(() -> fund.application(application, outsider)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> fund.application(application, Viewer.ANONYMOUS))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void takesApplicationsOnlyWithinTheRules() {
		var theme = actors.createTheme("Puljetema " + System.nanoTime(), null);
		long call = openCall(1_000_000, 200_000, Set.of(theme));
		long onTheme = project(Set.of(theme));
		long offTheme = project(Set.of());

		assertThatThrownBy(() -> apply(call, offTheme, 100_000))
			.isInstanceOfSatisfying(FundRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.theme"));
		assertThatThrownBy(() -> apply(call, onTheme, 200_001))
			.isInstanceOfSatisfying(FundRuleException.class, e -> assertThat(e.field()).isEqualTo("requested"));
		assertThatThrownBy(() -> fund.apply(call, onTheme, new ApplicationDetails("Resumé", "Formål", 100_000, null, 0),
				samples.partner))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(fund.applicable(call, lead)).extracting(f -> f.id()).contains(onTheme).doesNotContain(offTheme);

		apply(call, onTheme, 100_000);
		assertThatThrownBy(() -> apply(call, onTheme, 50_000))
			.isInstanceOfSatisfying(FundRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.alreadyApplied"));

		var today = LocalDate.now();
		long closed = fund.createCall(new CallDetails("Lukket pulje " + System.nanoTime(), "Lukket.", 100_000,
				50_000, today.minusDays(30), today.minusDays(1), Set.of(),
				List.of(new CriterionDetails("Værdi", Aspect.CLIMATE, 1))), secretariat);
		assertThatThrownBy(() -> apply(closed, project(Set.of()), 10_000))
			.isInstanceOfSatisfying(FundRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.closed"));
		assertThatThrownBy(() -> fund.createCall(new CallDetails("Skæv", "Skæv.", 100_000, 200_000, today, today,
				Set.of(), List.of(new CriterionDetails("Værdi", Aspect.CLIMATE, 1))), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class, e -> assertThat(e.field()).isEqualTo("maxPerProject"));
		assertThatThrownBy(() -> fund.createCall(new CallDetails("Ikke min", "Nej.", 100_000, 50_000, today, today,
				Set.of(), List.of(new CriterionDetails("Værdi", Aspect.CLIMATE, 1))), lead))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void neverCommitsMoreThanTheBudgetWhenDecisionsComeAtOnce() throws Exception {
		int applicationsMade = 6;
		long call = openCall(300_000, 100_000, Set.of());
		var first = reviewer("Samtidig Første", otherOrganisation, AssociationRole.BOARD);
		var second = reviewer("Samtidig Anden", otherOrganisation, AssociationRole.CHAIR);
		var ids = new ArrayList<Long>();
		for (int i = 0; i < applicationsMade; i++) {
			long application = apply(call, project(Set.of()), 100_000);
			fund.assign(application, first.accountId(), secretariat);
			fund.assign(application, second.accountId(), secretariat);
			scoreAll(application, first, 1 + i % 5, 3);
			scoreAll(application, second, 5 - i % 5, 2);
			ids.add(application);
		}
		var ranking = fund.ranking(call, secretariat, java.util.Locale.ROOT);
		assertThat(ranking.open()).hasSize(applicationsMade);
		assertThat(ranking.open()).filteredOn(FundViews.Ranked::withinBudget).hasSize(3);

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(applicationsMade);
		try {
			var outcomes = new ArrayList<Future<Boolean>>();
			for (long id : ids) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						fund.decide(id, new Decision(true, 100_000L, "Samtidig bevilling."), secretariat);
						return true;
					}
					catch (FundRuleException refused) {
						assertThat(refused.messageKey()).isEqualTo("fund.error.overBudget");
						return false;
					}
				}));
			}
			start.countDown();
			int granted = 0;
			for (var outcome : outcomes) {
				granted += outcome.get() ? 1 : 0;
			}
			assertThat(granted).isEqualTo(3);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(fund.call(call, secretariat, java.util.Locale.ROOT).committed()).isEqualTo(300_000);
		assertThat(jdbc.sql("select coalesce(sum(amount), 0) from funding_line where seed_application_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single()).isEqualTo(300_000);
		assertThat(jdbc.sql("select count(*) from seed_application where call_id = ? and status = 'GRANTED'")
			.param(call)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void paysAGrantOutInTranchesNoMoreThanGranted() {
		long call = openCall(1_000_000, 200_000, Set.of());
		long application = apply(call, project(Set.of()), 100_000);
		var first = reviewer("Udbetaling Første", otherOrganisation, AssociationRole.BOARD);
		var second = reviewer("Udbetaling Anden", otherOrganisation, AssociationRole.BOARD);
		fund.assign(application, first.accountId(), secretariat);
		fund.assign(application, second.accountId(), secretariat);
		assertThatThrownBy(() -> fund.planPayout(application, "Start", 10_000, LocalDate.now(), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("fund.error.notGranted"));
		scoreAll(application, first, 4, 4);
		scoreAll(application, second, 4, 4);
		fund.decide(application, new Decision(true, 100_000L, "Bevilget."), secretariat);

		long start = fund.planPayout(application, "Opstart", 40_000, LocalDate.now(), secretariat);
		fund.planPayout(application, "Slutrapport", 60_000, LocalDate.now().plusMonths(6), secretariat);
		assertThatThrownBy(() -> fund.planPayout(application, "Ekstra", 1, LocalDate.now(), secretariat))
			.isInstanceOfSatisfying(FundRuleException.class, e -> assertThat(e.field()).isEqualTo("amount"));
		fund.markPaid(application, start, secretariat);
		assertThatThrownBy(() -> fund.markPaid(application, start, secretariat)).isInstanceOf(FundRuleException.class);

		var page = fund.application(application, lead);
		assertThat(page.planned()).isEqualTo(100_000);
		assertThat(page.paid()).isEqualTo(40_000);
		assertThat(fund.application(application, secretariat).audit()).extracting(FundViews.AuditView::action)
			.containsSubsequence(AuditAction.APPLIED, AuditAction.REVIEWER_ASSIGNED, AuditAction.SCORED,
					AuditAction.GRANTED, AuditAction.PAYOUT_PLANNED, AuditAction.PAYOUT_PAID);
	}
}
