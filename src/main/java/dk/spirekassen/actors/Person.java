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

/**
 * A person who belongs to exactly one organisation or one partner.
 */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

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
}
