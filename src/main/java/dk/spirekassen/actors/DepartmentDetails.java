package dk.spirekassen.actors;

/**
 * The editable facts of a department.
 *
 * @param number unique within its organisation
 * @param outdoorAreaM2 outdoor area in square metres, or {@code null} when unknown
 */
public record DepartmentDetails(String number, String name, String address, Integer municipalityCode, int homes,
		Integer outdoorAreaM2) {
}
