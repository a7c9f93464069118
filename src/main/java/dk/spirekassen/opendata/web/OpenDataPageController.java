package dk.spirekassen.opendata.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

import dk.spirekassen.opendata.OpenDataSet;
import dk.spirekassen.opendata.OpenDataTables;

/** The open data page: every data set with its description, licence, formats and schema. */
@Controller
class OpenDataPageController {

	@GetMapping("/data")
	String data(Model model) {
		model.addAttribute("sets", List.of(OpenDataSet.values()));
		model.addAttribute("licence", OpenDataTables.LICENCE);
		return "opendata/data";
	}
}
