package dk.spirekassen;

import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.FundingDetails;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.IndicatorDetails;
import dk.spirekassen.projects.NeedDetails;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.ParticipantKind;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectDetails;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.projects.Visibility;

/**
 * Projects to put into URLs, made once per application context: the demo member's own public project (its
 * organisation owns it and the member leads it), someone else's public project, a members' project, and a
 * participants' project of the member's organisation and of another.
 */
public final class ProjectSamples {

	private static ProjectSamples current;

	private static ApplicationContext currentContext;

	public final Viewer secretariat;

	public final Viewer member;

	public final Viewer partner;

	public final long project;

	public final long otherProject;

	public final long membersProject;

	public final long participantsProject;

	public final long otherParticipantsProject;

	public final long need;

	public final long otherNeed;

	public final long indicator;

	public final long otherIndicator;

	public final long fundingLine;

	public final long otherFundingLine;

	public final long file;

	public final long participantsFile;

	public final long otherParticipantsFile;

	public final long otherParticipantsPublicFile;

	/** The demo member's organisation, which owns {@link #project}. */
	public final long organisation;

	/** Another member organisation, which owns {@link #otherProject}. */
	public final long otherOrganisation;

	private final ProjectManagement projects;

	private final ProjectCatalogue catalogue;

	public static synchronized ProjectSamples of(ApplicationContext context, long organisation,
			long otherOrganisation) {
		if (current == null || currentContext != context) {
			current = new ProjectSamples(context, organisation, otherOrganisation);
			currentContext = context;
		}
		return current;
	}

	private ProjectSamples(ApplicationContext context, long organisation, long otherOrganisation) {
		var accounts = context.getBean(AccountManagement.class);
		projects = context.getBean(ProjectManagement.class);
		catalogue = context.getBean(ProjectCatalogue.class);
		secretariat = viewer(accounts, "sekretariat@spirekassen.dk");
		member = viewer(accounts, "medlem@spirekassen.dk");
		partner = viewer(accounts, "partner@spirekassen.dk");
		this.organisation = organisation;
		this.otherOrganisation = otherOrganisation;
		project = create("Prøveprojekt med eget ejerskab", Visibility.PUBLIC, organisation);
		projects.addParticipant(project, ProjectRole.LEAD, null, null, member.accountId(), secretariat);
		otherProject = create("Andet prøveprojekt", Visibility.PUBLIC, otherOrganisation);
		membersProject = create("Prøveprojekt for medlemmer", Visibility.MEMBERS, otherOrganisation);
		participantsProject = create("Lukket prøveprojekt", Visibility.PARTICIPANTS, organisation);
		otherParticipantsProject = create("Andet lukket prøveprojekt", Visibility.PARTICIPANTS, otherOrganisation);
		need = freshNeed(project);
		otherNeed = freshNeed(otherProject);
		indicator = freshIndicator(project);
		otherIndicator = freshIndicator(otherProject);
		fundingLine = freshFundingLine(project);
		otherFundingLine = freshFundingLine(otherProject);
		file = freshFile(project, false);
		participantsFile = freshFile(participantsProject, false);
		otherParticipantsFile = freshFile(otherParticipantsProject, false);
		otherParticipantsPublicFile = freshFile(otherParticipantsProject, true);
	}

	private long create(String title, Visibility visibility, long owner) {
		return projects.propose(new ProjectDetails(title, "Et projekt til prøver.", "Beskrivelse med **fed** tekst.",
				visibility, owner, 1_000_000L, Set.of(), Set.of(), Set.of()), secretariat);
	}

	/** A new public idea the secretariat proposed, owned by the given organisation at once. */
	public long freshIdea(long owner) {
		return create("Prøveidé " + System.nanoTime(), Visibility.PUBLIC, owner);
	}

	/**
	 * A new public idea the demo partner proposed with the given organisation as owner; the organisation has not
	 * answered, so the idea has no owner yet.
	 */
	public long freshProposal(long proposedOwner) {
		return projects.propose(new ProjectDetails("Partnerens idé " + System.nanoTime(), "En idé fra en partner.",
				null, Visibility.PUBLIC, proposedOwner, null, Set.of(), Set.of(), Set.of()), partner);
	}

	public long freshNeed(long projectId) {
		return projects.addNeed(projectId, new NeedDetails(NeedKind.KNOWLEDGE, null, null, "Viden om varmepumper"),
				secretariat);
	}

	/** An open need on the project with a pending offer from the demo partner; returns need and offer id. */
	public long[] freshOffer(long projectId) {
		long needId = freshNeed(projectId);
		long offerId = projects.offer(projectId, needId, "Vi kan hjælpe.", partner);
		return new long[] { needId, offerId };
	}

	public long freshIndicator(long projectId) {
		return projects.addIndicator(projectId, new IndicatorDetails(BottomLine.CLIMATE, "Energiforbrug", "kWh",
				new BigDecimal("1000"), LocalDate.of(2024, 1, 1), new BigDecimal("800"), LocalDate.of(2027, 1, 1),
				Set.of(7, 13)), secretariat);
	}

	public long freshFundingLine(long projectId) {
		return projects.addFunding(projectId, new FundingDetails(null, "Landsbyggefonden", FundingStatus.APPLIED,
				100_000, LocalDate.of(2025, 3, 1), null), secretariat);
	}

	public long freshFile(long projectId, boolean publicResult) {
		return projects.addFile(projectId, "Vejledning", "vejledning.csv",
				"navn;antal\nladestandere;4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), publicResult,
				secretariat);
	}

	/** A new person participant on the project; returns the participant's id. */
	public long freshParticipant(long projectId) {
		projects.addParticipant(projectId, ProjectRole.ADVISOR, null, partner.partnerId(), null, secretariat);
		return catalogue.project(projectId, secretariat, Locale.ROOT)
			.participants()
			.stream()
			.filter(p -> p.kind() == ParticipantKind.PARTNER)
			.reduce((first, second) -> second)
			.orElseThrow()
			.id();
	}

	private static Viewer viewer(AccountManagement accounts, String email) {
		var user = (SignedInUser) accounts.loadUserByUsername(email);
		return new Viewer(user.accountId(), user.displayName(), user.role(), user.organisationId(), user.partnerId());
	}
}
