package dk.spirekassen.projects;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.Partner;
import dk.spirekassen.actors.PartnerDetails;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.notifications.NotificationKind;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.IndexState;
import dk.spirekassen.shared.MatchingWords;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;
import dk.spirekassen.shared.SearchFields;

/**
 * Suggests partners for a project's open need, and open needs for a partner, each with the reasons why.
 * <p>
 * Hard filters come first, in the search index: what the need asks for (what the partner offers, or the kind of
 * partner); the region, where it matters (volunteers and local actors); partners who said "not relevant" or whose
 * offer to it was already made or declined; foundations whose largest grant cannot cover the amount. Then a score
 * from the same query: the words of the need and its project in the partner's profile (or the other way round), one
 * step for each shared theme, and, for a need, partners who took part in projects like it. Last, among the
 * candidates, earlier work with the project's organisations moves a partner up, and earlier offers' outcomes up or
 * down. Every suggestion has at least one reason besides the hard filters, so nothing is suggested without a why.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class Matchmaking {

	/** The suggestions shown. */
	public static final int SHOWN = 10;

	/** The ideas and project groups suggested to a partner beside its needs. */
	private static final int SHOWN_PROJECTS = 5;

	/** The member organisations suggested beside the partners. */
	private static final int SHOWN_ORGANISATIONS = 5;

	/** The candidates read from the index and ranked again with earlier offers. */
	private static final int CANDIDATES = 40;

	/** The projects like a need that name the partners who did something like it before. */
	private static final int SIMILAR_PROJECTS = 5;

	private static final float THEME_WEIGHT = 1.5f;

	/** The project's title tells what the need is for, but less than the need's own words. */
	private static final float PROJECT_TITLE_WEIGHT = 0.3f;

	/** A candidate scoring less than this share of the best is left out: it is there by a word, not a fit. */
	private static final float CUTOFF = 0.3f;

	private static final float SIMILAR_PROJECT_WEIGHT = 2f;

	private static final float WORKED_WITH_WEIGHT = 1f;

	private static final float INVITED_WEIGHT = 1000f;

	/** Added for each accepted offer, and taken off for each declined one, up to three of each. */
	private static final float OFFER_OUTCOME_WEIGHT = 0.5f;

	private static final int MAX_WORDS = 4;

	/** The evidence a suggestion needs ({@link #evidence}). */
	private static final int ENOUGH = 2;

	/** Words of the sector that every need and profile may use, left out of what is matched. */
	private static final Set<String> GENERIC = Set.of("beboer", "beboere", "beboerne", "beboernes", "afdeling",
			"afdelinger", "afdelingen", "afdelingerne", "afdelingernes", "bolig", "boliger", "boligen", "boligerne",
			"boligernes", "boligområde", "boligområder", "boligområdet", "boligområderne", "almen", "almene",
			"erfaring", "erfaringer", "viden", "projekt", "projektet", "projekter");

	private static final int MAX_TEXT = 600;

	/** The kinds of partner who are local by nature: for them, as for volunteers, the region matters. */
	private static final Set<PartnerKind> LOCAL = EnumSet.of(PartnerKind.CIVIL_SOCIETY, PartnerKind.ENTHUSIAST,
			PartnerKind.MUNICIPALITY);

	private final EntityManager entityManager;

	private final Projects projects;

	private final Dismissals dismissals;

	private final Invitations invitations;

	private final SuggestionCounts counts;

	private final Directory directory;

	private final ActorManagement actors;

	private final AccountManagement accounts;

	private final ProjectManagement management;

	private final JdbcClient jdbc;

	private final RecentReads recent;

	private final IndexState index;

	private final MatchingWords matching;

	Matchmaking(EntityManager entityManager, Projects projects, Dismissals dismissals, Invitations invitations,
			SuggestionCounts counts, Directory directory, ActorManagement actors, AccountManagement accounts,
			ProjectManagement management, JdbcClient jdbc, RecentReads recent, IndexState index,
			MatchingWords matching) {
		this.matching = matching;
		this.recent = recent;
		this.index = index;
		this.entityManager = entityManager;
		this.projects = projects;
		this.dismissals = dismissals;
		this.invitations = invitations;
		this.counts = counts;
		this.directory = directory;
		this.actors = actors;
		this.accounts = accounts;
		this.management = management;
		this.jdbc = jdbc;
	}

	/** A partner suggested for a need, at its rank (from 1), with its reasons, and whether it was invited. */
	public record PartnerSuggestion(long partnerId, String name, PartnerKind kind, int rank, List<Reason> reasons,
			boolean invited) {
	}

	/** A need suggested to a partner, at its rank (from 1), with its project and its reasons. */
	public record NeedSuggestion(long needId, long projectId, String projectTitle, String description, NeedKind kind,
			int rank, List<Reason> reasons) {
	}

	/** One reason for a suggestion: its kind and the value it names (a theme, words, a region, a project...). */
	public record Reason(ReasonKind kind, String value) {
	}

	/** A need as the suggestions page heads it. */
	public record NeedHeading(long id, long projectId, String projectTitle, String description, NeedKind kind,
			PartnerKind partnerKind, Long amount, NeedStatus status) {
	}

	// --- partners for a need

	/** The need, for the page of its suggestions; only for those who decide the project's offers. */
	public NeedHeading need(long projectId, long needId, Viewer viewer) {
		return suggestions(projectId, needId, viewer, Locale.ROOT).need();
	}

	/** Everything suggested for a need: the partners and the member organisations (below), with the need. */
	public record NeedSuggestions(NeedHeading need, List<PartnerSuggestion> partners,
			List<OrganisationSuggestion> organisations) {
	}

	/**
	 * The page of a need's suggestions: the need, the partners ({@link #partnersFor}) and the member organisations
	 * ({@link #organisationsFor}), for those who decide the project's offers; kept while nothing they depend on
	 * changes ({@link RecentReads}: every change to projects, partners, offers, invitations and "Ikke relevant" counts
	 * a new generation). Counts the partners as shown.
	 */
	public NeedSuggestions suggestions(long projectId, long needId, Viewer viewer, Locale locale) {
		var kept = recent.get(new ListPage("need-suggestions", List.of(projectId, needId), viewer, null, locale),
				() -> readSuggestions(projectId, needId, viewer, locale));
		counts.add(SuggestionEvent.SHOWN, kept.partners().size());
		return kept;
	}

	private NeedSuggestions readSuggestions(long projectId, long needId, Viewer viewer, Locale locale) {
		var need = decidable(projectId, needId, viewer);
		var project = need.getProject();
		var heading = new NeedHeading(need.getId(), project.getId(), project.getTitle(), need.getDescription(),
				need.getKind(), need.getPartnerKind(), need.getAmount(), need.getStatus());
		if (need.getStatus() != NeedStatus.OPEN) {
			return new NeedSuggestions(heading, List.of(), List.of());
		}
		// The projects most like the need give partners and member organisations alike their similar project.
		var similar = similarHits(words(need.getDescription(), project.getTitle()), project.getId(), viewer);
		return new NeedSuggestions(heading, readPartners(need, similar, viewer, locale),
				readOrganisations(need, similar));
	}

	/**
	 * The partners who could meet an open need, best first, with their reasons; for those who decide the project's
	 * offers (its leads, its owner's staff and the secretariat). A need that is met has none.
	 */
	public List<PartnerSuggestion> partnersFor(long projectId, long needId, Viewer viewer, Locale locale) {
		return suggestions(projectId, needId, viewer, locale).partners();
	}

	private List<PartnerSuggestion> readPartners(Need need, List<SimilarHit> similarHits, Viewer viewer,
			Locale locale) {
		long needId = need.getId();
		var project = need.getProject();
		var words = words(need.getDescription(), null);
		var context = words(project.getTitle(), null);
		var regions = regionsOf(project.getMunicipalityCodes());
		boolean local = local(need.getKind(), need.getPartnerKind());
		var left = new HashSet<Long>(dismissals.partnersDismissedFrom(needId));
		need.getOffers().forEach(o -> left.add(o.getPartnerId()));
		project.getParticipants().stream().map(Participant::getPartnerId).filter(p -> p != null).forEach(left::add);
		var invited = new HashSet<Long>(invitations.partnersInvitedTo(needId));

		var similar = actorsOf(similarHits, SearchFields::partnerIn);
		var organisations = project.getParticipants()
			.stream()
			.map(Participant::getOrganisationId)
			.filter(o -> o != null)
			.collect(Collectors.toCollection(HashSet::new));
		if (project.getOwnerOrganisationId() != null) {
			organisations.add(project.getOwnerOrganisationId());
		}

		var hits = Search.session(entityManager)
			.search(Partner.class)
			.select(f -> partnerHit(f))
			.where(f -> {
				var all = f.bool();
				if (need.getKind() == NeedKind.PARTNER) {
					all.filter(f.match().field(SearchFields.PARTNER_KIND).matching(need.getPartnerKind()));
				}
				else {
					all.filter(f.match().field(SearchFields.OFFERS).matching(need.getKind().offer()));
				}
				if (local && !regions.isEmpty()) {
					all.filter(f.bool()
						.should(f.terms().field(SearchFields.REGIONS).matchingAny(regions, ValueModel.INDEX))
						.should(f.not(f.exists().field(SearchFields.REGIONS))));
				}
				if (need.getKind() == NeedKind.FUNDS && need.getAmount() != null) {
					all.mustNot(f.range().field(SearchFields.GRANT_MAX).lessThan(need.getAmount()));
				}
				if (!left.isEmpty()) {
					all.mustNot(f.id().matchingAny(left));
				}
				// A reason of substance: the partner's own words, a project like it, an invitation; for money,
				// what the funder supports (its themes) is reason enough, and for a local actor of the kind asked
				// for, being where the project is.
				var reasons = f.bool();
				if (words != null) {
					reasons.should(wordsIn(f, words, 0.5f));
				}
				if (!similar.isEmpty()) {
					reasons.should(f.id().matchingAny(similar.keySet()).constantScore().boost(SIMILAR_PROJECT_WEIGHT));
				}
				if (!invited.isEmpty()) {
					reasons.should(f.id().matchingAny(invited).constantScore().boost(INVITED_WEIGHT));
				}
				if (context != null) {
					all.should(f.match()
						.field(SearchFields.TEXT)
						.matching(context)
						.analyzer(SearchFields.DANISH)
						.boost(PROJECT_TITLE_WEIGHT));
				}
				var themes = project.getThemeIds();
				if (need.getKind() == NeedKind.FUNDS) {
					themes.forEach(theme -> reasons.should(themeStep(f, theme)));
				}
				else {
					themes.forEach(theme -> all.should(themeStep(f, theme)));
				}
				if (local && !regions.isEmpty() && need.getKind() == NeedKind.PARTNER) {
					// A local actor of the kind asked for, where the project is, is reason enough.
					reasons.should(f.terms().field(SearchFields.REGIONS).matchingAny(regions, ValueModel.INDEX));
				}
				return all.must(reasons);
			})
			.fetchHits(CANDIDATES);

		// Earlier work with the project's organisations and earlier offers' outcomes rank the candidates again.
		var candidates = hits.stream().map(PartnerHit::id).toList();
		var workedWith = workedWith(organisations, project.getId(), candidates, viewer);
		var outcomes = offerOutcomes(candidates);
		var scored = hits.stream()
			.map(h -> Map.entry(h, h.score() + outcomes.getOrDefault(h.id(), OfferOutcome.NONE).weight()
					+ (workedWith.containsKey(h.id()) ? WORKED_WITH_WEIGHT : 0)))
			.sorted(Map.Entry.<PartnerHit, Float>comparingByValue().reversed())
			.toList();
		float best = scored.isEmpty() ? 0 : scored.get(0).getValue();
		var ranked = scored.stream()
			.filter(e -> invited.contains(e.getKey().id()) || e.getValue() >= CUTOFF * best)
			.map(Map.Entry::getKey)
			.toList();
		var themeNames = themeNames(locale);
		var projectThemes = project.getThemeIds();
		var organisationNames = directory.organisationNames(workedWith.values()
			.stream()
			.flatMap(Collection::stream)
			.collect(Collectors.toSet()));
		var suggestions = new ArrayList<PartnerSuggestion>();
		// The words the query looked for: the need's, and the project's title.
		var terms = new HashSet<>(matching.terms(words));
		terms.addAll(matching.terms(context));
		for (var hit : ranked) {
			var marked = matching.meeting(hit.text(), terms, MAX_WORDS, GENERIC);
			var reasons = reasons(invited.contains(hit.id()), hit.themes(), projectThemes, themeNames, marked);
			if (local) {
				hit.regions()
					.stream()
					.filter(regions::contains)
					.findFirst()
					.ifPresent(region -> reasons.add(new Reason(ReasonKind.REGION, region)));
			}
			if (similar.containsKey(hit.id())) {
				reasons.add(new Reason(ReasonKind.SIMILAR_PROJECT, similar.get(hit.id())));
			}
			if (workedWith.containsKey(hit.id())) {
				workedWith.get(hit.id())
					.stream()
					.map(organisationNames::get)
					.filter(name -> name != null)
					.findFirst()
					.ifPresent(name -> reasons.add(new Reason(ReasonKind.WORKED_WITH, name)));
			}
			var outcome = outcomes.get(hit.id());
			if (outcome != null && outcome.accepted() > 0) {
				reasons.add(new Reason(ReasonKind.ACCEPTED_OFFERS, String.valueOf(outcome.accepted())));
			}
			if (evidence(reasons, need.getKind(), marked.size()) < ENOUGH) {
				// One word or one theme in common is a coincidence more often than a fit.
				continue;
			}
			suggestions.add(new PartnerSuggestion(hit.id(), hit.name(), hit.kind(), suggestions.size() + 1,
					List.copyOf(reasons), invited.contains(hit.id())));
			if (suggestions.size() == SHOWN) {
				break;
			}
		}
		return suggestions;
	}

	/**
	 * How much the reasons say together: one for each shared theme, matching word, similar project and earlier work
	 * with the project's organisations, and one for being the kind of partner a need names; an invitation is always
	 * enough. For money, a theme the funder supports counts
	 * twice (funders are matched by what they support), and so does the region for a local actor of the kind asked
	 * for (any municipality can allocate homes where it is).
	 */
	private static int evidence(List<Reason> reasons, NeedKind need, int words) {
		// A need that names the kind of partner it wants has said half of it already.
		int evidence = need == NeedKind.PARTNER ? 1 : 0;
		for (var reason : reasons) {
			evidence += switch (reason.kind()) {
				case INVITED -> ENOUGH;
				case THEME -> need == NeedKind.FUNDS ? 2 : 1;
				case WORDS -> words;
				case REGION -> need == NeedKind.PARTNER ? 2 : 0;
				case SIMILAR_PROJECT, WORKED_WITH -> 1;
				case ACCEPTED_OFFERS -> 0;
			};
		}
		return evidence;
	}

	/**
	 * The words in a document's text, and at the given weight in its title, read as the index reads them, parts of
	 * compound words and all: "energirådgiver" meets "energirenovering".
	 */
	private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep wordsIn(
			SearchPredicateFactory f, String words, float titleWeight) {
		return f.match()
			.field(SearchFields.TEXT)
			.field(SearchFields.TITLE).boost(titleWeight)
			.matching(words)
			.analyzer(SearchFields.DANISH);
	}

	private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep themeStep(
			SearchPredicateFactory f, long theme) {
		return f.match().field(SearchFields.THEMES).matching(theme).constantScore().boost(THEME_WEIGHT);
	}

	private record PartnerHit(long id, float score, String name, PartnerKind kind, List<Long> themes,
			List<String> regions, String text) {
	}

	@SuppressWarnings("unchecked")
	private static ProjectionFinalStep<PartnerHit> partnerHit(SearchProjectionFactory<?, ?> f) {
		return f.composite()
			.from(f.id(Long.class), f.score(), f.field(SearchFields.TITLE, String.class),
					f.field(SearchFields.PARTNER_KIND, PartnerKind.class),
					f.field(SearchFields.THEMES, Long.class).list(),
					f.field(SearchFields.REGIONS, String.class, ValueModel.INDEX).list(),
					f.field(SearchFields.TEXT, String.class))
			.asArray(v -> new PartnerHit((Long) v[0], (Float) v[1], (String) v[2], (PartnerKind) v[3],
					(List<Long>) v[4], (List<String>) v[5], (String) v[6]));
	}

	/**
	 * The actors (partners or organisations, as {@code idOf} reads their keys) of the projects most like a need, each
	 * with the title of the most alike project it took part in.
	 */
	private static Map<Long, String> actorsOf(List<SimilarHit> hits, java.util.function.Function<String, Long> idOf) {
		var actors = new LinkedHashMap<Long, String>();
		for (var hit : hits) {
			hit.actors().stream().map(idOf).filter(id -> id != null).forEach(id -> actors.putIfAbsent(id, hit.title()));
		}
		return actors;
	}

	/** A project most like a need: its id, title and the keys of its actors. */
	private record SimilarHit(long id, String title, List<String> actors) {
	}

	/** The projects most like the words, best first, among those the viewer may see, this one left out. */
	@SuppressWarnings("unchecked")
	private List<SimilarHit> similarHits(String words, long projectId, Viewer viewer) {
		if (words == null) {
			return List.of();
		}
		return Search.session(entityManager)
			.search(Project.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field(SearchFields.TITLE, String.class),
						f.field(SearchFields.ACTORS, String.class, ValueModel.INDEX).list())
				.asArray(v -> new SimilarHit((Long) v[0], (String) v[1], (List<String>) v[2])))
			.where(f -> f.bool()
				.must(f.match()
					.field(SearchFields.TITLE).boost(2f)
					.field(SearchFields.TEXT)
					.matching(words)
					.minimumShouldMatchPercent(50))
				.filter(ProjectCatalogue.visibleInIndex(f, viewer))
				.mustNot(f.id().matching(projectId)))
			.fetchHits(SIMILAR_PROJECTS);
	}

	/**
	 * A member organisation whose people did a project like the need's, named with that project and with those of
	 * its staff who took part in such projects by their login, most alike first.
	 */
	public record OrganisationSuggestion(long organisationId, String name, String similarProject,
			List<PersonSuggestion> people) {
	}

	/** Someone on a member organisation's staff who took part in a project like the need's, with that project. */
	public record PersonSuggestion(String name, long projectId, String project) {
	}

	/**
	 * The people of member organisations who could meet the need: the organisations, other than the project's own,
	 * that took part in the projects most like it (among those the viewer may see), with the project, and those of
	 * their staff who took part in such a project by their login. For those who decide the project's offers.
	 */
	public List<OrganisationSuggestion> organisationsFor(long projectId, long needId, Viewer viewer) {
		return suggestions(projectId, needId, viewer, Locale.ROOT).organisations();
	}

	private List<OrganisationSuggestion> readOrganisations(Need need, List<SimilarHit> hits) {
		var project = need.getProject();
		var own = new HashSet<Long>();
		if (project.getOwnerOrganisationId() != null) {
			own.add(project.getOwnerOrganisationId());
		}
		project.getParticipants().stream().map(Participant::getOrganisationId).filter(o -> o != null)
			.forEach(own::add);
		var similar = new LinkedHashMap<>(actorsOf(hits, SearchFields::organisationIn));
		var people = peopleOf(hits);
		people.forEach((organisation, staff) -> similar.putIfAbsent(organisation, staff.get(0).project()));
		similar.keySet().removeAll(own);
		var names = directory.memberNames(similar.keySet());
		return similar.entrySet()
			.stream()
			.filter(e -> names.containsKey(e.getKey()))
			.sorted(Comparator.comparingInt(e -> -people.getOrDefault(e.getKey(), List.of()).size()))
			.limit(SHOWN_ORGANISATIONS)
			.map(e -> new OrganisationSuggestion(e.getKey(), names.get(e.getKey()), e.getValue(),
					people.getOrDefault(e.getKey(), List.of())))
			.toList();
	}

	/**
	 * The staff who took part by their login in the projects, per organisation, each once with the most alike of
	 * their projects, in the projects' order.
	 */
	private Map<Long, List<PersonSuggestion>> peopleOf(List<SimilarHit> hits) {
		if (hits.isEmpty()) {
			return Map.of();
		}
		var order = hits.stream().map(SimilarHit::id).toList();
		var titles = hits.stream().collect(Collectors.toMap(SimilarHit::id, SimilarHit::title));
		var projectOf = new LinkedHashMap<Long, Long>();
		jdbc.sql("""
				select project_id, account_id from project_participant
				where project_id in (:ids) and account_id is not null""")
			.param("ids", order)
			.query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.stream()
			.sorted(Comparator.comparingInt(row -> order.indexOf(row[0])))
			.forEach(row -> projectOf.putIfAbsent(row[1], row[0]));
		var people = new LinkedHashMap<Long, List<PersonSuggestion>>();
		accounts.accounts(projectOf.keySet())
			.stream()
			.filter(a -> a.organisationId() != null && a.enabled())
			.sorted(Comparator.comparingInt((AccountManagement.AccountRow a) -> order.indexOf(projectOf.get(a.id())))
				.thenComparing(AccountManagement.AccountRow::displayName))
			.forEach(a -> people.computeIfAbsent(a.organisationId(), o -> new ArrayList<>())
				.add(new PersonSuggestion(a.displayName(), projectOf.get(a.id()), titles.get(projectOf.get(a.id())))));
		return people;
	}

	/**
	 * The candidates who took part in projects, other than this one, with any of the organisations, among the
	 * projects the viewer may see: each with the organisations it worked with.
	 */
	private Map<Long, Set<Long>> workedWith(Set<Long> organisations, long projectId, Collection<Long> candidates,
			Viewer viewer) {
		if (organisations.isEmpty() || candidates.isEmpty()) {
			return Map.of();
		}
		// The pairs from the participants' table by its indexes; then which of their projects the viewer may see,
		// from the search index, as every list asks it.
		record Pair(long partner, long organisation, long project) {
		}
		var pairs = jdbc.sql("""
				select distinct p.partner_id, o.organisation_id, p.project_id
				from project_participant p join project_participant o on o.project_id = p.project_id
				where p.partner_id in (:candidates) and o.organisation_id in (:organisations)
				  and p.project_id <> :project""")
			.param("candidates", candidates)
			.param("organisations", organisations)
			.param("project", projectId)
			.query((rs, n) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
		if (pairs.isEmpty()) {
			return Map.of();
		}
		var projectIds = pairs.stream().map(Pair::project).collect(Collectors.toSet());
		var visible = new HashSet<>(Search.session(entityManager)
			.search(Project.class)
			.select(f -> f.id(Long.class))
			.where(f -> ProjectCatalogue.visibleInIndex(f, viewer).filter(f.id().matchingAny(projectIds)))
			.fetchHits(projectIds.size()));
		var partners = new HashMap<Long, Set<Long>>();
		pairs.stream()
			.filter(pair -> visible.contains(pair.project()))
			.forEach(pair -> partners.computeIfAbsent(pair.partner(), x -> new TreeSet<>()).add(pair.organisation()));
		return partners;
	}

	private record OfferOutcome(long accepted, long declined) {

		static final OfferOutcome NONE = new OfferOutcome(0, 0);

		float weight() {
			return OFFER_OUTCOME_WEIGHT * (Math.min(accepted, 3) - Math.min(declined, 3));
		}
	}

	/** How the partners' earlier offers ended: accepted and declined. */
	private Map<Long, OfferOutcome> offerOutcomes(Collection<Long> partners) {
		if (partners.isEmpty()) {
			return Map.of();
		}
		var outcomes = new HashMap<Long, OfferOutcome>();
		jdbc.sql("""
				select partner_id,
				       sum(case when status = 'ACCEPTED' then 1 else 0 end),
				       sum(case when status = 'DECLINED' then 1 else 0 end)
				from need_offer where partner_id in (:partners) group by partner_id""")
			.param("partners", partners)
			.query((rs, row) -> outcomes.put(rs.getLong(1), new OfferOutcome(rs.getLong(2), rs.getLong(3))))
			.list();
		return outcomes;
	}

	// --- needs for a partner

	/**
	 * The open needs a partner could meet, among those its person may see, best first, with their reasons: the
	 * needs the partner was invited to first. Empty for anyone who does not act for a partner.
	 */
	public List<NeedSuggestion> needsFor(Viewer viewer, Locale locale) {
		if (viewer.partnerId() == null) {
			return List.of();
		}
		var kept = recent.get(new ListPage("partner-suggestions", viewer.partnerId(), viewer, null, locale),
				() -> readNeeds(viewer, locale));
		counts.add(SuggestionEvent.SHOWN, kept.size());
		return kept;
	}

	private List<NeedSuggestion> readNeeds(Viewer viewer, Locale locale) {
		long partnerId = viewer.partnerId();
		var partner = directory.partnerDetails(partnerId).orElse(null);
		if (partner == null) {
			return List.of();
		}
		var left = new HashSet<Long>(dismissals.needsDismissedBy(partnerId));
		left.addAll(jdbc.sql("select need_id from need_offer where partner_id = ?")
			.param(partnerId)
			.query(Long.class)
			.list());
		var invited = new HashSet<Long>(invitations.needsInvitedTo(partnerId));
		var words = words(partner.description(), null);
		var partnerRegions = partner.regions().stream().map(Region::name).toList();

		var hits = Search.session(entityManager)
			.search(Need.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.score(), f.field(SearchFields.PROJECT, Long.class),
						f.field(SearchFields.TITLE, String.class), f.field(SearchFields.TEXT, String.class),
						f.field(SearchFields.NEED_KIND, NeedKind.class),
						f.field(SearchFields.THEMES, Long.class).list(),
						f.field(SearchFields.REGIONS, String.class, ValueModel.INDEX).list())
				.asArray(Matchmaking::needHit))
			.where(f -> {
				var all = ProjectCatalogue.visibleInIndex(f, viewer);
				all.filter(f.match().field("status").matching(NeedStatus.OPEN));
				all.filter(f.terms()
					.field(SearchFields.STAGE)
					.matchingAny(List.of(Stage.IDEA, Stage.PROJECT_GROUP, Stage.RUNNING)));
				all.filter(meets(f, partner));
				if (!partnerRegions.isEmpty()) {
					all.filter(f.bool()
						.should(f.not(local(f)))
						.should(f.terms().field(SearchFields.REGIONS).matchingAny(partnerRegions, ValueModel.INDEX))
						.should(f.not(f.exists().field(SearchFields.REGIONS))));
				}
				if (partner.kind() == PartnerKind.FOUNDATION && partner.grantMax() != null) {
					all.mustNot(f.bool()
						.must(f.match().field(SearchFields.NEED_KIND).matching(NeedKind.FUNDS))
						.must(f.range().field("amount").greaterThan(partner.grantMax())));
				}
				if (!left.isEmpty()) {
					all.mustNot(f.id().matchingAny(left));
				}
				var reasons = f.bool();
				if (words != null) {
					reasons.should(wordsIn(f, words, PROJECT_TITLE_WEIGHT));
				}
				partner.themeIds().forEach(theme -> reasons.should(themeStep(f, theme)));
				if (!invited.isEmpty()) {
					reasons.should(f.id().matchingAny(invited).constantScore().boost(INVITED_WEIGHT));
				}
				if (words == null && partner.themeIds().isEmpty() && invited.isEmpty()) {
					return f.matchNone();
				}
				return all.must(reasons);
			})
			.fetchHits(CANDIDATES);

		var themeNames = themeNames(locale);
		var terms = matching.terms(words);
		var suggestions = new ArrayList<NeedSuggestion>();
		for (var hit : hits) {
			var marked = matching.meeting(hit.text(), terms, MAX_WORDS, GENERIC);
			var reasons = reasons(invited.contains(hit.id()), hit.themes(), partner.themeIds(), themeNames, marked);
			if (hit.kind() == NeedKind.VOLUNTEERING) {
				hit.regions()
					.stream()
					.filter(partnerRegions::contains)
					.findFirst()
					.ifPresent(region -> reasons.add(new Reason(ReasonKind.REGION, region)));
			}
			if (evidence(reasons, hit.kind(), marked.size()) < ENOUGH) {
				continue;
			}
			suggestions.add(new NeedSuggestion(hit.id(), hit.project(), hit.title(), hit.text(), hit.kind(),
					suggestions.size() + 1, List.copyOf(reasons)));
			if (suggestions.size() == SHOWN) {
				break;
			}
		}
		return suggestions;
	}

	/** An idea or project group a partner could join, with the reasons. */
	public record ProjectSuggestion(long projectId, String title, Stage stage, List<Reason> reasons) {
	}

	/**
	 * The ideas and project groups (not yet running, so still looking for people) a partner could join, among those
	 * its person may see and it is not part of, best first, with their reasons: the partner's words in theirs and the
	 * themes in common, two pieces of evidence at least as for needs. Empty for anyone who does not act for a
	 * partner; kept as {@link #needsFor} is.
	 */
	public List<ProjectSuggestion> projectsFor(Viewer viewer, Locale locale) {
		if (viewer.partnerId() == null) {
			return List.of();
		}
		return recent.get(new ListPage("partner-projects", viewer.partnerId(), viewer, null, locale),
				() -> readProjects(viewer, locale));
	}

	private List<ProjectSuggestion> readProjects(Viewer viewer, Locale locale) {
		var partner = directory.partnerDetails(viewer.partnerId()).orElse(null);
		if (partner == null) {
			return List.of();
		}
		var words = words(partner.description(), null);
		if (words == null && partner.themeIds().isEmpty()) {
			return List.of();
		}
		var hits = Search.session(entityManager)
			.search(Project.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field(SearchFields.TITLE, String.class),
						f.field(SearchFields.STAGE, Stage.class), f.field(SearchFields.THEMES, Long.class).list(),
						f.field(SearchFields.TEXT, String.class))
				.asArray(v -> v))
			.where(f -> {
				var all = ProjectCatalogue.visibleInIndex(f, viewer);
				all.filter(f.terms().field(SearchFields.STAGE).matchingAny(List.of(Stage.IDEA, Stage.PROJECT_GROUP)));
				all.mustNot(f.match().field(SearchFields.ACTORS).matching(SearchFields.partner(viewer.partnerId())));
				var reasons = f.bool();
				if (words != null) {
					reasons.should(wordsIn(f, words, PROJECT_TITLE_WEIGHT));
				}
				partner.themeIds().forEach(theme -> reasons.should(themeStep(f, theme)));
				return all.must(reasons);
			})
			.fetchHits(CANDIDATES);
		var themeNames = themeNames(locale);
		var terms = matching.terms(words);
		var suggestions = new ArrayList<ProjectSuggestion>();
		for (var hit : hits) {
			var marked = matching.meeting((String) hit[4], terms, MAX_WORDS, GENERIC);
			@SuppressWarnings("unchecked")
			var reasons = reasons(false, (List<Long>) hit[3], partner.themeIds(), themeNames, marked);
			if (evidence(reasons, NeedKind.KNOWLEDGE, marked.size()) < ENOUGH) {
				continue;
			}
			suggestions.add(new ProjectSuggestion((Long) hit[0], (String) hit[1], (Stage) hit[2],
					List.copyOf(reasons)));
			if (suggestions.size() == SHOWN_PROJECTS) {
				break;
			}
		}
		return suggestions;
	}

	private record NeedHit(long id, float score, long project, String title, String text, NeedKind kind,
			List<Long> themes, List<String> regions) {
	}

	@SuppressWarnings("unchecked")
	private static NeedHit needHit(Object[] v) {
		return new NeedHit((Long) v[0], (Float) v[1], (Long) v[2], (String) v[3], (String) v[4], (NeedKind) v[5],
				(List<Long>) v[6], (List<String>) v[7]);
	}

	/** What a partner can meet: the needs for what it offers, and the needs for a partner of its kind. */
	private static org.hibernate.search.engine.search.predicate.SearchPredicate meets(SearchPredicateFactory f,
			PartnerDetails partner) {
		var kinds = partner.offers().stream().map(NeedKind::of).toList();
		var meets = f.bool()
			.should(f.bool()
				.must(f.match().field(SearchFields.NEED_KIND).matching(NeedKind.PARTNER))
				.must(f.match().field(SearchFields.PARTNER_KIND).matching(partner.kind())));
		if (!kinds.isEmpty()) {
			meets.should(f.terms().field(SearchFields.NEED_KIND).matchingAny(kinds));
		}
		return meets.toPredicate();
	}

	/** The needs where the region matters: for volunteers, and for a local kind of partner. */
	private static BooleanPredicateClausesStep<?, ?> local(SearchPredicateFactory f) {
		return f.bool()
			.should(f.match().field(SearchFields.NEED_KIND).matching(NeedKind.VOLUNTEERING))
			.should(f.bool()
				.must(f.match().field(SearchFields.NEED_KIND).matching(NeedKind.PARTNER))
				.must(f.terms().field(SearchFields.PARTNER_KIND).matchingAny(LOCAL)));
	}

	private static boolean local(NeedKind kind, PartnerKind partnerKind) {
		return kind == NeedKind.VOLUNTEERING || kind == NeedKind.PARTNER && LOCAL.contains(partnerKind);
	}

	/** A partner followed a suggested need: counted, and the need's project is where it goes. */
	@Transactional(readOnly = true)
	public long open(long needId, Viewer viewer) {
		var need = entityManager.find(Need.class, needId);
		if (need == null || !ProjectAccess.canSee(need.getProject(), viewer)) {
			throw new NotFoundException("need", needId);
		}
		counts.add(SuggestionEvent.OPENED, 1);
		return need.getProject().getId();
	}

	// --- feedback

	/**
	 * "Ikke relevant" from the lead's side: the partner is not suggested for the need again. Private: the partner is
	 * not told.
	 */
	@Transactional
	public void dismissPartner(long projectId, long needId, long partnerId, String reason, Integer rank,
			Viewer viewer) {
		decidable(projectId, needId, viewer);
		if (directory.partnerNames(Set.of(partnerId)).isEmpty()) {
			throw new NotFoundException("partner", partnerId);
		}
		if (!dismissals.existsByNeedIdAndPartnerIdAndSide(needId, partnerId, DismissalSide.PROJECT)) {
			dismissals.save(new Dismissal(needId, partnerId, DismissalSide.PROJECT, reason, rank,
					viewer.accountId()));
			index.changedOnCommit();
		}
	}

	/**
	 * "Ikke relevant" from the partner's side: the need is not suggested to the partner again, nor the partner for
	 * the need. Private: the project is not told.
	 */
	@Transactional
	public void dismissNeed(long needId, String reason, Integer rank, Viewer viewer) {
		if (viewer.partnerId() == null) {
			throw new AccessDeniedException("Not a partner");
		}
		var need = entityManager.find(Need.class, needId);
		if (need == null || !ProjectAccess.canSee(need.getProject(), viewer)) {
			throw new NotFoundException("need", needId);
		}
		if (!dismissals.existsByNeedIdAndPartnerIdAndSide(needId, viewer.partnerId(), DismissalSide.PARTNER)) {
			dismissals.save(new Dismissal(needId, viewer.partnerId(), DismissalSide.PARTNER, reason, rank,
					viewer.accountId()));
			index.changedOnCommit();
		}
	}

	/**
	 * The lead invites a partner to meet an open need: the partner's people are told by email and on their
	 * dashboard, where the need comes first. Inviting twice is inviting once.
	 */
	@Transactional
	public void invite(long projectId, long needId, long partnerId, Integer rank, Viewer viewer) {
		var need = decidable(projectId, needId, viewer);
		if (need.getStatus() != NeedStatus.OPEN) {
			throw new ProjectRuleException(null, "need.error.notOpen");
		}
		var partner = directory.partnerNames(Set.of(partnerId)).get(partnerId);
		if (partner == null) {
			throw new NotFoundException("partner", partnerId);
		}
		if (invitations.existsByNeedIdAndPartnerId(needId, partnerId)) {
			return;
		}
		invitations.save(new Invitation(needId, partnerId, rank, viewer.accountId()));
		index.changedOnCommit();
		var project = need.getProject();
		var people = accounts.partnerLogins(partnerId);
		for (var person : people) {
			management.notify(person.id(), NotificationKind.INVITATION, project, need.getDescription());
		}
	}

	private Need decidable(long projectId, long needId, Viewer viewer) {
		var project = projects.findById(projectId)
			.filter(p -> ProjectAccess.canSee(p, viewer))
			.orElseThrow(() -> new NotFoundException("project", projectId));
		if (!ProjectAccess.canDecideOffers(project, viewer)) {
			throw new AccessDeniedException("Not the project's lead");
		}
		return project.need(needId).orElseThrow(() -> new NotFoundException("need", needId));
	}

	// --- measured

	/** What the secretariat sees of how matching works. */
	public record MatchMetrics(long shown, long opened, long offers, long offersFromSuggestions, long accepted,
			long declined, long invitations, long dismissals, Double acceptanceRate, Double precisionAt5,
			long feedbackAt5, Duration medianTimeToFirstOffer, long needsWithOffers) {
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public MatchMetrics metrics() {
		var totals = counts.totals();
		var offers = jdbc.sql("""
				select count(*),
				       sum(case when suggested_rank is not null then 1 else 0 end),
				       sum(case when status = 'ACCEPTED' then 1 else 0 end),
				       sum(case when status = 'DECLINED' then 1 else 0 end)
				from need_offer""")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		long invited = count("select count(*) from need_invitation");
		long dismissed = count("select count(*) from match_dismissal");
		long good = count("select count(*) from need_offer where suggested_rank <= 5")
				+ count("select count(*) from need_invitation where shown_rank <= 5");
		long bad = count("select count(*) from match_dismissal where shown_rank <= 5");
		var waits = jdbc.sql("""
				select n.created_at, min(o.created_at) from project_need n join need_offer o on o.need_id = n.id
				group by n.id, n.created_at""")
			.query((rs, row) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
			.list()
			.stream()
			.sorted()
			.toList();
		long decided = offers[2] + offers[3];
		return new MatchMetrics(totals.get(SuggestionEvent.SHOWN), totals.get(SuggestionEvent.OPENED), offers[0],
				offers[1], offers[2], offers[3], invited, dismissed,
				decided == 0 ? null : (double) offers[2] / decided, good + bad == 0 ? null : (double) good / (good + bad),
				good + bad, waits.isEmpty() ? null : waits.get(waits.size() / 2), waits.size());
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	// --- shared

	/**
	 * The text to match, without the words every need and profile in the sector uses (they say nothing about a fit),
	 * cut to a length the index reads quickly; null when nothing is left.
	 */
	private static String words(String text, String more) {
		var words = (text == null ? "" : text) + (more == null ? "" : " " + more);
		words = Arrays.stream(words.split("\\s+"))
			.filter(word -> !GENERIC.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")))
			.collect(Collectors.joining(" "))
			.strip();
		if (words.isEmpty()) {
			return null;
		}
		return words.length() > MAX_TEXT ? words.substring(0, MAX_TEXT) : words;
	}

	private Set<String> regionsOf(Set<Integer> municipalities) {
		return municipalities.stream()
			.map(actors::municipality)
			.flatMap(java.util.Optional::stream)
			.map(m -> m.getRegion().name())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private Map<Long, String> themeNames(Locale locale) {
		return actors.themeOptions(locale)
			.stream()
			.collect(Collectors.toMap(o -> Long.valueOf(o.value()), Option::label));
	}

	/** The reasons both sides share: an invitation, the themes in common (by name) and the matching words. */
	private static List<Reason> reasons(boolean invited, List<Long> themes, Set<Long> ownThemes,
			Map<Long, String> themeNames, List<String> words) {
		var reasons = new ArrayList<Reason>();
		if (invited) {
			reasons.add(new Reason(ReasonKind.INVITED, null));
		}
		themes.stream()
			.filter(ownThemes::contains)
			.map(themeNames::get)
			.filter(name -> name != null)
			.sorted()
			.forEach(name -> reasons.add(new Reason(ReasonKind.THEME, name)));
		if (!words.isEmpty()) {
			reasons.add(new Reason(ReasonKind.WORDS, String.join(", ", words)));
		}
		return reasons;
	}
}
