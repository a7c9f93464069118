package dk.spirekassen.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.Municipality;
import dk.spirekassen.actors.Region;
import dk.spirekassen.actors.Theme;
import dk.spirekassen.projects.ProjectViews.BottomLineSummary;
import dk.spirekassen.projects.ProjectViews.Candidate;
import dk.spirekassen.projects.ProjectViews.FileView;
import dk.spirekassen.projects.ProjectViews.FundingLineView;
import dk.spirekassen.projects.ProjectViews.FundingView;
import dk.spirekassen.projects.ProjectViews.IndicatorView;
import dk.spirekassen.projects.ProjectViews.MeasurementView;
import dk.spirekassen.projects.ProjectViews.NeedView;
import dk.spirekassen.projects.ProjectViews.OfferView;
import dk.spirekassen.projects.ProjectViews.OpenNeedRow;
import dk.spirekassen.projects.ProjectViews.ParticipantView;
import dk.spirekassen.projects.ProjectViews.Permissions;
import dk.spirekassen.projects.ProjectViews.SimilarProject;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.ProjectViews.ProjectRow;
import dk.spirekassen.projects.ProjectViews.ProjectView;
import dk.spirekassen.projects.ProjectViews.TransitionView;
import dk.spirekassen.shared.Chunks;
import dk.spirekassen.shared.IndexState;
import dk.spirekassen.shared.Markdown;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.TextSearch;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Web;

/**
 * Reads projects as a viewer may see them: lists with filters, whole project pages, open needs across projects,
 * and a person's own projects and notifications. Projects the viewer may not see are left out of lists and refused
 * as pages.
 */
@Service
@Transactional(readOnly = true)
public class ProjectCatalogue {

	private final Projects projects;

	private final ActorManagement actors;

	private final Directory directory;

	private final AccountManagement accounts;

	private final Followers followers;

	private final Chunks chunks;

	private final Needs needs;

	private final EntityManager entityManager;

	private final IndexState index;

	private final RecentReads recent;

	ProjectCatalogue(Projects projects, ActorManagement actors, Directory directory,
			AccountManagement accounts, Followers followers, Chunks chunks, Needs needs, EntityManager entityManager,
			IndexState index, RecentReads recent) {
		this.recent = recent;
		this.projects = projects;
		this.index = index;
		this.entityManager = entityManager;
		this.needs = needs;
		this.actors = actors;
		this.directory = directory;
		this.accounts = accounts;
		this.followers = followers;
		this.chunks = chunks;
	}

	/**
	 * A page of the projects the viewer may see that match the filter, with the total, from the search index: by
	 * title in Danish alphabetical order, or best match first when there are words to search for (in every text of
	 * the project).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Page<ProjectRow> projects(ProjectFilter filter, Viewer viewer, Pageable pageable, Locale locale) {
		var mine = filter.onlyMine() ? mine(viewer) : null;
		// One's own list is one's own, even for the secretariat, who otherwise all see the same; what one follows is
		// not indexed, so it is in the key too.
		var who = mine != null ? (Object) List.of(viewer.sees(), String.valueOf(viewer.accountId()), mine.followed())
				: viewer.sees();
		return recent.get(new ListPage("projects", filter, who, pageable, locale), () -> {
			if (index.answers(filter.q())) {
				var ids = TextSearch.ids(entityManager, Project.class, filter.q(),
						f -> indexed(f, filter, viewer, mine), TextSearch::byName, pageable, SearchFields.THEME_NAMES);
				return new PageImpl<>(projectRowsOf(ids.getContent(), locale), pageable, ids.getTotalElements());
			}
			var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("title", "id"));
			var page = projects.findAll(visibleTo(viewer).and(matching(filter)).and(mine(mine)), sorted);
			return rows(page.getContent(), locale, list -> new PageImpl<>(list, sorted, page.getTotalElements()));
		});
	}

	/**
	 * The projects in the stages that the viewer may see, most recently created first ({@code byChange}: most
	 * recently changed first), at most {@code max}: the front page's new ideas, projects and results.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ProjectRow> newest(Set<Stage> stages, boolean byChange, Viewer viewer, int max, Locale locale) {
		var order = byChange ? Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))
				: Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
		var first = PageRequest.of(0, max, order);
		return recent.get(new ListPage("newest", List.of(stages, byChange), viewer.sees(), first, locale), () -> {
			Specification<Project> inStages = (root, query, cb) -> root.get("stage").in(stages);
			var page = projects.findAll(visibleTo(viewer).and(inStages), first);
			return rows(page.getContent(), locale, Function.identity());
		});
	}

	/**
	 * What makes a project the viewer's: their keys (login, organisation, partner) among its readers, which name
	 * whoever takes part or proposed it, and the projects they follow. Someone not signed in has none.
	 */
	private Mine mine(Viewer viewer) {
		return mine(viewer, viewer.signedIn() ? followedBy(viewer) : List.of());
	}

	private static Mine mine(Viewer viewer, List<Long> followed) {
		if (!viewer.signedIn()) {
			return new Mine(List.of(), List.of(), viewer);
		}
		var keys = new ArrayList<String>();
		keys.add(SearchFields.account(viewer.accountId()));
		if (viewer.organisationId() != null) {
			keys.add(SearchFields.organisation(viewer.organisationId()));
		}
		if (viewer.partnerId() != null) {
			keys.add(SearchFields.partner(viewer.partnerId()));
		}
		return new Mine(keys, followed, viewer);
	}

	private record Mine(List<String> keys, List<Long> followed, Viewer viewer) {

		SearchPredicate inIndex(SearchPredicateFactory f) {
			var involved = f.bool();
			if (!keys.isEmpty()) {
				involved.should(f.terms().field(SearchFields.READERS).matchingAny(keys, ValueModel.INDEX));
			}
			if (!followed.isEmpty()) {
				involved.should(f.id().matchingAny(followed));
			}
			return keys.isEmpty() && followed.isEmpty() ? f.matchNone().toPredicate() : involved.toPredicate();
		}
	}

	/** The same as {@link Mine#inIndex}, in the database; any project when null. */
	private static Specification<Project> mine(Mine mine) {
		return (root, query, cb) -> {
			if (mine == null) {
				return cb.conjunction();
			}
			if (!mine.viewer().signedIn()) {
				return cb.disjunction();
			}
			var viewer = mine.viewer();
			var ways = new ArrayList<Predicate>();
			ways.add(cb.equal(root.get("proposedByAccountId"), viewer.accountId()));
			if (viewer.organisationId() != null) {
				ways.add(cb.equal(root.get("proposedOwnerOrganisationId"), viewer.organisationId()));
			}
			ways.add(root.get("id").in(involving(query, cb, viewer)));
			if (!mine.followed().isEmpty()) {
				ways.add(root.get("id").in(mine.followed()));
			}
			return cb.or(ways.toArray(Predicate[]::new));
		};
	}

	/**
	 * Every project the viewer may see that matches the filter, in the order of the list, read chunk by chunk as the
	 * stream is consumed (see {@link Chunks}), for export.
	 */
	public Stream<ProjectRow> allProjects(ProjectFilter filter, Viewer viewer, Locale locale) {
		var mine = filter.onlyMine() ? mine(viewer) : null;
		if (index.answers(filter.q())) {
			return chunks.stream(TextSearch.allIds(entityManager, Project.class, filter.q(),
					f -> indexed(f, filter, viewer, mine), TextSearch::byName, SearchFields.THEME_NAMES),
					ids -> projectRowsOf(ids, locale));
		}
		var spec = visibleTo(viewer).and(matching(filter)).and(mine(mine));
		return chunks.stream((position, size) -> {
			Window<Project> window = projects.findBy(spec,
					query -> query.sortBy(Sort.by("title", "id")).limit(size).scroll(position));
			return Window.from(rows(window.getContent(), locale, Function.identity()), window::positionAt,
					window.hasNext());
		});
	}

	/**
	 * Projects and ideas like the one being written, best match first, among those the viewer may see: the words of
	 * its title and summary found in their titles and texts, at least half of them. Shown while someone proposes an
	 * idea, to find the project that exists already and the people who did it before.
	 */
	public List<ProjectRow> similar(String title, String summary, Viewer viewer, int max, Locale locale) {
		var words = String.join(" ", java.util.Objects.toString(title, ""), java.util.Objects.toString(summary, ""))
			.strip();
		if (words.length() < 3) {
			return List.of();
		}
		var text = words.length() > TextSearch.MAX_LENGTH * 2 ? words.substring(0, TextSearch.MAX_LENGTH * 2) : words;
		var ids = org.hibernate.search.mapper.orm.Search.session(entityManager)
			.search(Project.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.must(f.match()
					.field(SearchFields.TITLE).boost(2f)
					.field(SearchFields.TEXT)
					.matching(text)
					.minimumShouldMatchPercent(50))
				.filter(visibleInIndex(f, viewer)))
			.fetchHits(max);
		return projectRowsOf(ids, locale);
	}

	/**
	 * "Lignende projekter": the projects most like this one (by its title and summary, as {@link #similar}) among those
	 * the viewer may see, with who worked on them, so that the people who did it before can be asked.
	 */
	public List<SimilarProject> similarTo(long id, Viewer viewer, int max, Locale locale) {
		var project = visible(id, viewer);
		var rows = similar(project.getTitle(), project.getSummary(), viewer, max + 1, locale).stream()
			.filter(row -> row.id() != id)
			.limit(max)
			.toList();
		var byId = projects.findAllById(rows.stream().map(ProjectRow::id).toList())
			.stream()
			.collect(Collectors.toMap(Project::getId, Function.identity()));
		return rows.stream()
			.filter(row -> byId.containsKey(row.id()))
			.map(row -> {
				var similar = byId.get(row.id());
				return new SimilarProject(row, participants(similar, Names.of(similar, directory, accounts)));
			})
			.toList();
	}

	/** How many of one's projects the dashboard shows. */
	public static final int MY_PROJECTS_SHOWN = 20;

	/** The projects one takes part in, proposed or follows: the most recently changed, and how many there are. */
	public record MyProjects(List<ProjectRow> shown, long total) {
	}

	/**
	 * The projects the viewer takes part in (by login, organisation or partner), proposed or follows, that the viewer
	 * may see: the {@link #MY_PROJECTS_SHOWN} most recently changed and how many in all. Read from the search index
	 * when it holds everything (a partner at national scale takes part in thousands), otherwise from the database.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public MyProjects myProjects(Viewer viewer, Locale locale) {
		if (!viewer.signedIn()) {
			return new MyProjects(List.of(), 0);
		}
		var followed = followedBy(viewer);
		// Kept as the lists are, until the index changes; what one follows is not indexed, so it is in the key. While
		// the index is rebuilt nothing is kept, and the projects are read from the database in a transaction.
		return recent.get(new ListPage("my-projects", followed, viewer, null, locale), () -> {
			if (index.whole()) {
				var mine = mine(viewer, followed);
				var result = org.hibernate.search.mapper.orm.Search.session(entityManager)
					.search(Project.class)
					.select(f -> f.id(Long.class))
					.where(f -> f.bool().must(mine.inIndex(f)).filter(visibleInIndex(f, viewer)))
					.sort(f -> f.field(SearchFields.UPDATED).desc().then().field(SearchFields.ID).desc())
					.fetch(MY_PROJECTS_SHOWN);
				return new MyProjects(projectRowsOf(result.hits(), locale), result.total().hitCount());
			}
			var mine = new ArrayList<>(projects.involving(viewer.accountId(), viewer.organisationId(),
					viewer.partnerId()));
			var known = mine.stream().map(Project::getId).collect(Collectors.toSet());
			mine.addAll(projects.findAllById(followed.stream().filter(id -> !known.contains(id)).toList()));
			mine.removeIf(p -> !ProjectAccess.canSee(p, viewer));
			mine.sort(java.util.Comparator.comparing(Project::getLastChanged).reversed());
			return new MyProjects(rows(mine.stream().limit(MY_PROJECTS_SHOWN).toList(), locale, Function.identity()),
					mine.size());
		});
	}

	/**
	 * The projects the viewer follows, kept as the lists are: following counts a new generation of what is read beside the index ({@link ProjectManagement#follow}).
	 */
	private List<Long> followedBy(Viewer viewer) {
		return recent.get(new ListPage("followed", viewer.accountId(), null, null, null),
				() -> List.copyOf(followers.projectsFollowedBy(viewer.accountId())));
	}

	/**
	 * A project's page for the viewer. Throws {@link NotFoundException} for an unknown id and for a project the
	 * viewer may not see, so that its existence is not given away.
	 */
	public ProjectView project(long id, Viewer viewer, Locale locale) {
		var project = visible(id, viewer);
		var row = rows(List.of(project), locale, Function.identity()).get(0);
		var names = Names.of(project, directory, accounts);
		var can = permissions(project, viewer);
		var municipalities = actors.municipalities()
			.stream()
			.filter(m -> project.getMunicipalityCodes().contains(m.getCode()))
			.map(Municipality::getName)
			.toList();
		var departments = project.getDepartmentIds().stream().map(names.departments::get).sorted().toList();
		long followerCount = followers.count(id);
		boolean following = viewer.signedIn() && followers.follows(id, viewer.accountId());
		var indicators = project.getIndicators().stream().map(ProjectCatalogue::indicator).toList();
		var proposedOwner = project.getProposedOwnerOrganisationId();
		return new ProjectView(row, Markdown.toHtml(project.getDescription()),
				Markdown.toHtml(project.getResultsSummary()), Markdown.toHtml(project.getLessons()), municipalities,
				departments, participants(project, names), needs(project, viewer, can.decideOffers(), names),
				funding(project, names), indicators, summaries(indicators), history(project), files(project),
				followerCount, following, can, can.move() ? project.nextStages() : Set.of(), project.getUpdatedAt(),
				project.getOriginDayId(), project.getOriginTitle(), proposedOwner,
				proposedOwner == null ? null : directory.organisationNames(Set.of(proposedOwner)).get(proposedOwner));
	}

	/**
	 * A project's id, title and what the viewer may do with it, for the forms of its parts. Throws
	 * {@link NotFoundException} for an unknown id and for a project the viewer may not see.
	 */
	public ProjectHeading heading(long id, Viewer viewer) {
		var project = visible(id, viewer);
		return new ProjectHeading(project.getId(), project.getTitle(), project.getStage(),
				permissions(project, viewer));
	}

	/**
	 * As {@link #heading}, for the forms that change a part of the project: refuses a viewer who may not edit it
	 * (sees it, but is not its editor) with {@code AccessDeniedException}.
	 */
	public ProjectHeading editableHeading(long id, Viewer viewer) {
		var heading = heading(id, viewer);
		Web.require(heading.can().edit());
		return heading;
	}

	private static Permissions permissions(Project project, Viewer viewer) {
		return new Permissions(viewer.signedIn(), ProjectAccess.canEdit(project, viewer),
				ProjectAccess.canMove(project, viewer), ProjectAccess.canDecideOffers(project, viewer),
				ProjectAccess.canOffer(project, viewer), ProjectAccess.canAppointLead(project, viewer),
				ProjectAccess.canDecideOwnership(project, viewer), ProjectAccess.canPostUpdates(project, viewer),
				viewer.secretariat() || project.isParticipant(viewer));
	}

	/**
	 * The people who may sensibly be added to a project, by name: staff of the owner organisation, people already
	 * in it, and people of the partners that take part or offered to meet a need. Nobody else's login is shown.
	 */
	public List<Candidate> candidates(long id, Viewer viewer) {
		var project = editable(id, viewer);
		var organisations = new HashSet<Long>();
		var partners = new HashSet<Long>();
		var people = new HashSet<Long>();
		if (project.getOwnerOrganisationId() != null) {
			organisations.add(project.getOwnerOrganisationId());
		}
		for (var p : project.getParticipants()) {
			Names.add(partners, p.getPartnerId());
			Names.add(people, p.getAccountId());
		}
		project.getNeeds().forEach(n -> n.getOffers().forEach(o -> partners.add(o.getPartnerId())));
		var candidates = new java.util.LinkedHashMap<Long, Candidate>();
		java.util.stream.Stream.concat(accounts.accounts(people).stream().filter(AccountManagement.AccountRow::enabled),
				accounts.teamLogins(organisations, partners).stream())
			.forEach(a -> candidates.putIfAbsent(a.id(), new Candidate(a.id(), a.displayName())));
		return candidates.values()
			.stream()
			.sorted(java.util.Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The stored details of a project, for its edit form. */
	public ProjectDetails details(long id, Viewer viewer) {
		return editable(id, viewer).details();
	}

	/** The stored results summary and lessons of a project, as Markdown, for their form. */
	public Results results(long id, Viewer viewer) {
		var project = editable(id, viewer);
		return new Results(project.getResultsSummary(), project.getLessons());
	}

	/** The stored details of a funding line, for its edit form. */
	public FundingDetails fundingDetails(long id, long lineId, Viewer viewer) {
		return editable(id, viewer).fundingLine(lineId)
			.orElseThrow(() -> new NotFoundException("funding", lineId))
			.details();
	}

	/** The stages the viewer may move the project to now; none when they may not move it. */
	public Set<Stage> nextStages(long id, Viewer viewer) {
		var project = visible(id, viewer);
		return ProjectAccess.canMove(project, viewer) ? project.nextStages() : Set.of();
	}

	/** A need of a project the viewer may see, without its offers, for the offer form. */
	public NeedView need(long id, long needId, Viewer viewer) {
		var n = visible(id, viewer).need(needId).orElseThrow(() -> new NotFoundException("need", needId));
		return new NeedView(n.getId(), n.getKind(), n.getPartnerKind(), n.getAmount(), n.getDescription(),
				n.getStatus(), List.of());
	}

	/** An indicator of a project the viewer may edit, with its measurements, for the measurement form. */
	public IndicatorView indicator(long id, long indicatorId, Viewer viewer) {
		return indicator(editable(id, viewer).indicator(indicatorId)
			.orElseThrow(() -> new NotFoundException("indicator", indicatorId)));
	}

	/** The project a development day's group became, if it has been handed over and the viewer may see it. */
	public Optional<Long> projectOfGroup(long groupId, Viewer viewer) {
		return projects.findByOriginGroupId(groupId).filter(p -> ProjectAccess.canSee(p, viewer)).map(Project::getId);
	}

	/**
	 * The projects development days' groups became, by group id, as far as the viewer may see them: a group not
	 * handed over yet, or whose project the viewer may not see, is left out.
	 */
	public Map<Long, GroupProject> projectsOfGroups(Collection<Long> groupIds, Viewer viewer) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		return projects.findByOriginGroupIdIn(groupIds)
			.stream()
			.filter(p -> ProjectAccess.canSee(p, viewer))
			.collect(Collectors.toMap(Project::getOriginGroupId,
					p -> new GroupProject(p.getId(), p.getTitle(), p.getStage())));
	}

	/** The project a development day's group became: its id, title and stage. */
	public record GroupProject(long id, String title, Stage stage) {
	}

	private Project visible(long id, Viewer viewer) {
		return projects.findById(id)
			.filter(p -> ProjectAccess.canSee(p, viewer))
			.orElseThrow(() -> new NotFoundException("project", id));
	}

	private Project editable(long id, Viewer viewer) {
		var project = visible(id, viewer);
		if (!ProjectAccess.canEdit(project, viewer)) {
			throw new AccessDeniedException("Not allowed");
		}
		return project;
	}

	/** A project's results summary and lessons learned, as written. */
	public record Results(String resultsSummary, String lessons) {
	}

	/** The stored details of an indicator, for its edit form. */
	public IndicatorDetails indicatorDetails(long id, long indicatorId, Viewer viewer) {
		return editable(id, viewer).indicator(indicatorId)
			.orElseThrow(() -> new NotFoundException("indicator", indicatorId))
			.details();
	}

	/** A project's title, if the viewer may see it. */
	public Optional<String> title(long id, Viewer viewer) {
		return projects.findById(id).filter(p -> ProjectAccess.canSee(p, viewer)).map(Project::getTitle);
	}

	/**
	 * A page of the open needs of the active projects the viewer may see, with the total, from the search index:
	 * newest first, or best match first when there are words to search for.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Page<OpenNeedRow> openNeeds(NeedFilter filter, Viewer viewer, Pageable pageable, Locale locale) {
		return recent.get(new ListPage("needs", filter, viewer.sees(), pageable, locale), () -> {
			if (index.answers(filter.q())) {
				var ids = TextSearch.ids(entityManager, Need.class, filter.q(), f -> indexed(f, filter, viewer),
						TextSearch::newestFirst, pageable, SearchFields.THEME_NAMES);
				var themes = themeNames(locale);
				return new PageImpl<>(TextSearch.inOrder(entityManager, Need.class, ids.getContent())
					.stream()
					.map(need -> openNeedRow(need, themes))
					.toList(), pageable, ids.getTotalElements());
			}
			var projectFilter = new ProjectFilter(filter.q(), null, filter.theme(), filter.region(), null, null,
					filter.kind());
			var shown = visibleTo(viewer).and(matching(projectFilter)).and(active());
			Specification<Need> open = (need, query, cb) -> {
				Subquery<Long> projectIds = query.subquery(Long.class);
				Root<Project> project = projectIds.from(Project.class);
				projectIds.select(project.get("id")).where(shown.toPredicate(project, query, cb));
				var predicates = new ArrayList<Predicate>();
				predicates.add(cb.equal(need.get("status"), NeedStatus.OPEN));
				predicates.add(need.get("project").get("id").in(projectIds));
				if (filter.kind() != null) {
					predicates.add(cb.equal(need.get("kind"), filter.kind()));
				}
				if (filter.partnerKind() != null) {
					predicates.add(cb.equal(need.get("partnerKind"), filter.partnerKind()));
				}
				return cb.and(predicates.toArray(Predicate[]::new));
			};
			var themes = themeNames(locale);
			return needs
				.findAll(open, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
						Sort.by(Sort.Order.desc("id"))))
				.map(need -> openNeedRow(need, themes));
		});
	}

	private static OpenNeedRow openNeedRow(Need need, Map<Long, String> themes) {
		var project = need.getProject();
		return new OpenNeedRow(need.getId(), need.getKind(), need.getPartnerKind(), need.getAmount(),
				need.getDescription(), project.getId(), project.getTitle(), project.getStage(),
				project.getThemeIds().stream().map(themes::get).sorted().toList());
	}

	// --- assembling views

	private <R> R rows(List<Project> list, Locale locale, Function<List<ProjectRow>, R> wrap) {
		var themes = themeNames(locale);
		var owners = directory.organisationNames(list.stream()
			.map(Project::getOwnerOrganisationId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet()));
		var ids = list.stream().map(Project::getId).toArray(Long[]::new);
		var openNeeds = new HashMap<Long, Long>();
		var bottomLines = new HashMap<Long, Set<BottomLine>>();
		if (ids.length > 0) {
			projects.openNeedCounts(ids).forEach(row -> openNeeds.put(number(row[0]), number(row[1])));
			projects.bottomLines(ids).forEach(row -> bottomLines
				.computeIfAbsent(number(row[0]), id -> EnumSet.noneOf(BottomLine.class))
				.add(BottomLine.valueOf((String) row[1])));
		}
		return wrap.apply(list.stream()
			.map(p -> new ProjectRow(p.getId(), p.getTitle(), p.getSummary(), p.getStage(), p.getVisibility(),
					p.getOwnerOrganisationId(), owners.get(p.getOwnerOrganisationId()),
					p.getThemeIds().stream().map(themes::get).filter(java.util.Objects::nonNull).sorted().toList(),
					openNeeds.getOrDefault(p.getId(), 0L),
					bottomLines.getOrDefault(p.getId(), EnumSet.noneOf(BottomLine.class))))
			.toList());
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private Map<Long, String> themeNames(Locale locale) {
		return actors.themes().stream().collect(Collectors.toMap(Theme::getId, t -> t.getName(locale)));
	}

	private static List<ParticipantView> participants(Project project, Names names) {
		return project.getParticipants().stream().map(p -> {
			if (p.getOrganisationId() != null) {
				return new ParticipantView(p.getId(), p.getRole(), ParticipantKind.ORGANISATION,
						names.organisations.get(p.getOrganisationId()), "/organisationer/" + p.getOrganisationId());
			}
			if (p.getPartnerId() != null) {
				return new ParticipantView(p.getId(), p.getRole(), ParticipantKind.PARTNER,
						names.partners.get(p.getPartnerId()),
						"/partnere/" + p.getPartnerId());
			}
			return new ParticipantView(p.getId(), p.getRole(), ParticipantKind.PERSON,
					p.getAccountId() == null ? p.getPersonName() : names.people.get(p.getAccountId()), null);
		}).sorted(java.util.Comparator.comparing(ParticipantView::role)).toList();
	}

	private static List<NeedView> needs(Project project, Viewer viewer, boolean allOffers, Names names) {
		return project.getNeeds().stream().map(n -> new NeedView(n.getId(), n.getKind(), n.getPartnerKind(),
				n.getAmount(), n.getDescription(), n.getStatus(),
				n.getOffers().stream()
					.filter(o -> allOffers || (viewer.partnerId() != null && viewer.partnerId() == o.getPartnerId()))
					.map(o -> new OfferView(o.getId(), o.getPartnerId(), names.partners.get(o.getPartnerId()),
							o.getMessage(), o.getStatus(), o.getCreatedAt()))
					.toList()))
			.toList();
	}

	private static FundingView funding(Project project, Names names) {
		var lines = project.getFundingLines().stream().map(f -> new FundingLineView(f.getId(),
				f.getFunderPartnerId() == null ? f.getFunderName() : names.partners.get(f.getFunderPartnerId()),
				f.getFunderPartnerId() == null ? null : "/partnere/" + f.getFunderPartnerId(), f.getStatus(),
				f.getAmount(), f.getAppliedOn(), f.getDecidedOn(), f.getSeedApplicationId()))
			.toList();
		long committed = project.committedFunding();
		long applied = project.getFundingLines()
			.stream()
			.filter(f -> f.getStatus() == FundingStatus.APPLIED)
			.mapToLong(FundingLine::getAmount)
			.sum();
		Double share = project.getBudget() == null || project.getBudget() == 0 ? null
				: committed / (double) project.getBudget();
		return new FundingView(project.getBudget(), lines, committed, applied, share);
	}

	private static IndicatorView indicator(Indicator i) {
		var measurements = i.getMeasurements()
			.stream()
			.map(m -> new MeasurementView(m.getMeasuredOn(), m.getMeasured(), m.getNote()))
			.toList();
		return new IndicatorView(i.getId(), i.getBottomLine(), i.getName(), i.getUnit(), i.getBaselineValue(),
				i.getBaselineDate(), i.getTargetValue(), i.getTargetDate(), i.getSdgs(), measurements,
				IndicatorChart.of(i), progress(i), i.getDefinitionCode());
	}

	/** How far the latest measurement has come from baseline towards target, between 0 and 1; null unmeasured. */
	static Double progress(Indicator indicator) {
		var measurements = indicator.getMeasurements();
		if (measurements.isEmpty()) {
			return null;
		}
		var distance = indicator.getTargetValue().subtract(indicator.getBaselineValue());
		if (distance.signum() == 0) {
			return 1.0;
		}
		var latest = measurements.get(measurements.size() - 1).getMeasured();
		double share = latest.subtract(indicator.getBaselineValue())
			.divide(distance, 4, RoundingMode.HALF_UP)
			.doubleValue();
		return Math.max(0, Math.min(1, share));
	}

	private static List<BottomLineSummary> summaries(List<IndicatorView> indicators) {
		var summaries = new ArrayList<BottomLineSummary>();
		for (var line : BottomLine.values()) {
			var ofLine = indicators.stream().filter(i -> i.bottomLine() == line).toList();
			var progress = ofLine.stream()
				.map(IndicatorView::progress)
				.filter(java.util.Objects::nonNull)
				.mapToDouble(Double::doubleValue)
				.average();
			summaries.add(new BottomLineSummary(line, ofLine.size(),
					progress.isPresent() ? progress.getAsDouble() : null));
		}
		return summaries;
	}

	private static List<TransitionView> history(Project project) {
		return project.getHistory()
			.stream()
			.map(t -> new TransitionView(t.getFromStage(), t.getToStage(), t.getActorName(), t.getComment(),
					t.getHappenedAt()))
			.toList();
	}

	private static List<FileView> files(Project project) {
		return project.getFiles()
			.stream()
			.map(f -> new FileView(f.getId(), f.getTitle(), f.getFileName(), f.getContentType(), f.getSizeBytes(),
					f.isPublicResult(), f.getUploadedAt()))
			.toList();
	}

	/** Names of everything a project refers to, looked up in a few queries. */
	private record Names(Map<Long, String> organisations, Map<Long, String> partners, Map<Long, String> people,
			Map<Long, String> departments) {

		static Names of(Project project, Directory directory, AccountManagement accounts) {
			var organisations = new HashSet<Long>();
			var partners = new HashSet<Long>();
			var people = new HashSet<Long>();
			for (var p : project.getParticipants()) {
				add(organisations, p.getOrganisationId());
				add(partners, p.getPartnerId());
				add(people, p.getAccountId());
			}
			project.getNeeds().forEach(n -> n.getOffers().forEach(o -> partners.add(o.getPartnerId())));
			project.getFundingLines().forEach(f -> add(partners, f.getFunderPartnerId()));
			var peopleNames = accounts.accounts(people)
				.stream()
				.collect(Collectors.toMap(a -> a.id(), a -> a.displayName()));
			return new Names(directory.organisationNames(organisations), directory.partnerNames(partners),
					peopleNames, directory.departmentNames(project.getDepartmentIds()));
		}

		private static void add(Collection<Long> ids, Long id) {
			if (id != null) {
				ids.add(id);
			}
		}
	}

	// --- filters

	private List<ProjectRow> projectRowsOf(List<Long> ids, Locale locale) {
		return rows(TextSearch.inOrder(entityManager, Project.class, ids), locale, Function.identity());
	}

	/** The filter of the project list, in the search index: the same choices as {@link #matching}. */
	private static SearchPredicate indexed(SearchPredicateFactory f, ProjectFilter filter, Viewer viewer, Mine mine) {
		var all = visibleInIndex(f, viewer);
		if (mine != null) {
			all.filter(mine.inIndex(f));
		}
		if (filter.stage() != null) {
			all.filter(f.match().field(SearchFields.STAGE).matching(filter.stage()));
		}
		if (filter.owner() != null) {
			all.filter(f.match().field("owner").matching(filter.owner()));
		}
		if (filter.theme() != null) {
			all.filter(f.match().field(SearchFields.THEMES).matching(filter.theme()));
		}
		if (filter.region() != null) {
			all.filter(f.match().field(SearchFields.REGIONS).matching(filter.region().name(), ValueModel.INDEX));
		}
		if (filter.bottomLine() != null) {
			all.filter(f.match().field(SearchFields.BOTTOM_LINES).matching(filter.bottomLine()));
		}
		if (filter.need() != null) {
			all.filter(f.match().field("openNeeds").matching(filter.need()));
		}
		return all.toPredicate();
	}

	/** The filter of the open-needs list, in the search index: the same choices as {@link #openNeeds}. */
	private static SearchPredicate indexed(SearchPredicateFactory f, NeedFilter filter, Viewer viewer) {
		var all = visibleInIndex(f, viewer);
		all.filter(f.match().field("status").matching(NeedStatus.OPEN));
		all.filter(f.terms().field(SearchFields.STAGE).matchingAny(List.of(Stage.IDEA, Stage.PROJECT_GROUP,
				Stage.RUNNING)));
		if (filter.kind() != null) {
			all.filter(f.match().field(SearchFields.NEED_KIND).matching(filter.kind()));
		}
		if (filter.partnerKind() != null) {
			all.filter(f.match().field(SearchFields.PARTNER_KIND).matching(filter.partnerKind()));
		}
		if (filter.theme() != null) {
			all.filter(f.match().field(SearchFields.THEMES).matching(filter.theme()));
		}
		if (filter.region() != null) {
			all.filter(f.match().field(SearchFields.REGIONS).matching(filter.region().name(), ValueModel.INDEX));
		}
		return all.toPredicate();
	}

	/** What the viewer may see, by the reader keys in the index, as {@link #visibleTo} in the database. */
	static BooleanPredicateClausesStep<?, ?> visibleInIndex(SearchPredicateFactory f, Viewer viewer) {
		var all = f.bool().must(f.matchAll());
		if (!viewer.secretariat()) {
			all.filter(f.terms().field(SearchFields.READERS).matchingAny(viewer.readerKeys(), ValueModel.INDEX));
		}
		return all;
	}

	private static Specification<Project> visibleTo(Viewer viewer) {
		return (root, query, cb) -> {
			if (viewer.secretariat()) {
				return cb.conjunction();
			}
			var allowed = new ArrayList<Predicate>();
			allowed.add(cb.equal(root.get("visibility"), Visibility.PUBLIC));
			if (viewer.signedIn()) {
				if (viewer.member()) {
					allowed.add(cb.equal(root.get("visibility"), Visibility.MEMBERS));
				}
				allowed.add(cb.equal(root.get("proposedByAccountId"), viewer.accountId()));
				if (viewer.organisationId() != null) {
					allowed.add(cb.equal(root.get("proposedOwnerOrganisationId"), viewer.organisationId()));
				}
				allowed.add(root.get("id").in(involving(query, cb, viewer)));
			}
			return cb.or(allowed.toArray(Predicate[]::new));
		};
	}

	/** The ids of the projects the signed-in viewer takes part in, by login, organisation or partner. */
	private static Subquery<Long> involving(jakarta.persistence.criteria.CriteriaQuery<?> query,
			jakarta.persistence.criteria.CriteriaBuilder cb, Viewer viewer) {
		Subquery<Long> participating = query.subquery(Long.class);
		Root<Participant> participant = participating.from(Participant.class);
		var who = new ArrayList<Predicate>();
		who.add(cb.equal(participant.get("accountId"), viewer.accountId()));
		if (viewer.organisationId() != null) {
			who.add(cb.equal(participant.get("organisationId"), viewer.organisationId()));
		}
		if (viewer.partnerId() != null) {
			who.add(cb.equal(participant.get("partnerId"), viewer.partnerId()));
		}
		return participating.select(participant.get("project").get("id")).where(cb.or(who.toArray(Predicate[]::new)));
	}

	private static Specification<Project> active() {
		return (root, query, cb) -> root.get("stage").in(Stage.IDEA, Stage.PROJECT_GROUP, Stage.RUNNING);
	}

	private Specification<Project> matching(ProjectFilter filter) {
		return (root, query, cb) -> {
			var predicates = new ArrayList<Predicate>();
			if (filter.stage() != null) {
				predicates.add(cb.equal(root.get("stage"), filter.stage()));
			}
			if (filter.owner() != null) {
				predicates.add(cb.equal(root.get("ownerOrganisationId"), filter.owner()));
			}
			if (filter.theme() != null) {
				predicates.add(cb.isMember(filter.theme(), root.<Collection<Long>>get("themeIds")));
			}
			if (filter.region() != null) {
				var codes = codesIn(filter.region());
				Subquery<Long> inRegion = query.subquery(Long.class);
				Root<Project> other = inRegion.from(Project.class);
				inRegion.select(other.get("id")).where(other.join("municipalityCodes").in(codes));
				predicates.add(root.get("id").in(inRegion));
			}
			if (filter.bottomLine() != null) {
				Subquery<Long> measured = query.subquery(Long.class);
				Root<Indicator> indicator = measured.from(Indicator.class);
				measured.select(indicator.get("project").get("id"))
					.where(cb.equal(indicator.get("bottomLine"), filter.bottomLine()));
				predicates.add(root.get("id").in(measured));
			}
			if (filter.need() != null) {
				predicates.add(root.get("id").in(openNeeds(query.subquery(Long.class), cb, filter.need())));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Subquery<Long> openNeeds(Subquery<Long> subquery, CriteriaBuilder cb, NeedKind kind) {
		Root<Need> need = subquery.from(Need.class);
		return subquery.select(need.get("project").get("id"))
			.where(cb.equal(need.get("kind"), kind), cb.equal(need.get("status"), NeedStatus.OPEN));
	}

	private Set<Integer> codesIn(Region region) {
		var codes = actors.municipalities()
			.stream()
			.filter(m -> m.getRegion() == region)
			.map(Municipality::getCode)
			.collect(Collectors.toSet());
		return codes.isEmpty() ? Set.of(-1) : codes;
	}

	static BigDecimal scale(BigDecimal value) {
		return value.stripTrailingZeros();
	}
}
