package dk.spirekassen.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.actors.RegionOfMunicipality;
import dk.spirekassen.actors.ThemeNames;
import dk.spirekassen.shared.DanishSortKey;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * A project, from idea to anchored result. It guards its own stage: each transition checks its rules, is recorded
 * in the history and registers a {@link ProjectStageChanged} event.
 */
@Entity
@Indexed
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
	@SequenceGenerator(name = "project_seq", allocationSize = 50)
	@GenericField(name = SearchFields.ID, sortable = Sortable.YES)
	private Long id;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@PropertyBinding(binder = @PropertyBinderRef(type = DanishSortKey.Binder.class))
	private String title;

	private String summary;

	private String description;

	@Enumerated(EnumType.STRING)
	@KeywordField(name = SearchFields.STAGE, aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Stage stage;

	@Enumerated(EnumType.STRING)
	private Stage pausedFrom;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@GenericField(name = "owner")
	private Long ownerOrganisationId;

	private Long proposedOwnerOrganisationId;

	private Long budget;

	private String resultsSummary;

	private String lessons;

	private Long proposedByAccountId;

	private Long originDayId;

	private Long originGroupId;

	private String originTitle;

	@ElementCollection
	@CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "theme_id")
	@FullTextField(name = SearchFields.THEME_NAMES, analyzer = SearchFields.DANISH,
			searchAnalyzer = SearchFields.DANISH_QUERY, valueBridge = @ValueBridgeRef(type = ThemeNames.class))
	@GenericField(name = SearchFields.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Set<Long> themeIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_municipality", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "municipality_code")
	@KeywordField(name = SearchFields.REGIONS, aggregable = Aggregable.YES,
			valueBridge = @ValueBridgeRef(type = RegionOfMunicipality.class))
	private Set<Integer> municipalityCodes = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_department", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "department_id")
	private Set<Long> departmentIds = new HashSet<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Participant> participants = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("happenedAt, id")
	private List<Transition> history = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Need> needs = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<FundingLine> fundingLines = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Indicator> indicators = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ProjectFile> files = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Project() {
	}

	/**
	 * A new idea, proposed by someone signed in. The organisation named as owner owns it at once when the proposer
	 * is the secretariat or that organisation's staff; otherwise it is proposed as owner (see {@link #nameOwner}).
	 */
	Project(ProjectDetails details, Viewer proposer) {
		this.createdAt = Instant.now();
		this.stage = Stage.IDEA;
		this.proposedByAccountId = proposer.accountId();
		update(details);
		nameOwner(details.ownerOrganisationId(), proposer);
		history.add(new Transition(this, null, Stage.IDEA, proposer, null, createdAt));
	}

	/**
	 * A project group formed at a development day, starting at the project group stage with the day as its origin.
	 */
	static Project fromGroup(ProjectDetails details, long dayId, long groupId, String dayTitle) {
		var project = new Project();
		project.createdAt = Instant.now();
		project.stage = Stage.PROJECT_GROUP;
		project.originDayId = dayId;
		project.originGroupId = groupId;
		project.originTitle = dayTitle;
		project.update(details);
		project.history.add(new Transition(project, null, Stage.PROJECT_GROUP,
				new Viewer(null, dayTitle, null, null, null), null, project.createdAt));
		return project;
	}

	/** Adds a person who has no login, by name. */
	void addPersonByName(ProjectRole role, String name) {
		participants.add(new Participant(this, role, name));
		touch();
	}

	void update(ProjectDetails details) {
		this.title = details.title().strip();
		this.summary = details.summary().strip();
		this.description = blankToNull(details.description());
		this.visibility = details.visibility();
		setBudget(details.budget());
		replace(themeIds, details.themeIds());
		replace(municipalityCodes, details.municipalityCodes());
		replace(departmentIds, details.departmentIds());
		touch();
	}

	// --- ownership

	/**
	 * Names the organisation that owns the project, or none. The secretariat and the organisation's own staff make
	 * it the owner at once; anyone else only proposes it, and the project stays without that owner until the
	 * organisation's staff or the secretariat accept ({@link #decideOwnership}). An accepted owner is changed only
	 * by the secretariat.
	 */
	void nameOwner(Long organisationId, Viewer actor) {
		if (Objects.equals(organisationId, claimedOwnerId())) {
			return;
		}
		if (ownerOrganisationId != null && !actor.secretariat()) {
			throw new ProjectRuleException("ownerOrganisationId", "project.error.ownerBySecretariat");
		}
		if (organisationId == null || ProjectAccess.speaksFor(organisationId, actor)) {
			proposedOwnerOrganisationId = null;
			setOwner(organisationId);
		}
		else {
			proposedOwnerOrganisationId = organisationId;
		}
		touch();
	}

	/**
	 * Accepts or declines the proposed owner (its staff or the secretariat decide, see
	 * {@link ProjectAccess#canDecideOwnership}). Accepted, the organisation owns the project; declined, the project
	 * stays without that owner.
	 */
	void decideOwnership(boolean accept) {
		if (proposedOwnerOrganisationId == null) {
			throw new ProjectRuleException(null, "ownership.error.nothingProposed");
		}
		var organisation = proposedOwnerOrganisationId;
		proposedOwnerOrganisationId = null;
		if (accept) {
			setOwner(organisation);
		}
		touch();
	}

	private void setOwner(Long organisationId) {
		this.ownerOrganisationId = organisationId;
		participants.removeIf(p -> p.getRole() == ProjectRole.OWNER && !p.is(organisationId, null, null));
		if (organisationId != null && participants.stream()
			.noneMatch(p -> p.getRole() == ProjectRole.OWNER && p.is(organisationId, null, null))) {
			participants.add(new Participant(this, ProjectRole.OWNER, organisationId, null, null));
		}
	}

	/** The owner, or while there is none the organisation proposed as owner. */
	Long claimedOwnerId() {
		return ownerOrganisationId != null ? ownerOrganisationId : proposedOwnerOrganisationId;
	}

	private void setBudget(Long budget) {
		if (budget != null && budget < committedFunding()) {
			throw new ProjectRuleException("budget", "funding.error.budgetBelowCommitted", committedFunding());
		}
		this.budget = budget;
	}

	void recordResults(String resultsSummary, String lessons) {
		this.resultsSummary = blankToNull(resultsSummary);
		this.lessons = blankToNull(lessons);
		touch();
	}

	// --- lifecycle

	/** The stages this project may move to now. */
	public Set<Stage> nextStages() {
		return stage.next(pausedFrom);
	}

	/**
	 * Moves the project to another stage after checking the transition and its rules. Pausing and stopping need a
	 * comment; running needs an owner and a lead; completing needs a results summary; anchoring needs lessons.
	 */
	void moveTo(Stage target, Viewer actor, String comment) {
		if (!nextStages().contains(target)) {
			throw new ProjectRuleException("stage", "stage.error.notAllowed");
		}
		var reason = blankToNull(comment);
		if ((target == Stage.PAUSED || target == Stage.STOPPED) && reason == null) {
			throw new ProjectRuleException("comment", "stage.error.commentRequired");
		}
		if (target == Stage.RUNNING && (ownerOrganisationId == null || leads().isEmpty())) {
			throw new ProjectRuleException("stage", "stage.error.ownerAndLead");
		}
		if (target == Stage.COMPLETED && resultsSummary == null) {
			throw new ProjectRuleException("stage", "stage.error.results");
		}
		if (target == Stage.ANCHORED && lessons == null) {
			throw new ProjectRuleException("stage", "stage.error.lessons");
		}
		var from = stage;
		this.pausedFrom = target == Stage.PAUSED ? from : null;
		this.stage = target;
		var now = Instant.now();
		history.add(new Transition(this, from, target, actor, reason, now));
		this.updatedAt = now;
		events.add(new ProjectStageChanged(id, from, target, actor.accountId()));
	}

	// --- participants

	List<Long> leads() {
		return participants.stream()
			.filter(p -> p.getRole() == ProjectRole.LEAD && p.getAccountId() != null)
			.map(Participant::getAccountId)
			.toList();
	}

	boolean isLead(Viewer viewer) {
		return viewer.signedIn() && leads().contains(viewer.accountId());
	}

	/** Whether the viewer takes part in person, by their login (not through their organisation). */
	boolean isMemberByLogin(Viewer viewer) {
		return viewer.signedIn()
				&& participants.stream().anyMatch(p -> viewer.accountId().equals(p.getAccountId()));
	}

	boolean isParticipant(Viewer viewer) {
		return participants.stream().anyMatch(p -> p.includes(viewer));
	}

	/**
	 * Adds a participant chosen by someone, or changes the role of one already there. Nobody appoints themselves
	 * lead.
	 */
	Participant addParticipant(ProjectRole role, Long organisationId, Long partnerId, Long accountId, Viewer actor) {
		if (role == ProjectRole.LEAD && actor.signedIn() && actor.accountId().equals(accountId)) {
			throw new ProjectRuleException("accountId", "participant.error.selfLead");
		}
		return addParticipant(role, organisationId, partnerId, accountId);
	}

	/** The participant that is this organisation, partner or person, if there is one besides the owner. */
	Optional<Participant> participant(Long organisationId, Long partnerId, Long accountId) {
		return participants.stream()
			.filter(p -> p.is(organisationId, partnerId, accountId) && p.getRole() != ProjectRole.OWNER)
			.findFirst();
	}

	/** Adds a participant, or changes the role of one already there. */
	Participant addParticipant(ProjectRole role, Long organisationId, Long partnerId, Long accountId) {
		if (role == ProjectRole.OWNER) {
			throw new ProjectRuleException("role", "participant.error.ownerByForm");
		}
		participant(organisationId, partnerId, accountId).ifPresent(participants::remove);
		var participant = new Participant(this, role, organisationId, partnerId, accountId);
		participants.add(participant);
		touch();
		return participant;
	}

	Optional<Participant> participant(long participantId) {
		return participants.stream().filter(p -> p.getId() == participantId).findFirst();
	}

	void removeParticipant(Participant participant) {
		if (participant.getRole() == ProjectRole.OWNER) {
			throw new ProjectRuleException(null, "participant.error.ownerByForm");
		}
		if (participant.getRole() == ProjectRole.LEAD && leads().size() == 1 && stage == Stage.RUNNING) {
			throw new ProjectRuleException(null, "participant.error.lastLead");
		}
		participants.remove(participant);
		touch();
	}

	// --- needs

	Need addNeed(NeedDetails details) {
		var need = new Need(this, details);
		needs.add(need);
		touch();
		return need;
	}

	Optional<Need> need(long needId) {
		return needs.stream().filter(n -> n.getId() == needId).findFirst();
	}

	void acceptOffer(NeedOffer offer) {
		offer.decide(true);
		offer.getNeed().markMet();
		var role = offer.getNeed().getKind() == NeedKind.FUNDS ? ProjectRole.FUNDER : ProjectRole.PARTICIPANT;
		boolean already = participants.stream().anyMatch(p -> Objects.equals(p.getPartnerId(), offer.getPartnerId()));
		if (!already) {
			participants.add(new Participant(this, role, null, offer.getPartnerId(), null));
		}
		touch();
		events.add(new OfferAccepted(id, offer.getNeed().getId(), offer.getPartnerId()));
	}

	// --- funding

	long committedFunding() {
		return fundingLines.stream().filter(f -> f.getStatus().committed()).mapToLong(FundingLine::getAmount).sum();
	}

	FundingLine addFunding(FundingDetails details) {
		checkFunding(null, details);
		var line = new FundingLine(this, details);
		fundingLines.add(line);
		touch();
		return line;
	}

	/**
	 * The association's grant from its seed fund, as the board decided it: a line of its own money that the
	 * project's budget does not limit (the decision is made), once per application.
	 */
	FundingLine addSeedGrant(long applicationId, FundingDetails details) {
		if (fundingLines.stream().anyMatch(f -> Long.valueOf(applicationId).equals(f.getSeedApplicationId()))) {
			throw new IllegalStateException("Application " + applicationId + " already has its funding line");
		}
		var line = FundingLine.seedGrant(this, applicationId, details);
		fundingLines.add(line);
		touch();
		return line;
	}

	Optional<FundingLine> fundingLine(long lineId) {
		return fundingLines.stream().filter(f -> f.getId() == lineId).findFirst();
	}

	void updateFunding(FundingLine line, FundingDetails details) {
		checkFunding(line, details);
		line.update(details);
		touch();
	}

	void removeFunding(FundingLine line) {
		fundingLines.remove(line);
		touch();
	}

	/** Pledged and granted money may not exceed the budget, and a line is not decided before it was applied for. */
	private void checkFunding(FundingLine replaced, FundingDetails details) {
		if (details.amount() < 0) {
			throw new ProjectRuleException("amount", "funding.error.negative");
		}
		if (details.appliedOn() != null && details.decidedOn() != null
				&& details.decidedOn().isBefore(details.appliedOn())) {
			throw new ProjectRuleException("decidedOn", "funding.error.decidedBeforeApplied");
		}
		if (details.status().committed() && budget != null) {
			long others = committedFunding() - (replaced != null && replaced.getStatus().committed()
					? replaced.getAmount() : 0);
			if (others + details.amount() > budget) {
				throw new ProjectRuleException("amount", "funding.error.overBudget", budget - others);
			}
		}
	}

	// --- indicators

	Indicator addIndicator(IndicatorDetails details) {
		var indicator = new Indicator(this, details);
		indicators.add(indicator);
		touch();
		return indicator;
	}

	Optional<Indicator> indicator(long indicatorId) {
		return indicators.stream().filter(i -> i.getId() == indicatorId).findFirst();
	}

	void removeIndicator(Indicator indicator) {
		indicators.remove(indicator);
		touch();
	}

	// --- files

	ProjectFile addFile(String title, String fileName, String contentType, long size, String storageKey,
			boolean publicResult, Long uploadedBy, String text) {
		var file = new ProjectFile(this, title, fileName, contentType, size, storageKey, publicResult, uploadedBy,
				text);
		files.add(file);
		touch();
		return file;
	}

	Optional<ProjectFile> file(long fileId) {
		return files.stream().filter(f -> f.getId() == fileId).findFirst();
	}

	void removeFile(ProjectFile file) {
		files.remove(file);
		touch();
	}

	// --- events

	@DomainEvents
	Collection<Object> domainEvents() {
		return List.copyOf(events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		events.clear();
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	private static <T> void replace(Set<T> target, Set<T> source) {
		target.clear();
		if (source != null) {
			target.addAll(source);
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public ProjectDetails details() {
		return new ProjectDetails(title, summary, description, visibility, claimedOwnerId(), budget,
				new TreeSet<>(themeIds), new TreeSet<>(municipalityCodes), new TreeSet<>(departmentIds));
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getDescription() {
		return description;
	}

	public Stage getStage() {
		return stage;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public Long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public Long getProposedOwnerOrganisationId() {
		return proposedOwnerOrganisationId;
	}

	public Long getBudget() {
		return budget;
	}

	public String getResultsSummary() {
		return resultsSummary;
	}

	public String getLessons() {
		return lessons;
	}

	public Long getProposedByAccountId() {
		return proposedByAccountId;
	}

	public Long getOriginDayId() {
		return originDayId;
	}

	public Long getOriginGroupId() {
		return originGroupId;
	}

	public String getOriginTitle() {
		return originTitle;
	}

	public Set<Long> getThemeIds() {
		return Set.copyOf(themeIds);
	}

	public Set<Integer> getMunicipalityCodes() {
		return Set.copyOf(municipalityCodes);
	}

	public Set<Long> getDepartmentIds() {
		return Set.copyOf(departmentIds);
	}

	public List<Participant> getParticipants() {
		return List.copyOf(participants);
	}

	public List<Transition> getHistory() {
		return List.copyOf(history);
	}

	public List<Need> getNeeds() {
		return List.copyOf(needs);
	}

	public List<FundingLine> getFundingLines() {
		return List.copyOf(fundingLines);
	}

	public List<Indicator> getIndicators() {
		return List.copyOf(indicators);
	}

	public List<ProjectFile> getFiles() {
		return List.copyOf(files);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	// --- the search index (see shared.SearchFields)

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.PROJECT;
	}

	@GenericField(name = SearchFields.PROJECT, projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Long getSearchProject() {
		return id;
	}

	/**
	 * Everything else the project says: summary, description, results, lessons, needs, indicators and the comments
	 * on its moves (why it was paused or stopped).
	 */
	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "summary")),
			@ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "resultsSummary")),
			@ObjectPath(@PropertyValue(propertyName = "lessons")),
			@ObjectPath(@PropertyValue(propertyName = "originTitle")),
			@ObjectPath({ @PropertyValue(propertyName = "needs"), @PropertyValue(propertyName = "description") }),
			@ObjectPath({ @PropertyValue(propertyName = "indicators"), @PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "history"), @PropertyValue(propertyName = "comment") }) })
	String getSearchText() {
		var parts = new ArrayList<String>();
		parts.add(summary);
		parts.add(description);
		parts.add(resultsSummary);
		parts.add(lessons);
		parts.add(originTitle);
		needs.forEach(need -> parts.add(need.getDescription()));
		indicators.forEach(indicator -> parts.add(indicator.getName()));
		history.forEach(transition -> parts.add(transition.getComment()));
		return String.join(" · ", parts.stream().filter(Objects::nonNull).filter(text -> !text.isBlank()).toList());
	}

	/**
	 * Who may find the project, as in {@link ProjectAccess#canSee}: everybody, staff of members, or the proposer,
	 * the organisation proposed as owner and the participants (the secretariat sees everything without a key).
	 */
	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "visibility")),
			@ObjectPath(@PropertyValue(propertyName = "proposedByAccountId")),
			@ObjectPath(@PropertyValue(propertyName = "proposedOwnerOrganisationId")),
			@ObjectPath({ @PropertyValue(propertyName = "participants"), @PropertyValue(propertyName = "accountId") }),
			@ObjectPath({ @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "organisationId") }),
			@ObjectPath({ @PropertyValue(propertyName = "participants"), @PropertyValue(propertyName = "partnerId") }) })
	Set<String> getReaders() {
		var readers = new TreeSet<String>();
		if (visibility == Visibility.PUBLIC) {
			readers.add(SearchFields.PUBLIC_READER);
		}
		else if (visibility == Visibility.MEMBERS) {
			readers.add(SearchFields.MEMBERS_READER);
		}
		if (proposedByAccountId != null) {
			readers.add(SearchFields.account(proposedByAccountId));
		}
		if (proposedOwnerOrganisationId != null) {
			readers.add(SearchFields.organisation(proposedOwnerOrganisationId));
		}
		participants.forEach(participant -> readers.addAll(participant.readerKeys()));
		return readers;
	}

	/** Whose work the project is: the owner organisation and the organisations and partners taking part. */
	@KeywordField(name = SearchFields.ACTORS, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "ownerOrganisationId")),
			@ObjectPath({ @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "organisationId") }),
			@ObjectPath({ @PropertyValue(propertyName = "participants"), @PropertyValue(propertyName = "partnerId") }) })
	Set<String> getActors() {
		var actors = new TreeSet<String>();
		if (ownerOrganisationId != null) {
			actors.add(SearchFields.organisation(ownerOrganisationId));
		}
		for (var participant : participants) {
			if (participant.getOrganisationId() != null) {
				actors.add(SearchFields.organisation(participant.getOrganisationId()));
			}
			if (participant.getPartnerId() != null) {
				actors.add(SearchFields.partner(participant.getPartnerId()));
			}
		}
		return actors;
	}

	@KeywordField(name = SearchFields.BOTTOM_LINES, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "indicators"),
			@PropertyValue(propertyName = "bottomLine") }))
	Set<BottomLine> getBottomLines() {
		var lines = new TreeSet<BottomLine>();
		indicators.forEach(indicator -> lines.add(indicator.getBottomLine()));
		return lines;
	}

	/** The kinds of need the project still has open. */
	@KeywordField(name = "openNeeds")
	@IndexingDependency(derivedFrom = { @ObjectPath({ @PropertyValue(propertyName = "needs"),
			@PropertyValue(propertyName = "kind") }),
			@ObjectPath({ @PropertyValue(propertyName = "needs"), @PropertyValue(propertyName = "status") }) })
	Set<NeedKind> getOpenNeedKinds() {
		var kinds = new TreeSet<NeedKind>();
		needs.stream().filter(need -> need.getStatus() == NeedStatus.OPEN).forEach(need -> kinds.add(need.getKind()));
		return kinds;
	}

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "createdAt")),
			@ObjectPath(@PropertyValue(propertyName = "updatedAt")) })
	Instant getLastChanged() {
		return updatedAt != null ? updatedAt : createdAt;
	}
}
