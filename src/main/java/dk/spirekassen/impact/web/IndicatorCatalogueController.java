package dk.spirekassen.impact.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.IndicatorDefinitions;
import dk.spirekassen.projects.IndicatorDefinitions.Definition;

/**
 * The public catalogue of indicators worth adding up: what each measures, its unit, bottom line and UN SDG targets,
 * and an estimated social value per unit where one is given, always with its source and year.
 */
@Controller
class IndicatorCatalogueController {

	private final IndicatorDefinitions definitions;

	IndicatorCatalogueController(IndicatorDefinitions definitions) {
		this.definitions = definitions;
	}

	@GetMapping("/indikatorer")
	String catalogue(Model model) {
		Map<BottomLine, List<Definition>> byLine = new LinkedHashMap<>();
		for (var line : BottomLine.values()) {
			byLine.put(line, definitions.all().stream().filter(d -> d.bottomLine() == line).toList());
		}
		model.addAttribute("byLine", byLine);
		return "impact/indicator-catalogue";
	}
}
