package dk.spirekassen.actors;

/**
 * One department as a register lists it (one row of a Landsbyggefonden-style spreadsheet): the owning
 * organisation's CVR and name, and the department's number, name, municipality and homes.
 */
public record DepartmentRecord(String cvr, String organisationName, String number, String name, int municipalityCode,
		int homes) {
}
