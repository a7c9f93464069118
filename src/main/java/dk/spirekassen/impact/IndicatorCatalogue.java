package dk.spirekassen.impact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;

import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.IndicatorDefinitions;

/**
 * The curated catalogue of indicators worth adding up, as the migrations write it: a few dozen rows at most, read in
 * one statement.
 */
@Service
class IndicatorCatalogue implements IndicatorDefinitions {

	private final JdbcClient jdbc;

	IndicatorCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
