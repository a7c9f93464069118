package dk.spirekassen.actors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A housing organisation, an administration organisation or the association itself.
 */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private String name;

	private String cvr;

	private String address;

	private Integer municipalityCode;

	private String website;

	private LocalDate memberSince;

	@Column(name = "administered_by")
	private Long administeredById;

	@Version
	private long version;

	private Instant createdAt;

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
}
