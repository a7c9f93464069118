package dk.spirekassen.projects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.notifications.Category;
import dk.spirekassen.notifications.Notice;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.notifications.Notifier;
import dk.spirekassen.shared.IndexState;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.ProjectGroupFormed;

/**
 * Everything that changes projects: proposing ideas, editing, moving between stages, participants, followers,
 * needs and offers, funding, indicators, results and toolbox files. Each method checks who is acting and refuses
 * with {@link AccessDeniedException}; rules of the project itself refuse with {@link ProjectRuleException}.
 */
@Service
@Transactional
public class ProjectManagement {

	private final Projects projects;

	private final Notifier notifier;

	private final Directory directory;

	private final ActorManagement actors;

	private final AccountManagement accounts;

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	private final Followers followers;

	private final long maxFileBytes;

	private final IndexState index;

	private final ObjectProvider<IndicatorDefinitions> definitions;

	ProjectManagement(Projects projects, Notifier notifier, Directory directory, ActorManagement actors,
			AccountManagement accounts, FileStorage storage, ApplicationEventPublisher events, Followers followers,
			@Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize maxFileSize, IndexState index,
			ObjectProvider<IndicatorDefinitions> definitions) {
		this.index = index;
		this.definitions = definitions;
		this.maxFileBytes = maxFileSize.toBytes();
		this.projects = projects;
		this.notifier = notifier;
		this.directory = directory;
		this.actors = actors;
		this.accounts = accounts;
		this.storage = storage;
		this.events = events;
		this.followers = followers;
	}

	// --- projects

	/**
	 * Anyone signed in may propose an idea; it starts in the idea stage. An owner named by someone outside that
	 * organisation is only proposed, and its staff are told.
	 */
	public long propose(ProjectDetails details, Viewer proposer) {
		require(proposer.signedIn());
		checkReferences(details);
		var project = projects.save(new Project(details, proposer));
		events.publishEvent(new ProjectProposed(project.getId(), proposer.accountId()));
		tellProposedOwner(project, null);
		return project.getId();
	}

	/**
	 * Changes a project's details. The secretariat names any owner; until an owner has accepted, others may
	 * propose one (their own organisation owns it at once). An accepted owner is changed only by the secretariat.
	 */
	public void update(long id, ProjectDetails details, Viewer viewer) {
		var project = editable(id, viewer);
		checkReferences(details);
		var proposedBefore = project.getProposedOwnerOrganisationId();
		project.update(details);
		project.nameOwner(details.ownerOrganisationId(), viewer);
		tellProposedOwner(project, proposedBefore);
	}

	/** Unknown owners, themes, municipalities and departments are refused with the field they were given in. */
	private void checkReferences(ProjectDetails details) {
		if (details.ownerOrganisationId() != null
				&& directory.memberRefs().stream().noneMatch(r -> r.id() == details.ownerOrganisationId())) {
			throw new ProjectRuleException("ownerOrganisationId", "project.error.ownerNotMember");
		}
		var themes = actors.themes().stream().map(Theme::getId).collect(Collectors.toSet());
		if (!themes.containsAll(orEmpty(details.themeIds()))) {
			throw new ProjectRuleException("themeIds", "project.error.unknownTheme");
		}
		var municipalities = actors.municipalities()
			.stream()
			.map(Municipality::getCode)
			.collect(Collectors.toSet());
		if (!municipalities.containsAll(orEmpty(details.municipalityCodes()))) {
			throw new ProjectRuleException("municipalityCodes", "project.error.unknownMunicipality");
		}
		var departments = orEmpty(details.departmentIds());
		if (!departments.isEmpty() && (details.ownerOrganisationId() == null
				|| !directory.departmentRefs(details.ownerOrganisationId())
					.stream()
					.map(d -> d.id())
					.collect(Collectors.toSet())
					.containsAll(departments))) {
			throw new ProjectRuleException("departmentIds", "project.error.unknownDepartment");
		}
	}

	private static <T> Set<T> orEmpty(Set<T> values) {
		return values == null ? Set.of() : values;
	}

	/** Tells the staff of a newly proposed owner that the project awaits their answer. */
	private void tellProposedOwner(Project project, Long proposedBefore) {
		var proposed = project.getProposedOwnerOrganisationId();
		if (proposed == null || proposed.equals(proposedBefore)) {
			return;
		}
		var proposer = project.getProposedByAccountId() == null ? null
				: accounts.accounts(Set.of(project.getProposedByAccountId()))
					.stream()
					.map(AccountManagement.AccountRow::displayName)
					.findFirst()
					.orElse(null);
		for (var staff : staffOf(proposed)) {
			notify(staff, NotificationKind.OWNERSHIP_PROPOSED, project, proposer);
		}
	}

	private List<Long> staffOf(long organisationId) {
		return accounts.staffOf(organisationId).stream().map(AccountManagement.AccountRow::id).toList();
	}

	/**
	 * The proposed owner's staff or the secretariat accept the project (the organisation owns it from now on) or
	 * decline it (it stays without that owner). The proposer is told.
	 */
	public void decideOwnership(long id, boolean accept, Viewer viewer) {
		var project = visible(id, viewer);
		var organisation = project.getProposedOwnerOrganisationId();
		if (organisation != null) {
			require(ProjectAccess.canDecideOwnership(project, viewer));
		}
		project.decideOwnership(accept);
		if (project.getProposedByAccountId() != null) {
			var name = directory.organisationNames(Set.of(organisation)).get(organisation);
			notify(project.getProposedByAccountId(),
					accept ? NotificationKind.OWNERSHIP_ACCEPTED : NotificationKind.OWNERSHIP_DECLINED, project, name);
		}
	}

	/**
	 * Moves a project to another stage. The secretariat and the owner organisation's staff may; after the idea
	 * stage the lead too.
	 */
	public void move(long id, Stage target, String comment, Viewer viewer) {
		var project = visible(id, viewer);
		require(ProjectAccess.canMove(project, viewer));
		var from = project.getStage();
		project.moveTo(target, viewer, comment);
		projects.save(project);
		if (from != target) {
			tellFollowers(project, NotificationKind.STAGE_CHANGED, "Stage." + target.name(),
					"/projekter/" + id, viewer.accountId(), false);
		}
	}

	public void recordResults(long id, String resultsSummary, String lessons, Viewer viewer) {
		var project = editable(id, viewer);
		var before = List.of(Objects.toString(project.getResultsSummary(), ""),
				Objects.toString(project.getLessons(), ""));
		project.recordResults(resultsSummary, lessons);
		var after = List.of(Objects.toString(project.getResultsSummary(), ""),
				Objects.toString(project.getLessons(), ""));
		if (!before.equals(after) && (project.getResultsSummary() != null || project.getLessons() != null)) {
			tellFollowers(project, NotificationKind.RESULT_ADDED, null, "/projekter/" + id + "#resultater",
					viewer.accountId(), false);
		}
	}



	/**
	 * Turns a project group formed at a development day into a project at the project group stage, visible to
	 * members, with the group's members as participants (by login where they have one, otherwise by name, plus
	 * their organisations). Does nothing when the group was handed over already.
	 */
	public long createFromGroup(ProjectGroupFormed group) {
		var existing = projects.findByOriginGroupId(group.groupId());
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		var title = group.title().length() > 200 ? group.title().substring(0, 200) : group.title();
		var details = new ProjectDetails(title, group.summary(), group.description(), Visibility.MEMBERS, null, null,
				group.themeId() == null ? Set.of() : Set.of(group.themeId()), Set.of(), Set.of());
		var project = Project.fromGroup(details, group.dayId(), group.groupId(), group.dayTitle());
		var organisations = new java.util.LinkedHashSet<Long>();
		for (var member : group.members()) {
			if (member.accountId() != null && !accounts.accounts(Set.of(member.accountId())).isEmpty()) {
				project.addParticipant(ProjectRole.PARTICIPANT, null, null, member.accountId());
			}
			else {
				project.addPersonByName(ProjectRole.PARTICIPANT, member.name());
			}
			if (member.organisationId() != null) {
				organisations.add(member.organisationId());
			}
		}
		var known = directory.organisationNames(organisations).keySet();
		organisations.stream()
			.filter(known::contains)
			.forEach(o -> project.addParticipant(ProjectRole.PARTICIPANT, o, null, null));
		return projects.save(project).getId();
	}

	/** The project a development day's group became, if it has been handed over. */
	@Transactional(readOnly = true)
	public Optional<Long> projectOfGroup(long groupId) {
		return projects.findByOriginGroupId(groupId).map(Project::getId);
	}

	// --- participants and followers

	/**
	 * Adds a participant or changes its role. Only the secretariat and the owner organisation's staff appoint or
	 * unseat a lead, and nobody appoints themselves.
	 */
	public void addParticipant(long id, ProjectRole role, Long organisationId, Long partnerId, Long accountId,
			Viewer viewer) {
		var project = editable(id, viewer);
		int given = (organisationId == null ? 0 : 1) + (partnerId == null ? 0 : 1) + (accountId == null ? 0 : 1);
		if (given != 1) {
			throw new ProjectRuleException("actor", "participant.error.oneActor");
		}
		if (organisationId != null && directory.organisationRef(organisationId).isEmpty()
				|| partnerId != null && directory.partnerKind(partnerId).isEmpty()
				|| accountId != null && accounts.accounts(Set.of(accountId)).isEmpty()) {
			throw new ProjectRuleException("actor", "participant.error.unknownActor");
		}
		if (role == ProjectRole.LEAD && accountId == null) {
			throw new ProjectRuleException("role", "participant.error.leadIsPerson");
		}
		boolean wasLead = project.participant(organisationId, partnerId, accountId)
			.filter(p -> p.getRole() == ProjectRole.LEAD)
			.isPresent();
		if (role == ProjectRole.LEAD || wasLead) {
			require(ProjectAccess.canAppointLead(project, viewer));
		}
		project.addParticipant(role, organisationId, partnerId, accountId, viewer);
	}

	public void removeParticipant(long id, long participantId, Viewer viewer) {
		var project = editable(id, viewer);
		var participant = project.participant(participantId)
			.orElseThrow(() -> new NotFoundException("participant", participantId));
		if (participant.getRole() == ProjectRole.LEAD) {
			require(ProjectAccess.canAppointLead(project, viewer));
		}
		project.removeParticipant(participant);
	}

	/** Follows (or supports, for an idea) a project, or stops following it. Anyone signed in who can see it may. */
	public void follow(long id, boolean follow, Viewer viewer) {
		require(viewer.signedIn());
		visible(id, viewer);
		if (follow) {
			followers.follow(id, viewer.accountId(), Instant.now());
		}
		else {
			followers.unfollow(id, viewer.accountId());
		}
		// What one follows is read beside the index, and kept as it is ("Mine projekter").
		index.changedOnCommit();
	}

	// --- needs and offers

	public long addNeed(long id, NeedDetails details, Viewer viewer) {
		var project = editable(id, viewer);
		checkNeed(details);
		var need = project.addNeed(details);
		projects.flush();
		tellFollowers(project, NotificationKind.NEED_ADDED, details.description(), "/projekter/" + id + "#behov",
				viewer.accountId(), false);
		return need.getId();
	}

	private static void checkNeed(NeedDetails details) {
		if (details.kind() == NeedKind.PARTNER && details.partnerKind() == null) {
			throw new ProjectRuleException("partnerKind", "need.error.partnerKind");
		}
		if (details.kind() == NeedKind.FUNDS && details.amount() == null) {
			throw new ProjectRuleException("amount", "need.error.amount");
		}
		if (details.amount() != null && details.amount() < 0) {
			throw new ProjectRuleException("amount", "funding.error.negative");
		}
	}

	public void setNeedStatus(long id, long needId, NeedStatus status, Viewer viewer) {
		var need = editable(id, viewer).need(needId).orElseThrow(() -> new NotFoundException("need", needId));
		if (status == NeedStatus.MET) {
			need.markMet();
		}
		else {
			need.reopen();
		}
	}

	/** A partner offers to meet an open need; the project's leads are told by email and on their dashboard. */
	public long offer(long id, long needId, String message, Viewer viewer) {
		return offer(id, needId, message, null, viewer);
	}

	/** As {@link #offer(long, long, String, Viewer)}, made from a suggestion of the need at the given rank. */
	public long offer(long id, long needId, String message, Integer suggestedRank, Viewer viewer) {
		var project = visible(id, viewer);
		require(ProjectAccess.canOffer(project, viewer));
		var need = project.need(needId).orElseThrow(() -> new NotFoundException("need", needId));
		var offer = need.offer(viewer.partnerId(), viewer.accountId(), message, suggestedRank);
		projects.flush();
		// Offers are not indexed, but suggestions leave out what was offered and weigh earlier outcomes.
		index.changedOnCommit();
		var partner = directory.partnerNames(Set.of(viewer.partnerId())).get(viewer.partnerId());
		for (long lead : project.leads()) {
			notify(lead, NotificationKind.OFFER_RECEIVED, project, partner);
		}
		notify(viewer.accountId(), NotificationKind.OFFER_SENT, project, partner);
		return offer.getId();
	}

	/** The lead (or the secretariat) accepts or declines an offer; accepting makes the partner a participant. */
	public void decideOffer(long id, long needId, long offerId, boolean accept, Viewer viewer) {
		var project = visible(id, viewer);
		require(ProjectAccess.canDecideOffers(project, viewer));
		var need = project.need(needId).orElseThrow(() -> new NotFoundException("need", needId));
		var offer = need.findOffer(offerId).orElseThrow(() -> new NotFoundException("offer", offerId));
		if (accept) {
			project.acceptOffer(offer);
		}
		else {
			offer.decide(false);
		}
		projects.save(project);
		index.changedOnCommit();
		var partner = directory.partnerNames(Set.of(offer.getPartnerId())).get(offer.getPartnerId());
		var kind = accept ? NotificationKind.OFFER_ACCEPTED : NotificationKind.OFFER_DECLINED;
		var told = new HashSet<Long>(project.leads());
		told.add(offer.getAccountId());
		for (long account : told) {
			notify(account, kind, project, partner);
		}
	}

	/** Tells one login of something addressed to it, as it chose for the kind's category. */
	void notify(long accountId, NotificationKind kind, Project project, String other) {
		var anchor = kind.category() == Category.OWNERSHIP ? "#ejerskab" : "#behov";
		notifier.notify(List.of(accountId),
				new Notice(kind, project.getId(), project.getTitle(), other, "/projekter/" + project.getId() + anchor));
	}

	/**
	 * Tells who follows the project or takes part in it (its participants' logins and its partners' people) of
	 * something that happened there, except whoever did it and anyone who may not see the project; with
	 * {@code membersOnly}, also leaves out partners' people who do not take part (a post for members).
	 */
	public void tellFollowers(long projectId, NotificationKind kind, String detail, String link, Long actorAccountId,
			boolean membersOnly) {
		tellFollowers(projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId)),
				kind, detail, link, actorAccountId, membersOnly);
	}

	private void tellFollowers(Project project, NotificationKind kind, String detail, String link,
			Long actorAccountId, boolean membersOnly) {
		var told = new java.util.LinkedHashSet<Long>(followers.followersOf(project.getId()));
		var partners = new HashSet<Long>();
		for (var participant : project.getParticipants()) {
			if (participant.getAccountId() != null) {
				told.add(participant.getAccountId());
			}
			if (participant.getPartnerId() != null) {
				partners.add(participant.getPartnerId());
			}
		}
		accounts.teamLogins(List.of(), partners).forEach(login -> told.add(login.id()));
		told.remove(actorAccountId);
		var allowed = accounts.accounts(told)
			.stream()
			.filter(account -> account.enabled())
			.map(account -> new Viewer(account.id(), account.displayName(), account.role(), account.organisationId(),
					account.partnerId()))
			.filter(viewer -> ProjectAccess.canSee(project, viewer))
			.filter(viewer -> !membersOnly || viewer.secretariat() || viewer.member() || project.isParticipant(viewer))
			.map(Viewer::accountId)
			.toList();
		notifier.notify(allowed, new Notice(kind, project.getId(), project.getTitle(), detail, link));
	}

	// --- funding

	public void setBudget(long id, Long budget, Viewer viewer) {
		var project = editable(id, viewer);
		if (budget != null && budget < 0) {
			throw new ProjectRuleException("budget", "funding.error.negative");
		}
		var details = project.details();
		project.update(new ProjectDetails(details.title(), details.summary(), details.description(),
				details.visibility(), null, budget, details.themeIds(),
				details.municipalityCodes(), details.departmentIds()));
	}

	public long addFunding(long id, FundingDetails details, Viewer viewer) {
		var project = editable(id, viewer);
		checkFunder(details);
		figuresChanged();
		var line = project.addFunding(details);
		projects.flush();
		return line.getId();
	}

	public void updateFunding(long id, long lineId, FundingDetails details, Viewer viewer) {
		var project = editable(id, viewer);
		var line = ownFundingLine(project, lineId);
		checkFunder(details);
		figuresChanged();
		project.updateFunding(line, details);
	}

	public void removeFunding(long id, long lineId, Viewer viewer) {
		var project = editable(id, viewer);
		figuresChanged();
		project.removeFunding(ownFundingLine(project, lineId));
	}

	/**
	 * What the portfolio adds up (indicators, measurements, funding) changes on commit: what was kept of it is not
	 * served after ({@link ProjectFigures}).
	 */
	private void figuresChanged() {
		index.changedOnCommit();
	}

	private static FundingLine fundingLine(Project project, long lineId) {
		return project.fundingLine(lineId).orElseThrow(() -> new NotFoundException("funding", lineId));
	}

	/** A line the project keeps itself: the seed fund's grants are its record, changed only by the fund. */
	private static FundingLine ownFundingLine(Project project, long lineId) {
		var line = fundingLine(project, lineId);
		if (line.getSeedApplicationId() != null) {
			throw new ProjectRuleException("funderName", "funding.error.seedGrant");
		}
		return line;
	}

	private void checkFunder(FundingDetails details) {
		if (details.funderPartnerId() == null && (details.funderName() == null || details.funderName().isBlank())) {
			throw new ProjectRuleException("funderName", "funding.error.funder");
		}
		if (details.funderPartnerId() != null
				&& directory.partnerKind(details.funderPartnerId()).filter(k -> k == PartnerKind.FOUNDATION).isEmpty()) {
			throw new ProjectRuleException("funderPartnerId", "funding.error.notFoundation");
		}
	}

	// --- indicators

	public long addIndicator(long id, IndicatorDetails details, Viewer viewer) {
		var project = editable(id, viewer);
		figuresChanged();
		var indicator = project.addIndicator(checkedIndicator(details));
		projects.flush();
		return indicator.getId();
	}

	public void updateIndicator(long id, long indicatorId, IndicatorDetails details, Viewer viewer) {
		var indicator = indicator(editable(id, viewer), indicatorId);
		figuresChanged();
		indicator.update(checkedIndicator(details));
	}

	public void removeIndicator(long id, long indicatorId, Viewer viewer) {
		var project = editable(id, viewer);
		figuresChanged();
		project.removeIndicator(indicator(project, indicatorId));
	}

	public void measure(long id, long indicatorId, LocalDate on, BigDecimal value, String note, Viewer viewer) {
		var indicator = indicator(editable(id, viewer), indicatorId);
		figuresChanged();
		indicator.measure(on, value, note);
	}

	private static Indicator indicator(Project project, long indicatorId) {
		return project.indicator(indicatorId).orElseThrow(() -> new NotFoundException("indicator", indicatorId));
	}

	/**
	 * The indicator as it is kept: checked, and, when it measures one of the catalogue's definitions, on that
	 * definition's bottom line and in its unit (so that it adds up with every other project's), serving its goals
	 * beside those chosen, and named as the catalogue names it unless the project names it.
	 */
	private IndicatorDetails checkedIndicator(IndicatorDetails details) {
		if (details.targetDate().isBefore(details.baselineDate())) {
			throw new ProjectRuleException("targetDate", "indicator.error.targetBeforeBaseline");
		}
		if (details.sdgs().stream().anyMatch(sdg -> sdg < 1 || sdg > 17)) {
			throw new ProjectRuleException("sdgs", "indicator.error.sdg");
		}
		if (details.definitionCode() == null) {
			return details;
		}
		var catalogue = definitions.getIfAvailable();
		var definition = (catalogue == null ? Optional.<IndicatorDefinitions.Definition>empty()
				: catalogue.find(details.definitionCode()))
			.orElseThrow(() -> new ProjectRuleException("definitionCode", "indicator.error.definition"));
		var sdgs = new TreeSet<>(details.sdgs());
		sdgs.addAll(definition.goals());
		var name = details.name() == null || details.name().isBlank() ? definition.nameDa() : details.name();
		return new IndicatorDetails(definition.bottomLine(), name, definition.unit(), details.baselineValue(),
				details.baselineDate(), details.targetValue(), details.targetDate(), sdgs, definition.code());
	}

	// --- files

	/**
	 * Adds a file to the project's toolbox after checking its size and its type by content. The name is
	 * sanitised; the content is streamed from the file to the {@link FileStorage}, in this transaction, and its text
	 * is read from the file for the search index ({@link FileText}).
	 */
	public long addFile(long id, String title, String fileName, Path content, boolean publicResult,
			Viewer viewer) {
		var project = editable(id, viewer);
		long size = sizeOf(content);
		if (size == 0) {
			throw new ProjectRuleException("file", "file.error.empty");
		}
		if (size > maxFileBytes) {
			throw new ProjectRuleException("file", "file.error.tooLarge");
		}
		var type = FileTypes.detect(content, fileName)
			.orElseThrow(() -> new ProjectRuleException("file", "file.error.type"));
		String key;
		try (var in = Files.newInputStream(content)) {
			key = storage.store(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var name = FileTypes.sanitise(fileName, type);
		var file = project.addFile(title, name, type, size, key, publicResult, viewer.accountId(),
				FileText.of(content, name, type));
		projects.flush();
		tellFollowers(project, NotificationKind.FILE_ADDED, title, "/projekter/" + id + "#filer", viewer.accountId(),
				false);
		return file.getId();
	}

	/** Adds a file held in memory, such as a generated one: see {@link #addFile(long, String, String, Path, boolean, Viewer)}. */
	public long addFile(long id, String title, String fileName, byte[] content, boolean publicResult,
			Viewer viewer) {
		Path temporary = null;
		try {
			temporary = Files.createTempFile("spirekassen-file-", ".tmp");
			Files.write(temporary, content);
			return addFile(id, title, fileName, temporary, publicResult, viewer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	public void removeFile(long id, long fileId, Viewer viewer) {
		var project = editable(id, viewer);
		var file = project.file(fileId).orElseThrow(() -> new NotFoundException("file", fileId));
		project.removeFile(file);
		storage.delete(file.getStorageKey());
	}

	/**
	 * A toolbox file for download: public results for everyone, other files for whoever may see the project. The
	 * content is read from storage as the download goes, not here.
	 */
	@Transactional(readOnly = true)
	public Download download(long id, long fileId, Viewer viewer) {
		var project = projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
		var file = project.file(fileId)
			.filter(f -> f.isPublicResult() || ProjectAccess.canSee(project, viewer))
			.orElseThrow(() -> new NotFoundException("file", fileId));
		var content = storage.find(file.getStorageKey()).orElseThrow(() -> new NotFoundException("file", fileId));
		return new Download(file.getFileName(), file.getContentType(), file.getStorageKey(), file.getUploadedAt(),
				file.isPublicResult(), content);
	}

	/**
	 * A file's name and type, the key its content is stored under (which no other content ever gets), when it was
	 * uploaded, whether it is a public result, and its content.
	 */
	public record Download(String fileName, String contentType, String storageKey, Instant uploadedAt,
			boolean publicResult, FileStorage.StoredContent content) {
	}

	private static long sizeOf(Path content) {
		try {
			return content == null ? 0 : Files.size(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// a temporary file left behind is removed with the temporary directory
			}
		}
	}

	// --- the seed fund

	/**
	 * A project as the seed fund sees it: what an application is pre-filled from (summary, budget, the money pledged
	 * or granted by others), its themes and stage for the call's rules, and who takes part in it, for conflicts of
	 * interest: the owner organisation, the organisations, partners and logins among its participants, and the
	 * proposer.
	 */
	public record SeedFacts(long id, String title, String summary, Stage stage, Set<Long> themeIds, Long budget,
			long coFinancing, Set<Long> organisationIds, Set<Long> partnerIds, Set<Long> accountIds) {
	}

	@Transactional(readOnly = true)
	public Optional<SeedFacts> seedFacts(long id) {
		return projects.findById(id).map(ProjectManagement::seedFacts);
	}

	private static SeedFacts seedFacts(Project project) {
		var organisations = new HashSet<Long>();
		var partners = new HashSet<Long>();
		var logins = new HashSet<Long>();
		if (project.getOwnerOrganisationId() != null) {
			organisations.add(project.getOwnerOrganisationId());
		}
		if (project.getProposedOwnerOrganisationId() != null) {
			organisations.add(project.getProposedOwnerOrganisationId());
		}
		if (project.getProposedByAccountId() != null) {
			logins.add(project.getProposedByAccountId());
		}
		for (var participant : project.getParticipants()) {
			Optional.ofNullable(participant.getOrganisationId()).ifPresent(organisations::add);
			Optional.ofNullable(participant.getPartnerId()).ifPresent(partners::add);
			Optional.ofNullable(participant.getAccountId()).ifPresent(logins::add);
		}
		long others = project.getFundingLines().stream()
			.filter(f -> f.getStatus().committed() && f.getFunderKind() != FunderKind.ASSOCIATION)
			.mapToLong(FundingLine::getAmount)
			.sum();
		return new SeedFacts(project.getId(), project.getTitle(), project.getSummary(), project.getStage(),
				Set.copyOf(project.getThemeIds()), project.getBudget(), others, Set.copyOf(organisations),
				Set.copyOf(partners), Set.copyOf(logins));
	}

	/**
	 * The active projects whose lead the viewer is, whose owner organisation they work for, or whose day's project
	 * group they belong to while it has no lead: those they may apply for.
	 */
	@Transactional(readOnly = true)
	public List<SeedFacts> applicable(Viewer viewer) {
		if (!viewer.signedIn()) {
			return List.of();
		}
		return projects.involving(viewer.accountId(), viewer.organisationId(), viewer.partnerId())
			.stream()
			.filter(p -> p.getStage().active() && mayApply(p, viewer))
			.map(ProjectManagement::seedFacts)
			.toList();
	}

	/**
	 * Whether the viewer may apply to the seed fund for the project: its lead, the owner organisation's staff, the
	 * members of a day's project group without a lead, or the secretariat on their behalf.
	 */
	@Transactional(readOnly = true)
	public boolean mayApply(long id, Viewer viewer) {
		return projects.findById(id).filter(p -> mayApply(p, viewer)).isPresent();
	}

	/**
	 * The lead applies, or who may appoint one; and a project group from a development day applies straight away:
	 * until it has a lead, any of its members with a login may.
	 */
	private static boolean mayApply(Project project, Viewer viewer) {
		return project.isLead(viewer) || ProjectAccess.canAppointLead(project, viewer)
				|| project.getOriginGroupId() != null && project.leads().isEmpty() && project.isMemberByLogin(viewer);
	}

	/**
	 * Records the seed fund's grant on the project as a funding line of the association's own money, granted on the
	 * day of the decision; once per application.
	 */
	public long recordSeedGrant(long id, long applicationId, String funderName, long amount, LocalDate appliedOn,
			LocalDate decidedOn) {
		var project = projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
		figuresChanged();
		var line = project.addSeedGrant(applicationId, new FundingDetails(null, funderName, FundingStatus.GRANTED,
				amount, appliedOn, decidedOn, FunderKind.ASSOCIATION));
		projects.flush();
		return line.getId();
	}

	// --- helpers

	/** The project, if the viewer may see it; one they may not see is as unknown as a missing one. */
	private Project visible(long id, Viewer viewer) {
		return projects.findById(id)
			.filter(p -> ProjectAccess.canSee(p, viewer))
			.orElseThrow(() -> new NotFoundException("project", id));
	}

	private Project editable(long id, Viewer viewer) {
		var project = visible(id, viewer);
		require(ProjectAccess.canEdit(project, viewer));
		return project;
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}
}
