package dk.spirekassen.impact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.IndicatorDefinitions;
import dk.spirekassen.shared.IndexState;
import dk.spirekassen.shared.NotFoundException;

/**
 * The curated catalogue of indicators worth adding up, as the migrations write it and the secretariat curates it (an
 * IRIS+ metric, an estimated value per unit with its source and year): a few dozen rows at most, read in one
 * statement.
 */
@Service
public class IndicatorCatalogue implements IndicatorDefinitions {

	private final JdbcClient jdbc;

	private final IndexState index;

	IndicatorCatalogue(JdbcClient jdbc, IndexState index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/**
	 * What the secretariat curates of a definition: its IRIS+ metric, and its estimated value per unit with the source
	 * and year it comes from (all three, or none).
	 */
	public record Curation(String irisId, BigDecimal valuePerUnit, String valueSource, Integer valueYear) {
	}

	/** Curates a definition; what the portfolio kept is not served after (its estimated values change). */
	@Transactional
	public void curate(String code, Curation curation) {
		boolean valued = curation.valuePerUnit() != null;
		int changed = jdbc.sql("""
				update indicator_definition set iris_id = ?, value_per_unit = ?, value_source = ?, value_year = ?
				where code = ?""")
			.params(blankToNull(curation.irisId()), curation.valuePerUnit(),
					valued ? curation.valueSource().strip() : null, valued ? curation.valueYear() : null, code)
			.update();
		if (changed == 0) {
			throw new NotFoundException("indicator definition", code);
		}
		index.changedOnCommit();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	@Override
	public List<Definition> all() {
		return jdbc.sql("""
				select code, bottom_line, name_da, name_en, definition_da, definition_en, unit, additive, counts_people,
				    sdg_targets, iris_id, value_per_unit, value_source, value_year
				from indicator_definition order by position, code""")
			.query((rs, row) -> new Definition(rs.getString("code"), BottomLine.valueOf(rs.getString("bottom_line")),
					rs.getString("name_da"), rs.getString("name_en"), rs.getString("definition_da"),
					rs.getString("definition_en"), rs.getString("unit"), rs.getBoolean("additive"),
					rs.getBoolean("counts_people"), targets(rs.getString("sdg_targets")), rs.getString("iris_id"),
					rs.getBigDecimal("value_per_unit"), rs.getString("value_source"),
					rs.getObject("value_year", Integer.class)))
			.list();
	}

	private static List<String> targets(String targets) {
		return targets == null || targets.isBlank() ? List.of()
				: Arrays.stream(targets.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}
}
