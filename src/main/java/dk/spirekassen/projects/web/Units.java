package dk.spirekassen.projects.web;

import java.util.List;

/**
 * The curated catalogue of indicator units. Any other unit may be written freely.
 */
final class Units {

	static final String CUSTOM = "_other";

	static final List<String> CATALOGUE = List.of("kg CO2e/m²/år", "kWh", "ton affald", "m² biodiverst areal",
			"% ensomme (UCLA-3)", "beboere nået", "frivillige timer", "kr. sparet", "deltagere", "ladepunkter");

	private Units() {
	}
}
