package dk.spirekassen.actors;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A department (afdeling) of a housing organisation: an economically independent housing area.
 */
@Entity
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private String number;

	private String name;

	private String address;

	private Integer municipalityCode;

	private int homes;

	private Integer outdoorAreaM2;

	@Version
	private long version;

	private Instant createdAt;

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
}
