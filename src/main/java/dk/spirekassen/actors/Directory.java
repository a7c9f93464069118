package dk.spirekassen.actors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.actors.DirectoryRows.DepartmentRow;
import dk.spirekassen.actors.DirectoryRows.OrganisationIdentity;
import dk.spirekassen.actors.DirectoryRows.OrganisationRef;
import dk.spirekassen.actors.DirectoryRows.OrganisationRow;
import dk.spirekassen.actors.DirectoryRows.OrganisationView;
import dk.spirekassen.actors.DirectoryRows.PartnerRow;
import dk.spirekassen.actors.DirectoryRows.PartnerView;
import dk.spirekassen.actors.DirectoryRows.PersonRow;
import dk.spirekassen.shared.Chunks;
import dk.spirekassen.shared.IndexState;
import dk.spirekassen.shared.RecentReads;
import dk.spirekassen.shared.RecentReads.ListPage;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.TextSearch;

/**
 * The actors module's API for reading the directory: filtered, paged lists, whole lists read in chunks for export,
 * and detail views.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	/** The order of every list: by name, and by id among equal names, so that a list can be read in chunks. */
	private static final Sort BY_NAME = Sort.by("name", "id");

	private final Organisations organisations;

	private final Departments departments;

	private final Partners partners;

	private final People people;

	private final ActorManagement management;

	private final Chunks chunks;

	private final EntityManager entityManager;

	private final IndexState index;

	private final RecentReads recent;

	private final ProfileFacts profiles;

	Directory(Organisations organisations, Departments departments, Partners partners, People people,
			ActorManagement management, Chunks chunks, EntityManager entityManager, IndexState index,
			RecentReads recent, ProfileFacts profiles) {
		this.profiles = profiles;
		this.recent = recent;
		this.entityManager = entityManager;
		this.index = index;
		this.organisations = organisations;
		this.departments = departments;
		this.partners = partners;
		this.people = people;
		this.management = management;
		this.chunks = chunks;
	}

	// --- organisations

	/**
	 * A page of the organisations that match the filter, with the total, from the search index: in Danish
	 * alphabetical order, or best match first when there are words to search for.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Page<OrganisationRow> organisations(OrganisationFilter filter, Pageable pageable) {
		return recent.get(new ListPage("organisations", filter, null, pageable, null), () -> {
			if (index.answers(filter.q())) {
				var ids = TextSearch.ids(entityManager, Organisation.class, filter.q(), f -> indexed(f, filter),
						TextSearch::byName, pageable);
				return new PageImpl<>(organisationRowsOf(ids.getContent()), pageable, ids.getTotalElements());
			}
			var page = organisations.findAll(organisationSpec(filter), withSort(pageable, BY_NAME));
			var rows = organisationRows(page.getContent());
			return page.map(o -> rows.get(o.getId()));
		});
	}

	/**
	 * Every organisation that matches the filter, in the order of the list, read chunk by chunk as the stream is
	 * consumed (see {@link Chunks}).
	 */
	public Stream<OrganisationRow> allOrganisations(OrganisationFilter filter) {
		if (index.answers(filter.q())) {
			return chunks.stream(TextSearch.allIds(entityManager, Organisation.class, filter.q(),
					f -> indexed(f, filter), TextSearch::byName), this::organisationRowsOf);
		}
		var spec = organisationSpec(filter);
		return chunks.stream((position, size) -> {
			Window<Organisation> window = organisations.findBy(spec,
					query -> query.sortBy(BY_NAME).limit(size).scroll(position));
			var rows = organisationRows(window.getContent());
			return window.map(o -> rows.get(o.getId()));
		});
	}

	private List<OrganisationRow> organisationRowsOf(List<Long> ids) {
		var rows = organisationRows(TextSearch.inOrder(entityManager, Organisation.class, ids));
		return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
	}

	private SearchPredicate indexed(SearchPredicateFactory f, OrganisationFilter filter) {
		var all = f.bool().must(f.matchAll());
		if (filter.kind() != null) {
			all.filter(f.match().field("organisationKind").matching(filter.kind()));
		}
		if (filter.region() != null) {
			all.filter(f.match().field(SearchFields.REGIONS).matching(filter.region().name(), ValueModel.INDEX));
		}
		if (filter.municipality() != null) {
			all.filter(f.match().field("municipality").matching(filter.municipality()));
		}
		if (filter.member() != null) {
			var member = f.exists().field("memberSince");
			all.filter(filter.member() ? member : f.not(member));
		}
		return all.toPredicate();
	}

	/** The rows of the given organisations by id, with their departments and homes counted. */
	private Map<Long, OrganisationRow> organisationRows(List<Organisation> list) {
		var ids = list.stream().map(Organisation::getId).toList();
		Map<Long, long[]> totals = new HashMap<>();
		if (!ids.isEmpty()) {
			for (Object[] row : organisations.departmentTotals(ids.toArray(Long[]::new))) {
				totals.put(((Number) row[0]).longValue(),
						new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() });
			}
		}
		var rows = new HashMap<Long, OrganisationRow>();
		list.forEach(o -> rows.put(o.getId(), organisationRow(o, totals.getOrDefault(o.getId(), new long[2]))));
		return rows;
	}

	private OrganisationRow organisationRow(Organisation o, long[] totals) {
		var municipality = management.municipality(o.getMunicipalityCode());
		return new OrganisationRow(o.getId(), o.getName(), o.getKind(), o.getCvr(),
				municipality.map(Municipality::getName).orElse(null),
				municipality.map(Municipality::getRegion).orElse(null), o.getMemberSince(), totals[0], totals[1]);
	}

	private Specification<Organisation> organisationSpec(OrganisationFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.region() != null) {
				predicates.add(root.get("municipalityCode").in(codesIn(filter.region())));
			}
			if (filter.municipality() != null) {
				predicates.add(cb.equal(root.get("municipalityCode"), filter.municipality()));
			}
			if (filter.member() != null) {
				predicates.add(filter.member() ? cb.isNotNull(root.get("memberSince"))
						: cb.isNull(root.get("memberSince")));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	public Optional<OrganisationView> organisation(long id) {
		return organisations.findById(id).map(o -> {
			var departmentRows = departments.findByOrganisation_IdOrderByNumber(id)
				.stream()
				.sorted(Comparator.comparing(Department::getNumber, Directory::compareNumbers))
				.map(this::departmentRow)
				.toList();
			long homes = departmentRows.stream().mapToLong(DepartmentRow::homes).sum();
			var row = organisationRow(o, new long[] { departmentRows.size(), homes });
			var administrator = o.getAdministeredById() == null ? null
					: organisations.findById(o.getAdministeredById())
						.map(a -> new OrganisationRef(a.getId(), a.getName()))
						.orElse(null);
			var administers = organisations.findByAdministeredByIdOrderByName(id)
				.stream()
				.map(a -> new OrganisationRef(a.getId(), a.getName()))
				.toList();
			var personRows = people.findByOrganisation_IdOrderByName(id)
				.stream()
				.map(p -> personRow(p, o.getName()))
				.toList();
			return new OrganisationView(row, o.details(), o.getAddress(), o.getWebsite(), administrator, administers,
					departmentRows, personRows);
		});
	}

	/** How complete an organisation's profile is, as its page shows it; empty for an unknown id. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<ProfileCompleteness> organisationCompleteness(long id) {
		return profiles.organisation(id).map(ProfileCompleteness::of);
	}

	/** Administration organisations, to choose from when an organisation is administered by one. */
	public List<OrganisationRef> administrationOrganisations() {
		return organisations.findByKindOrderByName(OrganisationKind.ADMINISTRATION)
			.stream()
			.map(o -> new OrganisationRef(o.getId(), o.getName()))
			.toList();
	}

	/**
	 * Every organisation and every partner by name, to choose from in forms. Only ids and names are read, not the
	 * organisations and partners themselves.
	 */
	public List<OrganisationRef> organisationRefs() {
		return organisations.findRefsByOrderByName();
	}

	public List<OrganisationRef> partnerRefs() {
		return partners.findRefsByOrderByName();
	}

	/**
	 * Member organisations by name: the ones that may own a project. Kept while the index holds the same
	 * ({@link RecentReads}): names and membership are indexed.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<OrganisationRef> memberRefs() {
		return recent.get(new ListPage("members", null, null, null, null),
				organisations::findRefsByMemberSinceIsNotNullOrderByName);
	}

	/** Partners of one kind by name, such as the foundations a project can apply to. */
	public List<OrganisationRef> partnerRefs(PartnerKind kind) {
		return partners.findRefsByKindOrderByName(kind);
	}

	/** Names of the given organisations by id, read as such rather than as organisations. */
	public Map<Long, String> organisationNames(Collection<Long> ids) {
		var names = new HashMap<Long, String>();
		if (!ids.isEmpty()) {
			organisations.findRefsByIdIn(ids).forEach(o -> names.put(o.id(), o.name()));
		}
		return names;
	}

	/** The name and CVR number of each of the given organisations, by id. */
	public Map<Long, OrganisationIdentity> organisationIdentities(Collection<Long> ids) {
		var identities = new HashMap<Long, OrganisationIdentity>();
		if (!ids.isEmpty()) {
			organisations.findIdentitiesByIdIn(ids).forEach(o -> identities.put(o.id(), o));
		}
		return identities;
	}

	/** Names by id of those of the given organisations that are members. */
	public Map<Long, String> memberNames(Collection<Long> ids) {
		var names = new HashMap<Long, String>();
		if (!ids.isEmpty()) {
			organisations.findRefsByIdInAndMemberSinceIsNotNull(ids).forEach(o -> names.put(o.id(), o.name()));
		}
		return names;
	}

	/** Names of the given partners by id. */
	public Map<Long, String> partnerNames(Collection<Long> ids) {
		var names = new HashMap<Long, String>();
		if (!ids.isEmpty()) {
			TextSearch.inOrder(entityManager, Partner.class, ids).forEach(p -> names.put(p.getId(), p.getName()));
		}
		return names;
	}

	/** Names of the given departments by id, with their organisation. */
	public Map<Long, String> departmentNames(Collection<Long> ids) {
		var names = new HashMap<Long, String>();
		if (!ids.isEmpty()) {
			TextSearch.inOrder(entityManager, Department.class, ids)
				.forEach(d -> names.put(d.getId(), d.getName() + " (" + d.getOrganisation().getName() + ")"));
		}
		return names;
	}

	/** The departments of one organisation by number, to choose the housing areas a project works in. */
	public List<OrganisationRef> departmentRefs(long organisationId) {
		return departments.findByOrganisation_IdOrderByNumber(organisationId)
			.stream()
			.map(d -> new OrganisationRef(d.getId(), d.getNumber() + " " + d.getName()))
			.toList();
	}

	/** The kind of a partner, if it exists. */
	public Optional<PartnerKind> partnerKind(long id) {
		return partners.findById(id).map(Partner::getKind);
	}

	public Optional<OrganisationRef> organisationRef(long id) {
		return organisations.findById(id).map(o -> new OrganisationRef(o.getId(), o.getName()));
	}

	/** The organisation with this name, whatever the case of its letters, if there is one. */
	public Optional<OrganisationRef> organisationRefByName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return organisations.findFirstByNameIgnoreCaseOrderById(name.strip())
			.map(o -> new OrganisationRef(o.getId(), o.getName()));
	}

	// --- departments

	/**
	 * A page of the departments that match the filter, with the total, from the search index: in Danish alphabetical
	 * order, or best match first when there are words to search for.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Page<DepartmentRow> departments(DepartmentFilter filter, Pageable pageable) {
		return recent.get(new ListPage("departments", filter, null, pageable, null), () -> {
			if (index.answers(filter.q())) {
				var ids = TextSearch.ids(entityManager, Department.class, filter.q(), f -> indexed(f, filter),
						TextSearch::byName, pageable);
				return new PageImpl<>(departmentRowsOf(ids.getContent()), pageable, ids.getTotalElements());
			}
			return departments.findAll(departmentSpec(filter), withSort(pageable, BY_NAME)).map(this::departmentRow);
		});
	}

	/**
	 * Every department that matches the filter, in the order of the list, read chunk by chunk as the stream is
	 * consumed (see {@link Chunks}).
	 */
	public Stream<DepartmentRow> allDepartments(DepartmentFilter filter) {
		if (index.answers(filter.q())) {
			return chunks.stream(TextSearch.allIds(entityManager, Department.class, filter.q(),
					f -> indexed(f, filter), TextSearch::byName), this::departmentRowsOf);
		}
		var spec = departmentSpec(filter);
		return chunks.stream((position, size) -> departments
			.<Department, Window<Department>>findBy(spec, query -> query.sortBy(BY_NAME).limit(size).scroll(position))
			.map(this::departmentRow));
	}

	public Optional<DepartmentRow> department(long id) {
		return departments.findById(id).map(this::departmentRow);
	}

	public Optional<DepartmentDetails> departmentDetails(long id) {
		return departments.findById(id).map(Department::details);
	}

	private List<DepartmentRow> departmentRowsOf(List<Long> ids) {
		return TextSearch.inOrder(entityManager, Department.class, ids)
			.stream()
			.map(this::departmentRow)
			.toList();
	}

	private SearchPredicate indexed(SearchPredicateFactory f, DepartmentFilter filter) {
		var all = f.bool().must(f.matchAll());
		if (filter.region() != null) {
			all.filter(f.match().field(SearchFields.REGIONS).matching(filter.region().name(), ValueModel.INDEX));
		}
		if (filter.municipality() != null) {
			all.filter(f.match().field("municipality").matching(filter.municipality()));
		}
		if (filter.organisation() != null) {
			all.filter(f.match().field("organisation").matching(filter.organisation()));
		}
		if (filter.member() != null) {
			all.filter(f.match().field("member").matching(filter.member()));
		}
		return all.toPredicate();
	}

	private DepartmentRow departmentRow(Department d) {
		var municipality = management.municipality(d.getMunicipalityCode());
		var organisation = d.getOrganisation();
		return new DepartmentRow(d.getId(), d.getNumber(), d.getName(), organisation.getId(), organisation.getName(),
				organisation.isMember(), d.getAddress(), municipality.map(Municipality::getName).orElse(null),
				municipality.map(Municipality::getRegion).orElse(null), d.getHomes(), d.getOutdoorAreaM2());
	}

	private Specification<Department> departmentSpec(DepartmentFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			var organisation = root.join("organisation", JoinType.INNER);
			if (filter.region() != null) {
				predicates.add(root.get("municipalityCode").in(codesIn(filter.region())));
			}
			if (filter.municipality() != null) {
				predicates.add(cb.equal(root.get("municipalityCode"), filter.municipality()));
			}
			if (filter.organisation() != null) {
				predicates.add(cb.equal(organisation.get("id"), filter.organisation()));
			}
			if (filter.member() != null) {
				predicates.add(filter.member() ? cb.isNotNull(organisation.get("memberSince"))
						: cb.isNull(organisation.get("memberSince")));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	// --- partners

	/**
	 * A page of the partners that match the filter, with the total, from the search index: in Danish alphabetical
	 * order, or best match first when there are words to search for.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Page<PartnerRow> partners(PartnerFilter filter, Pageable pageable, Locale locale) {
		return recent.get(new ListPage("partners", filter, null, pageable, locale), () -> {
			if (index.answers(filter.q())) {
				var ids = TextSearch.ids(entityManager, Partner.class, filter.q(), f -> indexed(f, filter),
						TextSearch::byName, pageable,
						SearchFields.THEME_NAMES);
				return new PageImpl<>(partnerRowsOf(ids.getContent(), locale), pageable, ids.getTotalElements());
			}
			return partners.findAll(partnerSpec(filter), withSort(pageable, BY_NAME)).map(p -> partnerRow(p, locale));
		});
	}

	/**
	 * Every partner that matches the filter, in the order of the list, read chunk by chunk as the stream is
	 * consumed (see {@link Chunks}).
	 */
	public Stream<PartnerRow> allPartners(PartnerFilter filter, Locale locale) {
		if (index.answers(filter.q())) {
			return chunks.stream(TextSearch.allIds(entityManager, Partner.class, filter.q(), f -> indexed(f, filter),
					TextSearch::byName,
					SearchFields.THEME_NAMES),
					ids -> partnerRowsOf(ids, locale));
		}
		var spec = partnerSpec(filter);
		return chunks.stream((position, size) -> partners
			.<Partner, Window<Partner>>findBy(spec, query -> query.sortBy(BY_NAME).limit(size).scroll(position))
			.map(p -> partnerRow(p, locale)));
	}

	public Optional<PartnerView> partner(long id, Locale locale) {
		return partners.findById(id).map(p -> new PartnerView(partnerRow(p, locale), p.details(),
				people.findByPartner_IdOrderByName(id).stream().map(person -> personRow(person, p.getName())).toList()));
	}

	/** What a partner says of itself, without its people or names; empty for an unknown id. */
	public Optional<PartnerDetails> partnerDetails(long id) {
		return partners.findById(id).map(Partner::details);
	}

	/** How complete a partner's profile is, as its page shows it; empty for an unknown id. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<ProfileCompleteness> partnerCompleteness(long id) {
		return profiles.partner(id).map(ProfileCompleteness::of);
	}

	private List<PartnerRow> partnerRowsOf(List<Long> ids, Locale locale) {
		return TextSearch.inOrder(entityManager, Partner.class, ids)
			.stream()
			.map(p -> partnerRow(p, locale))
			.toList();
	}

	private SearchPredicate indexed(SearchPredicateFactory f, PartnerFilter filter) {
		var all = f.bool().must(f.matchAll());
		if (filter.kind() != null) {
			all.filter(f.match().field(SearchFields.PARTNER_KIND).matching(filter.kind()));
		}
		if (filter.region() != null) {
			all.filter(f.match().field(SearchFields.REGIONS).matching(filter.region()));
		}
		if (filter.offer() != null) {
			all.filter(f.match().field(SearchFields.OFFERS).matching(filter.offer()));
		}
		if (filter.theme() != null) {
			all.filter(f.match().field(SearchFields.THEMES).matching(filter.theme()));
		}
		return all.toPredicate();
	}

	private PartnerRow partnerRow(Partner p, Locale locale) {
		var themeNames = p.getThemes().stream().map(t -> t.getName(locale)).sorted().toList();
		return new PartnerRow(p.getId(), p.getName(), p.getKind(), p.getDescription(), p.getOffers(), p.getRegions(),
				themeNames, p.getEmail(), p.getPhone(), p.getWebsite(), p.getGrantMin(), p.getGrantMax(),
				p.getCoFinancing());
	}

	private Specification<Partner> partnerSpec(PartnerFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.region() != null) {
				predicates.add(cb.isMember(filter.region(), root.<java.util.Set<Region>>get("regions")));
			}
			if (filter.offer() != null) {
				predicates.add(cb.isMember(filter.offer(), root.<java.util.Set<Offer>>get("offers")));
			}
			if (filter.theme() != null) {
				var themes = root.join("themes", JoinType.INNER);
				predicates.add(cb.equal(themes.get("id"), filter.theme()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	// --- statistics

	/** Departments and homes per region (all and members'), partners per kind, and totals. */
	public DirectoryRows.DirectoryStatistics statistics() {
		var byRegion = new java.util.EnumMap<Region, long[]>(Region.class);
		for (var region : Region.values()) {
			byRegion.put(region, new long[3]);
		}
		long departmentCount = 0;
		long homes = 0;
		for (Object[] row : departments.totalsByMunicipality()) {
			var municipality = management.municipality((Integer) row[0]);
			long count = ((Number) row[1]).longValue();
			long all = ((Number) row[2]).longValue();
			long members = ((Number) row[3]).longValue();
			departmentCount += count;
			homes += all;
			municipality.ifPresent(m -> {
				var totals = byRegion.get(m.getRegion());
				totals[0] += count;
				totals[1] += all;
				totals[2] += members;
			});
		}
		var regions = byRegion.entrySet()
			.stream()
			.map(e -> new DirectoryRows.RegionFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
		var kinds = new java.util.EnumMap<PartnerKind, Long>(PartnerKind.class);
		for (Object[] row : partners.countByKind()) {
			kinds.put((PartnerKind) row[0], ((Number) row[1]).longValue());
		}
		var partnerFigures = java.util.Arrays.stream(PartnerKind.values())
			.map(kind -> new DirectoryRows.PartnerKindFigure(kind, kinds.getOrDefault(kind, 0L)))
			.toList();
		return new DirectoryRows.DirectoryStatistics(regions, partnerFigures, organisations.count(), departmentCount,
				homes);
	}

	// --- people

	/** The association's own people: chair, board, secretariat and advisory board. */
	public List<PersonRow> associationPeople() {
		return people.findByAssociationRoleIsNotNullOrderByName().stream().map(p -> personRow(p, null)).toList();
	}

	private PersonRow personRow(Person p, String affiliation) {
		return new PersonRow(p.getId(), p.getName(), p.getTitle(), p.getEmail(), p.getPhone(), p.getAssociationRole(),
				affiliation);
	}

	// --- helpers

	private List<Integer> codesIn(Region region) {
		return management.municipalityMap()
			.values()
			.stream()
			.filter(m -> m.getRegion() == region)
			.map(Municipality::getCode)
			.toList();
	}

	private static Pageable withSort(Pageable pageable, Sort sort) {
		if (pageable.isUnpaged()) {
			return Pageable.unpaged(sort);
		}
		return pageable.getSort().isSorted() ? pageable
				: org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
	}

	/** Orders department numbers numerically when both are numbers, otherwise as text. */
	static int compareNumbers(String a, String b) {
		if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit) && a.length() < 10
				&& b.length() < 10) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		return a.compareTo(b);
	}
}
