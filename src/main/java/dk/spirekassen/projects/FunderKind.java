package dk.spirekassen.projects;

import java.util.Locale;

/**
 * What kind of funder money comes from: the association's own seed fund, public money (Landsbyggefonden, a
 * municipality, the state), a private foundation, the housing organisation itself, or another.
 */
public enum FunderKind {
	ASSOCIATION, PUBLIC, FOUNDATION, HOUSING, OTHER;

	/**
	 * The kind a funding line most likely has when none is given: a foundation in the directory, public money by a
	 * public funder's name, the housing organisation's own means or the association's own by their names, otherwise
	 * another.
	 */
	public static FunderKind guess(Long funderPartnerId, String funderName) {
		if (funderPartnerId != null) {
			return FOUNDATION;
		}
		var name = funderName == null ? "" : funderName.toLowerCase(Locale.ROOT);
		if (name.contains("landsbyggefond") || name.contains("kommune") || name.contains("styrelse")) {
			return PUBLIC;
		}
		if (name.contains("egen finansiering") || name.contains("egne midler") || name.contains("boligorganisation")) {
			return HOUSING;
		}
		return name.contains("spirekass") ? ASSOCIATION : OTHER;
	}
}
