package dk.spirekassen.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an indicator holds: bottom line, name, unit, baseline and target, the UN SDGs (1 to 17) it serves, and the
 * code of the catalogue's definition it measures ({@link IndicatorDefinitions}), or {@code null} for one the project
 * defined itself.
 */
public record IndicatorDetails(BottomLine bottomLine, String name, String unit, BigDecimal baselineValue,
		LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Set<Integer> sdgs,
		String definitionCode) {

	/** An indicator the project defined itself. */
	public IndicatorDetails(BottomLine bottomLine, String name, String unit, BigDecimal baselineValue,
			LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Set<Integer> sdgs) {
		this(bottomLine, name, unit, baselineValue, baselineDate, targetValue, targetDate, sdgs, null);
	}
}
