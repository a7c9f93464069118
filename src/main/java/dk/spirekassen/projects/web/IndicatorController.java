package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.IndicatorDefinitions;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectViews.ProjectHeading;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.Decimals;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.Web;

/**
 * A project's indicators on its bottom lines and their measurements.
 */
@Controller
@RequestMapping("/projekter/{id:\\d+}/indikatorer")
class IndicatorController {

	private static final String LABELS = "indicator.field.";

	private static final String MEASUREMENT_LABELS = "measurement.field.";

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final MessageSource messages;

	private final PartForms forms;

	private final ObjectProvider<IndicatorDefinitions> definitions;

	IndicatorController(ProjectCatalogue catalogue, ProjectManagement projects, MessageSource messages,
			PartForms forms, ObjectProvider<IndicatorDefinitions> definitions) {
		this.definitions = definitions;
		this.catalogue = catalogue;
		this.projects = projects;
		this.messages = messages;
		this.forms = forms;
	}

	@ModelAttribute("project")
	ProjectHeading project(@PathVariable long id, Authentication authentication) {
		return catalogue.editableHeading(id, Viewer.of(authentication));
	}

	@GetMapping("/ny")
	String form(@ModelAttribute(name = "project", binding = false) ProjectHeading project, Locale locale,
			Model model) {
		return form(forms.empty(LABELS, locale), locale, model);
	}

	@PostMapping
	String add(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@Valid @ModelAttribute("form") IndicatorForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		return forms.save(project.id(), result, request, IndicatorForm.class, LABELS, locale,
				() -> projects.addIndicator(project.id(), submitted.toDetails(), Viewer.of(authentication)),
				form -> form(form, locale, model), "#vaerdi");
	}

	@GetMapping("/{indicatorId:\\d+}/rediger")
	String editForm(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long indicatorId, Authentication authentication, Locale locale, Model model) {
		var details = catalogue.indicatorDetails(project.id(), indicatorId, Viewer.of(authentication));
		var values = new LinkedHashMap<String, Object>();
		if (details.definitionCode() != null) {
			values.put("definitionCode", details.definitionCode());
		}
		values.put("bottomLine", details.bottomLine());
		values.put("name", details.name());
		if (Units.CATALOGUE.contains(details.unit())) {
			values.put("unit", details.unit());
		}
		else {
			values.put("unit", Units.CUSTOM);
			values.put("customUnit", details.unit());
		}
		values.put("baselineValue", decimal(details.baselineValue(), locale));
		values.put("baselineDate", details.baselineDate());
		values.put("targetValue", decimal(details.targetValue(), locale));
		values.put("targetDate", details.targetDate());
		values.put("sdgs", details.sdgs());
		model.addAttribute("indicatorId", indicatorId);
		return form(forms.of(values, LABELS, locale), locale, model);
	}

	@PostMapping("/{indicatorId:\\d+}")
	String update(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long indicatorId, @Valid @ModelAttribute("form") IndicatorForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		var viewer = Viewer.of(authentication);
		catalogue.indicatorDetails(project.id(), indicatorId, viewer);
		model.addAttribute("indicatorId", indicatorId);
		return forms.save(project.id(), result, request, IndicatorForm.class, LABELS, locale,
				() -> projects.updateIndicator(project.id(), indicatorId, submitted.toDetails(), viewer),
				form -> form(form, locale, model), "#indikator-" + indicatorId);
	}

	@PostMapping("/{indicatorId:\\d+}/slet")
	String remove(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long indicatorId, Authentication authentication) {
		projects.removeIndicator(project.id(), indicatorId, Viewer.of(authentication));
		return "redirect:/projekter/" + project.id() + "?gemt#vaerdi";
	}

	@GetMapping("/{indicatorId:\\d+}/maalinger/ny")
	String measurementForm(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long indicatorId, Authentication authentication, Locale locale, Model model) {
		return measurement(project, indicatorId,
				forms.of(Map.of("measuredOn", LocalDate.now()), MEASUREMENT_LABELS, locale), authentication, model);
	}

	@PostMapping("/{indicatorId:\\d+}/maalinger")
	String measure(@ModelAttribute(name = "project", binding = false) ProjectHeading project,
			@PathVariable long indicatorId, @Valid @ModelAttribute("form") MeasurementForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		var viewer = Viewer.of(authentication);
		catalogue.indicatorDetails(project.id(), indicatorId, viewer);
		return forms.save(project.id(), result, request, MeasurementForm.class, MEASUREMENT_LABELS, locale,
				() -> projects.measure(project.id(), indicatorId, submitted.measuredOn(),
						Decimals.parse(submitted.value()).orElseThrow(), submitted.note(), viewer),
				form -> measurement(project, indicatorId, form, authentication, model),
				"#indikator-" + indicatorId);
	}

	private String measurement(ProjectHeading project, long indicatorId, FormView form,
			Authentication authentication, Model model) {
		model.addAttribute("indicator", catalogue.indicator(project.id(), indicatorId, Viewer.of(authentication)));
		model.addAttribute("form", form);
		return "projects/measurement-form";
	}

	private String form(FormView form, Locale locale, Model model) {
		model.addAttribute("form", form);
		var catalogued = definitions.getIfAvailable();
		model.addAttribute("definitions", catalogued == null ? List.<Option>of()
				: catalogued.all()
					.stream()
					.map(d -> new Option(d.code(), messages.getMessage("BottomLine." + d.bottomLine().name(), null,
							d.bottomLine().name(), locale) + ": " + d.name(locale) + " (" + d.unit() + ")"))
					.toList());
		model.addAttribute("bottomLines", Web.options(BottomLine.class, messages, locale));
		var units = new ArrayList<Option>();
		Units.CATALOGUE.forEach(u -> units.add(new Option(u, u)));
		units.add(new Option(Units.CUSTOM, messages.getMessage("indicator.unit.other", null, locale)));
		model.addAttribute("units", units);
		model.addAttribute("sdgs", IntStream.rangeClosed(1, 17)
			.mapToObj(n -> new Option(String.valueOf(n), messages.getMessage("sdg." + n, null, locale)))
			.toList());
		return "projects/indicator-form";
	}

	private static String decimal(BigDecimal value, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}
}
