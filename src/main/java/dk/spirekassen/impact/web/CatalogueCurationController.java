package dk.spirekassen.impact.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;

import dk.spirekassen.impact.IndicatorCatalogue;
import dk.spirekassen.impact.IndicatorCatalogue.Curation;
import dk.spirekassen.projects.IndicatorDefinitions.Definition;
import dk.spirekassen.shared.Decimals;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.NotFoundException;

/**
 * The secretariat curates the indicator catalogue: a definition's IRIS+ metric and its estimated value per unit, with
 * the source and year it comes from (the public page shows the value only as an estimate with both).
 */
@Controller
class CatalogueCurationController {

	private static final String LABELS = "curation.field.";

	private final IndicatorCatalogue catalogue;

	private final MessageSource messages;

	private final Forms forms;

	CatalogueCurationController(IndicatorCatalogue catalogue, MessageSource messages, Forms forms) {
		this.catalogue = catalogue;
		this.messages = messages;
		this.forms = forms;
	}

	@GetMapping("/sekretariat/indikatorer")
	String list(Model model) {
		model.addAttribute("definitions", catalogue.all());
		return "impact/catalogue-curation";
	}

	@GetMapping("/sekretariat/indikatorer/{code:[a-z0-9-]+}")
	String form(@PathVariable String code, Locale locale, Model model) {
		var definition = definition(code);
		var values = new LinkedHashMap<String, Object>();
		if (definition.irisId() != null) {
			values.put("irisId", definition.irisId());
		}
		if (definition.valued()) {
			var format = NumberFormat.getNumberInstance(locale);
			format.setGroupingUsed(false);
			format.setMaximumFractionDigits(2);
			values.put("valuePerUnit", format.format(definition.valuePerUnit()));
			values.put("valueSource", definition.valueSource());
			values.put("valueYear", definition.valueYear());
		}
		return page(definition, FormView.of(values, messages, locale, LABELS), model);
	}

	@PostMapping("/sekretariat/indikatorer/{code:[a-z0-9-]+}")
	String curate(@PathVariable String code, @Valid @ModelAttribute("form") CurationForm form, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		var definition = definition(code);
		if (result.hasErrors()) {
			return page(definition, forms.submitted(request, result, CurationForm.class, LABELS, locale), model);
		}
		catalogue.curate(code, form.toCuration());
		return "redirect:/sekretariat/indikatorer?gemt#indikator-" + code;
	}

	private Definition definition(String code) {
		return catalogue.find(code).orElseThrow(() -> new NotFoundException("indicator definition", code));
	}

	private String page(Definition definition, FormView form, Model model) {
		model.addAttribute("definition", definition);
		model.addAttribute("form", form);
		return "impact/curation-form";
	}

	/**
	 * The curation form as submitted: an IRIS+ metric id (two letters and four digits, as PI1479), and a value per unit
	 * (at least 0, with a decimal comma or point) with its source and year, all three or none.
	 */
	record CurationForm(
			@Pattern(regexp = "|[A-Z]{2}\\d{4}", message = "{curation.error.iris}") String irisId,
			String valuePerUnit, @Size(max = 500, message = "{validation.max}") String valueSource,
			@Min(value = 1990, message = "{validation.min}") @Max(value = 2100, message = "{validation.maxValue}")
			Integer valueYear) {

		@AssertTrue(message = "{curation.error.value}")
		boolean isValuePerUnit() {
			return valuePerUnit == null || valuePerUnit.isBlank()
					|| Decimals.parse(valuePerUnit).filter(v -> v.signum() >= 0).isPresent();
		}

		@AssertTrue(message = "{curation.error.source}")
		boolean isValueSource() {
			return !valued() || valueSource != null && !valueSource.isBlank();
		}

		@AssertTrue(message = "{curation.error.year}")
		boolean isValueYear() {
			return !valued() || valueYear != null;
		}

		private boolean valued() {
			return valuePerUnit != null && !valuePerUnit.isBlank();
		}

		Curation toCuration() {
			return new Curation(irisId, valued() ? Decimals.parse(valuePerUnit).orElseThrow() : null, valueSource,
					valueYear);
		}
	}
}
