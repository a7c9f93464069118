package dk.spirekassen.actors;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.spirekassen.shared.DanishSortKey;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * An outside actor who brings knowledge, experience, funds or will: an advisor, researcher, foundation and so on.
 */
@Entity
@Indexed
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	@GenericField(name = SearchFields.ID, sortable = Sortable.YES)
	private Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField(name = SearchFields.PARTNER_KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
	private PartnerKind kind;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@PropertyBinding(binder = @PropertyBinderRef(type = DanishSortKey.Binder.class))
	private String name;

	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String description;

	private String email;

	private String phone;

	private String website;

	private Long grantMin;

	/** Indexed, so that matching leaves out a foundation whose largest grant cannot cover a need. */
	@GenericField(name = SearchFields.GRANT_MAX)
	private Long grantMax;

	private String coFinancing;

	@ElementCollection
	@CollectionTable(name = "partner_offer", joinColumns = @JoinColumn(name = "partner_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "offer")
	@KeywordField(name = SearchFields.OFFERS, aggregable = Aggregable.YES)
	private Set<Offer> offers = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "partner_region", joinColumns = @JoinColumn(name = "partner_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "region")
	@KeywordField(name = SearchFields.REGIONS, aggregable = Aggregable.YES, projectable = Projectable.YES)
	private Set<Region> regions = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "partner_theme", joinColumns = @JoinColumn(name = "partner_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_id"))
	private Set<Theme> themes = new HashSet<>();

	@Version
	private long version;

	private Instant createdAt;

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	private Instant updatedAt;

	protected Partner() {
	}

	Partner(PartnerDetails details, Set<Theme> themes) {
		this.createdAt = Instant.now();
		update(details, themes);
	}

	void update(PartnerDetails details, Set<Theme> themes) {
		this.kind = details.kind();
		this.name = details.name().strip();
		this.description = Organisation.blankToNull(details.description());
		this.email = Organisation.blankToNull(details.email());
		this.phone = Organisation.blankToNull(details.phone());
		this.website = Organisation.blankToNull(details.website());
		boolean foundation = details.kind() == PartnerKind.FOUNDATION;
		this.grantMin = foundation ? details.grantMin() : null;
		this.grantMax = foundation ? details.grantMax() : null;
		this.coFinancing = foundation ? Organisation.blankToNull(details.coFinancing()) : null;
		this.offers.clear();
		this.offers.addAll(details.offers());
		this.regions.clear();
		this.regions.addAll(details.regions());
		this.themes.clear();
		this.themes.addAll(themes);
		this.updatedAt = Instant.now();
	}

	public PartnerDetails details() {
		return new PartnerDetails(kind, name, description, email, phone, website, grantMin, grantMax, coFinancing,
				offers.isEmpty() ? EnumSet.noneOf(Offer.class) : EnumSet.copyOf(offers),
				regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions),
				themes.stream().map(Theme::getId).collect(Collectors.toCollection(TreeSet::new)));
	}

	public Long getId() {
		return id;
	}

	public PartnerKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getWebsite() {
		return website;
	}

	public Long getGrantMin() {
		return grantMin;
	}

	public Long getGrantMax() {
		return grantMax;
	}

	public String getCoFinancing() {
		return coFinancing;
	}

	public Set<Offer> getOffers() {
		return offers.isEmpty() ? EnumSet.noneOf(Offer.class) : EnumSet.copyOf(offers);
	}

	public Set<Region> getRegions() {
		return regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
	}

	public Set<Theme> getThemes() {
		return Set.copyOf(themes);
	}

	// --- the search index (see shared.SearchFields)

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.PARTNER;
	}

	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Set<String> getReaders() {
		return Set.of(SearchFields.PUBLIC_READER);
	}

	@FullTextField(name = SearchFields.THEME_NAMES, analyzer = SearchFields.DANISH,
			searchAnalyzer = SearchFields.DANISH_QUERY, valueBridge = @ValueBridgeRef(type = ThemeNames.class))
	@GenericField(name = SearchFields.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
	Set<Long> getSearchThemes() {
		return themes.stream().map(Theme::getId).collect(Collectors.toSet());
	}
}
