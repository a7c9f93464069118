package dk.spirekassen.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The curated catalogue of indicators worth adding up across projects. A project picks one, and its indicator takes
 * the definition's bottom line and unit, so that the same indicator adds up across projects. The module that keeps
 * the catalogue (impact) answers, so that projects need not know it.
 */
public interface IndicatorDefinitions {

	/** Figures about people below this are not shown, as Landsbyggefonden suppresses small numbers. */
	int SUPPRESSED_BELOW = 5;

	/** Every definition, in the catalogue's order (by bottom line, then as curated). */
	List<Definition> all();

	/** The definition of a code, if the catalogue has it. */
	default Optional<Definition> find(String code) {
		return all().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	/**
	 * An indicator of the catalogue: what it measures, in which unit, on which bottom line, the UN SDG targets it serves
	 * (such as {@code 7.2}), an IRIS+ metric id when one fits, and, optionally, an estimated social value in kroner per
	 * unit with its source and year. {@code additive}: whether the figures of several projects add up (not a share);
	 * {@code countsPeople}: whether a figure counts people (then not shown below {@link #SUPPRESSED_BELOW}).
	 */
	record Definition(String code, BottomLine bottomLine, String nameDa, String nameEn, String definitionDa,
			String definitionEn, String unit, boolean additive, boolean countsPeople, List<String> sdgTargets,
			String irisId,
			BigDecimal valuePerUnit, String valueSource, Integer valueYear) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
		}

		public String definition(Locale locale) {
			return "en".equals(locale.getLanguage()) ? definitionEn : definitionDa;
		}

		/** The goals (1 to 17) of its targets. */
		public Set<Integer> goals() {
			var goals = new TreeSet<Integer>();
			for (var target : sdgTargets) {
				goals.add(Integer.valueOf(target.substring(0, target.indexOf('.'))));
			}
			return goals;
		}

		public boolean valued() {
			return valuePerUnit != null;
		}
	}
}
