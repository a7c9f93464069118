package dk.spirekassen;

import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.Role;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.AssociationRole;
import dk.spirekassen.actors.PersonDetails;
import dk.spirekassen.funding.ApplicationDetails;
import dk.spirekassen.funding.Aspect;
import dk.spirekassen.funding.CallDetails;
import dk.spirekassen.funding.CallDetails.CriterionDetails;
import dk.spirekassen.funding.FundManagement;
import dk.spirekassen.funding.FundManagement.Decision;
import dk.spirekassen.projects.Viewer;

/**
 * The seed fund's things to put into URLs, made once per application context: an open call; the demo member's
 * application for an idea of their organisation; the same kind of application with the demo partner (who sits on the
 * advisory board) assigned to review it; an application of another organisation's idea; and a granted application
 * with a payout planned.
 */
public final class FundSamples {

	private static FundSamples current;

	private static ApplicationContext currentContext;

	public final long call;

	public final long application;

	public final long reviewed;

	public final long otherApplication;

	public final long granted;

	public final long payout;

	private final FundManagement fund;

	private final ProjectSamples projects;

	private final long organisation;

	private final long otherOrganisation;

	public static synchronized FundSamples of(ApplicationContext context, ProjectSamples projects, long organisation,
			long otherOrganisation) {
		if (current == null || currentContext != context) {
			current = new FundSamples(context, projects, organisation, otherOrganisation);
			currentContext = context;
		}
		return current;
	}

	private FundSamples(ApplicationContext context, ProjectSamples projects, long organisation,
			long otherOrganisation) {
		this.fund = context.getBean(FundManagement.class);
		this.projects = projects;
		this.organisation = organisation;
		this.otherOrganisation = otherOrganisation;
		var today = LocalDate.now();
		call = fund.createCall(new CallDetails("Prøvepuljen", "En pulje til prøver.", 10_000_000, 1_000_000,
				today.minusDays(30), today.plusDays(30), Set.of(),
				List.of(new CriterionDetails("Social værdi", Aspect.SOCIAL, 2),
						new CriterionDetails("Gennemførlighed", Aspect.FEASIBILITY, 1))),
				projects.secretariat);
		application = freshApplication();
		reviewed = freshApplication();
		fund.assign(reviewed, projects.partner.accountId(), projects.secretariat);
		otherApplication = freshOtherApplication();

		var board = boardMember(context);
		granted = freshApplication();
		fund.assign(granted, projects.partner.accountId(), projects.secretariat);
		fund.assign(granted, board.accountId(), projects.secretariat);
		for (var reviewer : List.of(projects.partner, board)) {
			var criteria = fund.application(granted, reviewer).criteria();
			fund.score(granted, java.util.Map.of(criteria.get(0).id(), 4, criteria.get(1).id(), 3),
					java.util.Map.of(), reviewer);
		}
		fund.decide(granted, new Decision(true, 80_000L, "Et stærkt projekt."), projects.secretariat);
		payout = fund.planPayout(granted, "Opstart", 40_000, today, projects.secretariat);
	}

	private static Viewer boardMember(ApplicationContext context) {
		var email = "bestyrelse-proeve-" + System.nanoTime() + "@spirekassen.dk";
		var accounts = context.getBean(AccountManagement.class);
		var organisations = context.getBean(dk.spirekassen.actors.Directory.class);
		long at = organisations.organisations(new dk.spirekassen.actors.DirectoryFilters.OrganisationFilter(null, null, null, null,
				true), org.springframework.data.domain.PageRequest.of(0, 10))
			.stream()
			.skip(3)
			.findFirst()
			.orElseThrow()
			.id();
		context.getBean(ActorManagement.class)
			.addPersonToOrganisation(at, new PersonDetails("Bo Bestyrelse", email, null, "Direktør",
					AssociationRole.BOARD));
		long id = accounts.createAccount(email, "Bo Bestyrelse", "en-lang-adgangskode", Role.MEMBER, at, null);
		return new Viewer(id, "Bo Bestyrelse", Role.MEMBER, at, null);
	}

	/** A new application by the demo member for a new idea of their organisation. */
	public long freshApplication() {
		long project = projects.freshIdea(organisation);
		return fund.apply(call, project, new ApplicationDetails("Et resumé.", "Et formål.", 100_000, 500_000L, 0),
				projects.member);
	}

	/** A new application the secretariat made for a new idea of another organisation. */
	public long freshOtherApplication() {
		long project = projects.freshIdea(otherOrganisation);
		return fund.apply(call, project, new ApplicationDetails("Et andet resumé.", "Et andet formål.", 100_000,
				null, 0), projects.secretariat);
	}

	/** A new application of the member's with the demo partner assigned as reviewer, as a path to remove them. */
	public String freshAssignmentPath() {
		long id = freshApplication();
		fund.assign(id, projects.partner.accountId(), projects.secretariat);
		return "/puljer/ansoegninger/" + id + "/bedoemmere/" + projects.partner.accountId() + "/fjern";
	}
}
