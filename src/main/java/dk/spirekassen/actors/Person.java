package dk.spirekassen.actors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import dk.spirekassen.shared.DanishSortKey;
import dk.spirekassen.shared.SearchFields;
import dk.spirekassen.shared.SearchKind;

/**
 * A person who belongs to exactly one organisation or one partner.
 */
@Entity
@Indexed
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@PropertyBinding(binder = @PropertyBinderRef(type = DanishSortKey.Binder.class))
	private String name;

	private String email;

	private String phone;

	private String title;

	@Enumerated(EnumType.STRING)
	private AssociationRole associationRole;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "partner_id")
	private Partner partner;

	@Version
	private long version;

	protected Person() {
	}

	Person(Organisation organisation, PersonDetails details) {
		this.organisation = organisation;
		update(details);
	}

	Person(Partner partner, PersonDetails details) {
		this.partner = partner;
		update(details);
	}

	void update(PersonDetails details) {
		this.name = details.name().strip();
		this.email = Organisation.blankToNull(details.email());
		this.phone = Organisation.blankToNull(details.phone());
		this.title = Organisation.blankToNull(details.title());
		this.associationRole = details.associationRole();
	}

	public PersonDetails details() {
		return new PersonDetails(name, email, phone, title, associationRole);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getTitle() {
		return title;
	}

	public AssociationRole getAssociationRole() {
		return associationRole;
	}

	public Long getOrganisationId() {
		return organisation == null ? null : organisation.getId();
	}

	public Long getPartnerId() {
		return partner == null ? null : partner.getId();
	}

	// --- the search index (see shared.SearchFields): signed-in users find people, never how to reach them

	@KeywordField(name = SearchFields.KIND, projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	SearchKind getSearchKind() {
		return SearchKind.PERSON;
	}

	@KeywordField(name = SearchFields.READERS)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	Set<String> getReaders() {
		return Set.of(SearchFields.SIGNED_IN_READER);
	}

	/** The person's title and where they work (a new name of that place reaches the index with the next rebuild). */
	@FullTextField(name = SearchFields.TEXT, analyzer = SearchFields.DANISH, searchAnalyzer = SearchFields.DANISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath({ @PropertyValue(propertyName = "organisation"), @PropertyValue(propertyName = "name") }),
			@ObjectPath({ @PropertyValue(propertyName = "partner"), @PropertyValue(propertyName = "name") }) },
			reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	String getSearchText() {
		return String.join(" · ", Stream.of(title, organisation == null ? null : organisation.getName(),
				partner == null ? null : partner.getName()).filter(Objects::nonNull).toList());
	}
}
