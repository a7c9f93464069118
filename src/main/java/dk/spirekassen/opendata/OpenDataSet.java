package dk.spirekassen.opendata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The data sets published as open data, each as JSON and CSV with a JSON Schema. */
public enum OpenDataSet {
	GRANTS, RESULTS, ORGANISATIONS, DEPARTMENTS, PARTNERS, DAYS;

	/** The name in the data set's URLs and file names, and the key of its rows in the JSON. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The data set of a URL's name, if there is one. */
	public static Optional<OpenDataSet> of(String slug) {
		return Arrays.stream(values()).filter(set -> set.slug().equals(slug)).findFirst();
	}
}
