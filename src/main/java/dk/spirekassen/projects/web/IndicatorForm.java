package dk.spirekassen.projects.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.IndicatorDetails;
import dk.spirekassen.shared.Decimals;

/**
 * The indicator form as submitted: one of the catalogue's indicators (which gives the bottom line and the unit), or the
 * project's own, whose unit is chosen from a list or written freely; values may be written with a decimal comma.
 */
record IndicatorForm(@NotNull(message = "{validation.required}") BottomLine bottomLine,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
		String unit, @Size(max = 100, message = "{validation.max}") String customUnit,
		@NotBlank(message = "{validation.required}") String baselineValue,
		@NotNull(message = "{validation.required}") LocalDate baselineDate,
		@NotBlank(message = "{validation.required}") String targetValue,
		@NotNull(message = "{validation.required}") LocalDate targetDate, Set<Integer> sdgs,
		@Size(max = 60, message = "{validation.max}") String definitionCode) {

	@AssertTrue(message = "{validation.decimal}")
	boolean isBaselineValue() {
		return Decimals.valid(baselineValue);
	}

	@AssertTrue(message = "{validation.decimal}")
	boolean isTargetValue() {
		return Decimals.valid(targetValue);
	}

	@AssertTrue(message = "{indicator.error.unit}")
	boolean isUnit() {
		return fromCatalogue() || (unit != null && !unit.isBlank() && !Units.CUSTOM.equals(unit))
				|| (customUnit != null && !customUnit.isBlank());
	}

	@AssertTrue(message = "{indicator.error.targetBeforeBaseline}")
	boolean isTargetDate() {
		return baselineDate == null || targetDate == null || !targetDate.isBefore(baselineDate);
	}

	/** Whether one of the catalogue's indicators is chosen: its bottom line and unit are then the catalogue's. */
	boolean fromCatalogue() {
		return definitionCode != null && !definitionCode.isBlank();
	}

	IndicatorDetails toDetails() {
		var chosen = fromCatalogue() ? null : customUnit != null && !customUnit.isBlank() ? customUnit : unit;
		return new IndicatorDetails(bottomLine, name, chosen, Decimals.parse(baselineValue).orElseThrow(),
				baselineDate, Decimals.parse(targetValue).orElseThrow(), targetDate,
				sdgs == null ? new TreeSet<>() : new TreeSet<>(sdgs), fromCatalogue() ? definitionCode.strip() : null);
	}
}
