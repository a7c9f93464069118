package dk.spirekassen.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.RegionOfMunicipality;
import dk.spirekassen.actors.ThemeNames;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * Something a project is looking for: knowledge, experience, funds, volunteers or a partner of a given kind.
 */
@Entity
@Table(name = "project_need")
@Indexed
class Need {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_need_seq")
	@SequenceGenerator(name = "project_need_seq", allocationSize = 50)
	@GenericField(name = SearchFields.ID, sortable = Sortable.YES)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Enumerated(EnumType.STRING)
	@KeywordField(name = SearchFields.NEED_KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
	private NeedKind kind;

	@Enumerated(EnumType.STRING)
	@KeywordField(name = SearchFields.PARTNER_KIND, aggregable = Aggregable.YES)
	private PartnerKind partnerKind;

	/**
	 * Kroner, for funds; indexed, so that a change of it alone is indexed too (and {@code /behov} shows it), and so
	 * that matching leaves it out for a foundation whose largest grant cannot cover it.
	 */
	@GenericField
	private Long amount;

	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String description;

	@Enumerated(EnumType.STRING)
	@KeywordField(name = "status")
	private NeedStatus status;

	@GenericField(name = SearchFields.UPDATED, sortable = Sortable.YES)
	private Instant createdAt;

	@OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt")
	private List<NeedOffer> offers = new ArrayList<>();

	protected Need() {
	}

	Need(Project project, NeedDetails details) {
		this.project = project;
		this.status = NeedStatus.OPEN;
		this.createdAt = Instant.now();
		update(details);
	}

	void update(NeedDetails details) {
		this.kind = details.kind();
		this.partnerKind = details.kind() == NeedKind.PARTNER ? details.partnerKind() : null;
		this.amount = details.kind() == NeedKind.FUNDS ? details.amount() : null;
		this.description = details.description().strip();
	}

	NeedOffer offer(long partnerId, long accountId, String message, Integer suggestedRank) {
		if (status != NeedStatus.OPEN) {
			throw new ProjectRuleException("message", "need.error.notOpen");
		}
		if (offers.stream().anyMatch(o -> o.getPartnerId() == partnerId && o.getStatus() == OfferStatus.PENDING)) {
			throw new ProjectRuleException("message", "need.error.alreadyOffered");
		}
		var offer = new NeedOffer(this, partnerId, accountId, message, suggestedRank);
		offers.add(offer);
		return offer;
	}

	void markMet() {
		this.status = NeedStatus.MET;
	}

	void reopen() {
		this.status = NeedStatus.OPEN;
	}

	Optional<NeedOffer> findOffer(long offerId) {
		return offers.stream().filter(o -> o.getId() == offerId).findFirst();
	}

	public Long getId() {
		return id;
	}

	Project getProject() {
		return project;
	}

	public NeedKind getKind() {
		return kind;
	}

	public PartnerKind getPartnerKind() {
		return partnerKind;
	}

	public Long getAmount() {
		return amount;
	}

	public String getDescription() {
		return description;
	}

	public NeedStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<NeedOffer> getOffers() {
		return List.copyOf(offers);
	}

	// --- the search index (see shared.SearchFields): a need is found by its own text, under its project's title,
	// by those who may see the project

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.NEED;
	}

	@GenericField(name = SearchFields.PROJECT, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "project")))
	Long getSearchProject() {
		return project.getId();
	}

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "project"),
			@PropertyValue(propertyName = "title") }))
	String getSearchTitle() {
		return project.getTitle();
	}

	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(derivedFrom = {
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "visibility") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"),
					@PropertyValue(propertyName = "proposedByAccountId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"),
					@PropertyValue(propertyName = "proposedOwnerOrganisationId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "accountId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "organisationId") }),
			@ObjectPath({ @PropertyValue(propertyName = "project"), @PropertyValue(propertyName = "participants"),
					@PropertyValue(propertyName = "partnerId") }) })
	Set<String> getReaders() {
		return project.getReaders();
	}

	@KeywordField(name = SearchFields.STAGE, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "project"),
			@PropertyValue(propertyName = "stage") }))
	Stage getSearchStage() {
		return project.getStage();
	}

	@FullTextField(name = SearchFields.THEME_NAMES, analyzer = SearchFields.DANISH,
			searchAnalyzer = SearchFields.DANISH_QUERY, valueBridge = @ValueBridgeRef(type = ThemeNames.class))
	@GenericField(name = SearchFields.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "project"),
			@PropertyValue(propertyName = "themeIds") }))
	Set<Long> getSearchThemes() {
		return project.getThemeIds();
	}

	@KeywordField(name = SearchFields.REGIONS, aggregable = Aggregable.YES, projectable = Projectable.YES,
			valueBridge = @ValueBridgeRef(type = RegionOfMunicipality.class))
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "project"),
			@PropertyValue(propertyName = "municipalityCodes") }))
	Set<Integer> getSearchMunicipalities() {
		return project.getMunicipalityCodes();
	}
}
