package dk.spirekassen.actors.importing;

import java.util.Locale;
import java.util.Set;

/**
 * The columns a department file must have, each with the Danish header users see and the other headers accepted
 * for it. Headers are compared without case, spaces and punctuation, so "CVR-nr." matches "cvrnr".
 */
enum Column {

	CVR("CVR", 8, "cvr", "cvrnr", "cvrnummer", "cvrno", "cvrnumber", "organisationcvr", "organisationscvr"),

	ORGANISATION("Organisation", 200, "organisation", "organisationsnavn", "organisationnavn", "boligorganisation",
			"boligorganisationsnavn", "boligselskab", "organization", "organisationname", "organizationname",
			"housingorganisation", "housingorganization"),

	NUMBER("Afdelingsnummer", 20, "afdelingsnummer", "afdelingsnr", "afdelingnummer", "afdelingnr", "afdnr",
			"afdnummer", "departmentnumber", "departmentno", "departmentnr"),

	NAME("Afdelingsnavn", 200, "afdelingsnavn", "afdelingnavn", "afdnavn", "departmentname"),

	MUNICIPALITY("Kommune", 100, "kommune", "kommunenavn", "kommunekode", "kommunenr", "kommunenummer",
			"municipality", "municipalityname", "municipalitycode"),

	HOMES("Boliger", 20, "boliger", "antalboliger", "boligantal", "antallejemål", "lejemål", "homes",
			"numberofhomes", "dwellings");

	private final String header;

	private final int maxLength;

	private final Set<String> aliases;

	Column(String header, int maxLength, String... aliases) {
		this.header = header;
		this.maxLength = maxLength;
		this.aliases = Set.of(aliases);
	}

	/** The Danish header, as the sample file and the help text name the column. */
	String header() {
		return header;
	}

	/** The longest text the column may hold. */
	int maxLength() {
		return maxLength;
	}

	/** The column a header names, or {@code null} when the header is not one of ours. */
	static Column of(String header) {
		var key = normalise(header);
		for (var column : values()) {
			if (column.aliases.contains(key)) {
				return column;
			}
		}
		return null;
	}

	private static String normalise(String header) {
		var text = header == null ? "" : header.toLowerCase(Locale.ROOT);
		var key = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}
}
