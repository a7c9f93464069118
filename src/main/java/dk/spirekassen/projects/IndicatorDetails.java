package dk.spirekassen.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an indicator holds: bottom line, name, unit, baseline and target, and the UN SDGs (1 to 17) it serves.
 */
public record IndicatorDetails(BottomLine bottomLine, String name, String unit, BigDecimal baselineValue,
		LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, Set<Integer> sdgs) {
}
