package dk.spirekassen.actors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import java.util.Set;

import dk.spirekassen.shared.DanishSortKey;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * A housing organisation, an administration organisation or the association itself.
 */
@Entity
@Indexed
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	@GenericField(name = SearchFields.ID, sortable = Sortable.YES)
	private Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField(name = "organisationKind")
	private OrganisationKind kind;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@PropertyBinding(binder = @PropertyBinderRef(type = DanishSortKey.Binder.class))
	private String name;

	private String cvr;

	private String address;

	@KeywordField(name = SearchFields.REGIONS, aggregable = Aggregable.YES,
			valueBridge = @ValueBridgeRef(type = RegionOfMunicipality.class))
	@GenericField(name = "municipality")
	private Integer municipalityCode;

	private String website;

	@GenericField
	private LocalDate memberSince;

	@Column(name = "administered_by")
	private Long administeredById;

	/** Only for the search index, which reindexes an organisation's departments when it becomes a member. */
	@OneToMany(mappedBy = "organisation")
	private List<Department> departments = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt;

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	private Instant updatedAt;

	protected Organisation() {
	}

	Organisation(OrganisationDetails details) {
		this.createdAt = Instant.now();
		update(details);
	}

	/** Changes the organisation's details; returns whether anything changed. */
	boolean update(OrganisationDetails details) {
		var before = details();
		this.kind = details.kind();
		this.name = details.name().strip();
		this.cvr = details.cvr().strip();
		this.address = blankToNull(details.address());
		this.municipalityCode = details.municipalityCode();
		this.website = blankToNull(details.website());
		this.memberSince = details.memberSince();
		this.administeredById = details.administeredById();
		boolean changed = !before.equals(details());
		if (changed) {
			this.updatedAt = Instant.now();
		}
		return changed;
	}

	/** Renames the organisation; returns whether the name changed. */
	boolean rename(String newName) {
		if (Objects.equals(name, newName.strip())) {
			return false;
		}
		this.name = newName.strip();
		this.updatedAt = Instant.now();
		return true;
	}

	public OrganisationDetails details() {
		return new OrganisationDetails(kind, name, cvr, address, municipalityCode, website, memberSince,
				administeredById);
	}

	public Long getId() {
		return id;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getCvr() {
		return cvr;
	}

	public String getAddress() {
		return address;
	}

	public Integer getMunicipalityCode() {
		return municipalityCode;
	}

	public String getWebsite() {
		return website;
	}

	public LocalDate getMemberSince() {
		return memberSince;
	}

	public boolean isMember() {
		return memberSince != null;
	}

	public Long getAdministeredById() {
		return administeredById;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// --- the search index (see shared.SearchFields)

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.ORGANISATION;
	}

	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Set<String> getReaders() {
		return Set.of(SearchFields.PUBLIC_READER);
	}

	/** The organisation's CVR number and address. */
	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "cvr")),
			@ObjectPath(@PropertyValue(propertyName = "address")) })
	String getSearchText() {
		return String.join(" · ", java.util.stream.Stream.of(cvr, address).filter(Objects::nonNull).toList());
	}
}
