package dk.spirekassen.actors.importing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import dk.spirekassen.actors.DepartmentRecord;

/**
 * A valid row of a checked file, kept until the user chooses to import it, so the file need not be sent twice.
 */
@Entity
class ImportRow {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private long jobId;

	private int line;

	private String cvr;

	private String organisationName;

	private String number;

	private String name;

	private int municipalityCode;

	private int homes;

	protected ImportRow() {
	}

	ImportRow(long jobId, int line, DepartmentRecord record) {
		this.jobId = jobId;
		this.line = line;
		this.cvr = record.cvr();
		this.organisationName = record.organisationName();
		this.number = record.number();
		this.name = record.name();
		this.municipalityCode = record.municipalityCode();
		this.homes = record.homes();
	}

	DepartmentRecord record() {
		return new DepartmentRecord(cvr, organisationName, number, name, municipalityCode, homes);
	}
}
