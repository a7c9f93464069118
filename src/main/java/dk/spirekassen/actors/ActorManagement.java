package dk.spirekassen.actors;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.spirekassen.actors.DirectoryRows.MembershipCoverage;
import dk.spirekassen.shared.IndexState;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.RecentReads;

/**
 * The actors module's API for changing the directory: organisations, departments, partners, people and themes.
 */
@Service
@Transactional
public class ActorManagement {

	/** Register records are upserted this many at a time. */
	static final int UPSERT_CHUNK = 500;

	private final Organisations organisations;

	private final Departments departments;

	private final Partners partners;

	private final People people;

	private final Themes themes;

	private final Municipalities municipalities;

	private final long nationalHomes;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final IndexState index;

	private final RecentReads recent;

	private volatile Map<Integer, Municipality> municipalityByCode;

	private volatile List<Municipality> municipalitiesByName;

	ActorManagement(Organisations organisations, Departments departments, Partners partners, People people,
			Themes themes, Municipalities municipalities,
			@Value("${spirekassen.coverage.national-homes:600000}") long nationalHomes, EntityManager entityManager,
			ApplicationEventPublisher events, IndexState index, RecentReads recent) {
		this.events = events;
		this.index = index;
		this.recent = recent;
		this.organisations = organisations;
		this.departments = departments;
		this.partners = partners;
		this.people = people;
		this.themes = themes;
		this.municipalities = municipalities;
		this.nationalHomes = nationalHomes;
		this.entityManager = entityManager;
	}

	// --- reference data

	/** All 98 municipalities, ordered by name. Reference data, read once. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Municipality> municipalities() {
		var list = municipalitiesByName;
		if (list == null) {
			var danish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da-DK"));
			list = municipalityMap().values().stream()
				.sorted((a, b) -> danish.compare(a.getName(), b.getName()))
				.toList();
			municipalitiesByName = list;
		}
		return list;
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Municipality> municipality(Integer code) {
		return code == null ? Optional.empty() : Optional.ofNullable(municipalityMap().get(code));
	}

	/**
	 * Finds a municipality by its code or its name: case-insensitive, with or without the word Kommune, and by the
	 * official genitive names registers use.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Municipality> findMunicipality(String nameOrCode) {
		if (nameOrCode == null || nameOrCode.isBlank()) {
			return Optional.empty();
		}
		var text = nameOrCode.strip();
		if (text.chars().allMatch(Character::isDigit)) {
			return municipality(Integer.valueOf(text));
		}
		var name = text.replaceFirst("(?i)\\s+(regions)?kommune$", "").replaceFirst("(?i)^kommune\\s+", "");
		var found = byName(name);
		// Registers use the official genitive names: "Københavns Kommune", "Bornholms Regionskommune".
		boolean genitive = found.isEmpty() && !name.equals(text) && name.length() > 1
				&& Character.toLowerCase(name.charAt(name.length() - 1)) == 's';
		return genitive ? byName(name.substring(0, name.length() - 1)) : found;
	}

	private Optional<Municipality> byName(String name) {
		return municipalityMap().values().stream().filter(m -> m.getName().equalsIgnoreCase(name)).findFirst();
	}

	Map<Integer, Municipality> municipalityMap() {
		var map = municipalityByCode;
		if (map == null) {
			map = municipalities.findAll().stream()
				.collect(Collectors.toUnmodifiableMap(Municipality::getCode, Function.identity()));
			municipalityByCode = map;
		}
		return map;
	}

	@Transactional(readOnly = true)
	public List<Theme> themes() {
		return themes.findAllByOrderByName();
	}

	/** The themes to choose from, by name in the language, kept while nothing changes ({@link RecentReads}). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Option> themeOptions(Locale locale) {
		return recent.get(new ThemeOptions(locale), () -> themes().stream()
			.map(t -> new Option(String.valueOf(t.getId()), t.getName(locale)))
			.toList());
	}

	private record ThemeOptions(Locale locale) {
	}

	public long createTheme(String name, String nameEn) {
		if (themes.existsByNameIgnoreCase(name.strip())) {
			throw new DirectoryConflictException("name", "theme.error.duplicate");
		}
		index.changedOnCommit();
		return themes.save(new Theme(name, nameEn)).getId();
	}

	public void renameTheme(long id, String name, String nameEn) {
		var theme = themes.findById(id).orElseThrow(() -> new NotFoundException("theme", id));
		if (themes.existsByNameIgnoreCaseAndIdNot(name.strip(), id)) {
			throw new DirectoryConflictException("name", "theme.error.duplicate");
		}
		theme.rename(name, nameEn);
		index.changedOnCommit();
		events.publishEvent(new ThemeRenamed(id));
	}

	// --- membership coverage

	/**
	 * How many organisations are members, the homes in their departments, and the national total. Kept as the lists
	 * are ({@link RecentReads}): the front page shows it on every view, and summing the members' homes reads every
	 * department; a change to organisations or departments counts a new generation, so it is never served stale.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public MembershipCoverage coverage() {
		return recent.get(new RecentReads.ListPage("coverage", null, null, null, null),
				() -> new MembershipCoverage(organisations.countByMemberSinceIsNotNull(),
						organisations.sumMemberHomes(), nationalHomes));
	}

	// --- organisations

	@Transactional(readOnly = true)
	public boolean organisationExists(long id) {
		return organisations.existsById(id);
	}

	@Transactional(readOnly = true)
	public boolean partnerExists(long id) {
		return partners.existsById(id);
	}

	public long createOrganisation(OrganisationDetails details) {
		checkOrganisation(details, null);
		return organisations.save(new Organisation(details)).getId();
	}

	public void updateOrganisation(long id, OrganisationDetails details) {
		var organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
		checkOrganisation(details, id);
		organisation.update(details);
	}

	private void checkOrganisation(OrganisationDetails details, Long id) {
		if (!Cvr.isValid(details.cvr())) {
			throw new DirectoryConflictException("cvr", "validation.cvr");
		}
		organisations.findByCvr(details.cvr()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new DirectoryConflictException("cvr", "organisation.error.cvrTaken");
		});
		if (details.municipalityCode() != null && municipality(details.municipalityCode()).isEmpty()) {
			throw new DirectoryConflictException("municipalityCode", "validation.municipality");
		}
		if (details.administeredById() != null) {
			if (details.administeredById().equals(id)) {
				throw new DirectoryConflictException("administeredById", "organisation.error.administersItself");
			}
			var administrator = organisations.findById(details.administeredById())
				.orElseThrow(() -> new DirectoryConflictException("administeredById",
						"organisation.error.administratorUnknown"));
			if (administrator.getKind() != OrganisationKind.ADMINISTRATION) {
				throw new DirectoryConflictException("administeredById", "organisation.error.notAdministration");
			}
		}
	}

	// --- departments

	public long createDepartment(long organisationId, DepartmentDetails details) {
		var organisation = organisations.findById(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		checkDepartment(details);
		if (departments.existsByOrganisation_IdAndNumber(organisationId, details.number().strip())) {
			throw new DirectoryConflictException("number", "department.error.numberTaken");
		}
		return departments.save(new Department(organisation, details)).getId();
	}

	public void updateDepartment(long id, DepartmentDetails details) {
		var department = departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
		checkDepartment(details);
		if (departments.existsByOrganisation_IdAndNumberAndIdNot(department.getOrganisation().getId(),
				details.number().strip(), id)) {
			throw new DirectoryConflictException("number", "department.error.numberTaken");
		}
		department.update(details);
	}

	private void checkDepartment(DepartmentDetails details) {
		if (municipality(details.municipalityCode()).isEmpty()) {
			throw new DirectoryConflictException("municipalityCode", "validation.municipality");
		}
	}

	/** The id of the organisation a department belongs to. */
	@Transactional(readOnly = true)
	public long organisationOfDepartment(long departmentId) {
		return departments.findById(departmentId)
			.orElseThrow(() -> new NotFoundException("department", departmentId))
			.getOrganisation()
			.getId();
	}

	/**
	 * Creates or updates organisations and departments from register records, keyed by CVR and department number,
	 * in one transaction. New organisations are housing organisations and not members. Applying the same records
	 * again changes nothing. Each record must be valid (see {@link Cvr} and {@link #municipality(Integer)}).
	 * <p>
	 * The records are taken {@value #UPSERT_CHUNK} at a time, as the stream gives them, and the persistence context
	 * is flushed and cleared after each chunk, so that 100,000 records hold no more than a chunk of entities. Entities
	 * the caller loaded in the same transaction before are detached by then.
	 *
	 * @param progress told how many records are done, now and then
	 */
	public UpsertResult upsertDepartments(Stream<DepartmentRecord> records, IntConsumer progress) {
		var upsert = new DepartmentUpsert();
		var chunk = new ArrayList<DepartmentRecord>(UPSERT_CHUNK);
		try (records) {
			records.forEachOrdered(record -> {
				chunk.add(record);
				if (chunk.size() == UPSERT_CHUNK) {
					upsert.chunk(chunk);
					chunk.clear();
					progress.accept(upsert.done);
				}
			});
		}
		if (!chunk.isEmpty()) {
			upsert.chunk(chunk);
		}
		progress.accept(upsert.done);
		return upsert.result();
	}

	/** Upserts records a chunk at a time and counts what it changed. */
	private final class DepartmentUpsert {

		/** The organisations renamed so far, by CVR: a name changes once, as the first record of it says. */
		private final Set<String> renamed = new HashSet<>();

		private int organisationsCreated;

		private int organisationsRenamed;

		private int created;

		private int updated;

		private int unchanged;

		private int done;

		void chunk(List<DepartmentRecord> records) {
			var byCvr = new HashMap<String, Organisation>();
			organisations.findByCvrIn(records.stream().map(DepartmentRecord::cvr).distinct().toList())
				.forEach(o -> byCvr.put(o.getCvr(), o));
			for (var record : records) {
				var organisation = byCvr.get(record.cvr());
				if (organisation == null) {
					organisation = organisations.save(new Organisation(new OrganisationDetails(
							OrganisationKind.HOUSING, record.organisationName(), record.cvr(), null, null, null, null,
							null)));
					byCvr.put(record.cvr(), organisation);
					organisationsCreated++;
				}
				else if (!renamed.contains(record.cvr()) && organisation.rename(record.organisationName())) {
					renamed.add(record.cvr());
					organisationsRenamed++;
				}
			}
			var keys = records.stream().map(r -> key(byCvr.get(r.cvr()).getId(), r.number())).distinct().toList();
			var existing = new HashMap<String, Department>();
			departments.findByKeys(byCvr.values().stream().map(Organisation::getId).toList(), keys)
				.forEach(d -> existing.put(key(d.getOrganisation().getId(), d.getNumber()), d));
			for (var record : records) {
				var organisation = byCvr.get(record.cvr());
				var key = key(organisation.getId(), record.number());
				var department = existing.get(key);
				if (department == null) {
					department = new Department(organisation, new DepartmentDetails(record.number(), record.name(),
							null, record.municipalityCode(), record.homes(), null));
					departments.save(department);
					existing.put(key, department);
					created++;
				}
				else {
					var current = department.details();
					var wanted = new DepartmentDetails(record.number().strip(), record.name().strip(),
							current.address(), record.municipalityCode(), record.homes(), current.outdoorAreaM2());
					if (department.update(wanted)) {
						updated++;
					}
					else {
						unchanged++;
					}
				}
			}
			done += records.size();
			entityManager.flush();
			// Clearing the session would drop the search index's work for this chunk: write it now. Should the
			// import fail later, its transaction takes the rows back and ImportFailed has the index rebuilt.
			Search.session(entityManager).indexingPlan().execute();
			entityManager.clear();
		}

		private static String key(long organisationId, String number) {
			return organisationId + "/" + number.strip();
		}

		UpsertResult result() {
			return new UpsertResult(organisationsCreated, organisationsRenamed, created, updated, unchanged);
		}
	}

	// --- partners

	public long createPartner(PartnerDetails details) {
		return partners.save(new Partner(details, themesFor(details))).getId();
	}

	public void updatePartner(long id, PartnerDetails details) {
		var partner = partners.findById(id).orElseThrow(() -> new NotFoundException("partner", id));
		partner.update(details, themesFor(details));
	}

	private HashSet<Theme> themesFor(PartnerDetails details) {
		var found = new HashSet<>(themes.findAllById(details.themeIds()));
		if (found.size() != details.themeIds().size()) {
			throw new DirectoryConflictException("themeIds", "validation.theme");
		}
		return found;
	}

	// --- people

	public long addPersonToOrganisation(long organisationId, PersonDetails details) {
		var organisation = organisations.findById(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		return people.save(new Person(organisation, details)).getId();
	}

	public long addPersonToPartner(long partnerId, PersonDetails details) {
		var partner = partners.findById(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
		return people.save(new Person(partner, details)).getId();
	}

	public void updatePerson(long id, PersonDetails details) {
		people.findById(id).orElseThrow(() -> new NotFoundException("person", id)).update(details);
	}

	public void removePerson(long id) {
		people.delete(people.findById(id).orElseThrow(() -> new NotFoundException("person", id)));
	}

	/** The person's details and where they belong, to check permissions before a change. */
	@Transactional(readOnly = true)
	public PersonAffiliation person(long id) {
		var person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
		return new PersonAffiliation(person.getId(), person.details(), person.getOrganisationId(),
				person.getPartnerId());
	}

	/**
	 * A person and the organisation or partner they belong to.
	 */
	public record PersonAffiliation(long id, PersonDetails details, Long organisationId, Long partnerId) {
	}
}
