package dk.spirekassen.devdays;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import dk.spirekassen.actors.Region;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * A development day: where and when it is, how many seats it has, when registration is open, and its programme.
 * Registrations are separate aggregates; taking a seat locks the day's row so that seats are counted by one
 * registration at a time.
 */
@Entity
@Indexed
class DevelopmentDay {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_day_seq")
	@SequenceGenerator(name = "development_day_seq", allocationSize = 50)
	private Long id;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String title;

	@GenericField(name = SearchFields.THEMES, aggregable = Aggregable.YES)
	private Long themeId;

	private String description;

	@Enumerated(EnumType.STRING)
	@KeywordField(name = SearchFields.REGIONS, aggregable = Aggregable.YES)
	private Region region;

	private String venue;

	private String address;

	private Instant startsAt;

	private Instant endsAt;

	private int capacity;

	private Instant registrationOpensAt;

	private Instant registrationClosesAt;

	private String organisers;

	@OneToMany(mappedBy = "day", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startsAt, id")
	private List<ProgrammeItem> programme = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected DevelopmentDay() {
	}

	DevelopmentDay(DayDetails details) {
		this.createdAt = Instant.now();
		update(details);
	}

	void update(DayDetails details) {
		this.title = details.title().strip();
		this.themeId = details.themeId();
		this.description = blankToNull(details.description());
		this.region = details.region();
		this.venue = details.venue().strip();
		this.address = details.address().strip();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.capacity = details.capacity();
		this.registrationOpensAt = details.registrationOpensAt();
		this.registrationClosesAt = details.registrationClosesAt();
		this.organisers = blankToNull(details.organisers());
		this.updatedAt = Instant.now();
	}

	void setCapacity(int capacity) {
		this.capacity = capacity;
		this.updatedAt = Instant.now();
	}

	ProgrammeItem addProgrammeItem(LocalTime startsAt, LocalTime endsAt, String title, String description) {
		var item = new ProgrammeItem(this, startsAt, endsAt, title, description);
		programme.add(item);
		programme.sort(java.util.Comparator.comparing(ProgrammeItem::getStartsAt));
		this.updatedAt = Instant.now();
		return item;
	}

	void removeProgrammeItem(long itemId) {
		programme.removeIf(i -> i.getId() == itemId);
		this.updatedAt = Instant.now();
	}

	/** Whether the day takes registrations at the given moment. */
	public RegistrationWindow window(Instant now) {
		return RegistrationWindow.at(now, registrationOpensAt, registrationClosesAt, endsAt);
	}

	public DayDetails details() {
		return new DayDetails(title, themeId, description, region, venue, address, startsAt, endsAt, capacity,
				registrationOpensAt, registrationClosesAt, organisers);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public Long getThemeId() {
		return themeId;
	}

	public String getDescription() {
		return description;
	}

	public Region getRegion() {
		return region;
	}

	public String getVenue() {
		return venue;
	}

	public String getAddress() {
		return address;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public int getCapacity() {
		return capacity;
	}

	public Instant getRegistrationOpensAt() {
		return registrationOpensAt;
	}

	public Instant getRegistrationClosesAt() {
		return registrationClosesAt;
	}

	public String getOrganisers() {
		return organisers;
	}

	public List<ProgrammeItem> getProgramme() {
		return List.copyOf(programme);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	// --- the search index (see shared.SearchFields): every day is public, as its page is

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.DAY;
	}

	/** Everything else the day's page says: description, venue, address, organisers and the programme. */
	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "venue")),
			@ObjectPath(@PropertyValue(propertyName = "address")),
			@ObjectPath(@PropertyValue(propertyName = "organisers")),
			@ObjectPath({ @PropertyValue(propertyName = "programme"), @PropertyValue(propertyName = "title") }),
			@ObjectPath({ @PropertyValue(propertyName = "programme"),
					@PropertyValue(propertyName = "description") }) })
	String getSearchText() {
		var parts = Stream.concat(Stream.of(description, venue, address, organisers),
				programme.stream().flatMap(item -> Stream.of(item.getTitle(), item.getDescription())));
		return String.join("\n\n", parts.filter(Objects::nonNull).filter(text -> !text.isBlank()).toList());
	}

	/** Anybody may find a day: the list and every day's page are public. */
	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Set<String> getReaders() {
		return Set.of(SearchFields.PUBLIC_READER);
	}

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "createdAt")),
			@ObjectPath(@PropertyValue(propertyName = "updatedAt")) })
	Instant getLastChanged() {
		return updatedAt != null ? updatedAt : createdAt;
	}
}
