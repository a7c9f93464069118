package dk.spirekassen.actors;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

import java.time.Instant;

import java.util.Set;

import dk.spirekassen.shared.DanishSortKey;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * A department (afdeling) of a housing organisation: an economically independent housing area.
 */
@Entity
@Indexed
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	@GenericField(name = SearchFields.ID, sortable = Sortable.YES)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private String number;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@PropertyBinding(binder = @PropertyBinderRef(type = DanishSortKey.Binder.class))
	private String name;

	private String address;

	@KeywordField(name = SearchFields.REGIONS, aggregable = Aggregable.YES,
			valueBridge = @ValueBridgeRef(type = RegionOfMunicipality.class))
	@GenericField(name = "municipality")
	private Integer municipalityCode;

	private int homes;

	private Integer outdoorAreaM2;

	@Version
	private long version;

	private Instant createdAt;

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	private Instant updatedAt;

	protected Department() {
	}

	Department(Organisation organisation, DepartmentDetails details) {
		this.organisation = organisation;
		this.createdAt = Instant.now();
		update(details);
	}

	/** Changes the department's details; returns whether anything changed. */
	boolean update(DepartmentDetails details) {
		var before = details();
		this.number = details.number().strip();
		this.name = details.name().strip();
		this.address = Organisation.blankToNull(details.address());
		this.municipalityCode = details.municipalityCode();
		this.homes = details.homes();
		this.outdoorAreaM2 = details.outdoorAreaM2();
		boolean changed = !before.equals(details());
		if (changed) {
			this.updatedAt = Instant.now();
		}
		return changed;
	}

	public DepartmentDetails details() {
		return new DepartmentDetails(number, name, address, municipalityCode, homes, outdoorAreaM2);
	}

	public Long getId() {
		return id;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public String getNumber() {
		return number;
	}

	public String getName() {
		return name;
	}

	public String getAddress() {
		return address;
	}

	public Integer getMunicipalityCode() {
		return municipalityCode;
	}

	public int getHomes() {
		return homes;
	}

	public Integer getOutdoorAreaM2() {
		return outdoorAreaM2;
	}

	// --- the search index (see shared.SearchFields)

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.DEPARTMENT;
	}

	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Set<String> getReaders() {
		return Set.of(SearchFields.PUBLIC_READER);
	}

	/** The department's number and address, and the name of the organisation it belongs to. */
	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "number")),
			@ObjectPath(@PropertyValue(propertyName = "address")),
			@ObjectPath({ @PropertyValue(propertyName = "organisation"), @PropertyValue(propertyName = "name") }) })
	String getSearchText() {
		return String.join(" · ", java.util.stream.Stream.of(number, address, organisation.getName())
			.filter(java.util.Objects::nonNull)
			.toList());
	}

	@GenericField(name = "organisation")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisation")))
	Long getSearchOrganisation() {
		return organisation.getId();
	}

	/** Whether the department's organisation is a member. */
	@GenericField(name = "member")
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "organisation"),
			@PropertyValue(propertyName = "memberSince") }))
	boolean getSearchMember() {
		return organisation.isMember();
	}
}
