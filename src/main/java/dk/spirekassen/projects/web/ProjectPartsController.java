package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.NotFoundException;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.projects.BottomLine;
import dk.spirekassen.projects.FundingStatus;
import dk.spirekassen.projects.NeedKind;
import dk.spirekassen.projects.NeedStatus;
import dk.spirekassen.projects.ProjectCatalogue;
import dk.spirekassen.projects.ProjectManagement;
import dk.spirekassen.projects.ProjectRole;
import dk.spirekassen.projects.ProjectRuleException;
import dk.spirekassen.projects.ProjectViews.ProjectView;
import dk.spirekassen.projects.Viewer;
import dk.spirekassen.shared.FormView;
import dk.spirekassen.shared.Forms;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.Web;

/**
 * The parts of a project page that have forms of their own: participants, needs and offers, funding, indicators
 * and measurements, results and toolbox files. Each form is a page of its own, so that it works without
 * JavaScript and keeps what was typed when it is refused.
 */
@Controller
class ProjectPartsController {

	private final ProjectCatalogue catalogue;

	private final ProjectManagement projects;

	private final Directory directory;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Forms forms;

	ProjectPartsController(ProjectCatalogue catalogue, ProjectManagement projects, Directory directory,
			AccountManagement accounts, MessageSource messages, Forms forms) {
		this.catalogue = catalogue;
		this.projects = projects;
		this.directory = directory;
		this.accounts = accounts;
		this.messages = messages;
		this.forms = forms;
	}

	// --- participants

	@GetMapping("/projekter/{id:\\d+}/deltagere/ny")
	String participantForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return participant(id, empty("participant.field.", locale), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/deltagere")
	String addParticipant(@PathVariable long id, @Valid @ModelAttribute("form") ParticipantForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		return save(id, result, request, ParticipantForm.class, "participant.field.", locale,
				() -> projects.addParticipant(id, submitted.role(), submitted.organisationId(), submitted.partnerId(),
						submitted.accountId(), Viewer.of(authentication)),
				form -> participant(id, form, authentication, locale, model));
	}

	@PostMapping("/projekter/{id:\\d+}/deltagere/{participantId:\\d+}/fjern")
	String removeParticipant(@PathVariable long id, @PathVariable long participantId, Authentication authentication) {
		projects.removeParticipant(id, participantId, Viewer.of(authentication));
		return "redirect:/projekter/" + id + "#deltagere";
	}

	private String participant(long id, FormView form, Authentication authentication, Locale locale, Model model) {
		var project = editable(id, authentication, locale);
		model.addAttribute("project", project);
		model.addAttribute("form", form);
		model.addAttribute("roles", Web.options(ProjectRole.class, messages, locale)
			.stream()
			.filter(o -> !o.value().equals(ProjectRole.OWNER.name()))
			.toList());
		model.addAttribute("organisations", refs(directory.organisationRefs()));
		model.addAttribute("partners", refs(directory.partnerRefs()));
		model.addAttribute("people", accounts.accounts()
			.stream()
			.filter(a -> a.enabled())
			.map(a -> new Option(String.valueOf(a.id()), a.displayName() + " (" + a.email() + ")"))
			.toList());
		return "projects/participant-form";
	}

	// --- needs and offers

	@GetMapping("/projekter/{id:\\d+}/behov/ny")
	String needForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return need(id, empty("need.field.", locale), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/behov")
	String addNeed(@PathVariable long id, @Valid @ModelAttribute("form") NeedForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		return save(id, result, request, NeedForm.class, "need.field.", locale,
				() -> projects.addNeed(id, submitted.toDetails(), Viewer.of(authentication)),
				form -> need(id, form, authentication, locale, model));
	}

	@PostMapping("/projekter/{id:\\d+}/behov/{needId:\\d+}/status")
	String needStatus(@PathVariable long id, @PathVariable long needId, @RequestParam NeedStatus status,
			Authentication authentication) {
		projects.setNeedStatus(id, needId, status, Viewer.of(authentication));
		return "redirect:/projekter/" + id + "#behov";
	}

	private String need(long id, FormView form, Authentication authentication, Locale locale, Model model) {
		model.addAttribute("project", editable(id, authentication, locale));
		model.addAttribute("form", form);
		model.addAttribute("kinds", Web.options(NeedKind.class, messages, locale));
		model.addAttribute("partnerKinds", Web.options(PartnerKind.class, messages, locale));
		return "projects/need-form";
	}

	@GetMapping("/projekter/{id:\\d+}/behov/{needId:\\d+}/tilbud")
	String offerForm(@PathVariable long id, @PathVariable long needId, Authentication authentication, Locale locale,
			Model model) {
		return offer(id, needId, empty("offer.field.", locale), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/behov/{needId:\\d+}/tilbud")
	String makeOffer(@PathVariable long id, @PathVariable long needId,
			@Valid @ModelAttribute("form") OfferForm submitted, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		return save(id, result, request, OfferForm.class, "offer.field.", locale,
				() -> projects.offer(id, needId, submitted.message(), Viewer.of(authentication)),
				form -> offer(id, needId, form, authentication, locale, model));
	}

	@PostMapping("/projekter/{id:\\d+}/behov/{needId:\\d+}/tilbud/{offerId:\\d+}")
	String decideOffer(@PathVariable long id, @PathVariable long needId, @PathVariable long offerId,
			@RequestParam boolean accept, Authentication authentication) {
		projects.decideOffer(id, needId, offerId, accept, Viewer.of(authentication));
		return "redirect:/projekter/" + id + "?gemt#behov";
	}

	private String offer(long id, long needId, FormView form, Authentication authentication, Locale locale,
			Model model) {
		var project = catalogue.project(id, Viewer.of(authentication), locale);
		Web.require(project.can().offer());
		var need = project.needs()
			.stream()
			.filter(n -> n.id() == needId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("need", needId));
		model.addAttribute("project", project);
		model.addAttribute("need", need);
		model.addAttribute("form", form);
		return "projects/offer-form";
	}

	// --- funding

	@GetMapping("/projekter/{id:\\d+}/finansiering/ny")
	String fundingForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return funding(id, null, FormView.of(Map.of("status", FundingStatus.APPLIED), messages, locale,
				"funding.field."), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/finansiering")
	String addFunding(@PathVariable long id, @Valid @ModelAttribute("form") FundingForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		return save(id, result, request, FundingForm.class, "funding.field.", locale,
				() -> projects.addFunding(id, submitted.toDetails(), Viewer.of(authentication)),
				form -> funding(id, null, form, authentication, locale, model));
	}

	@GetMapping("/projekter/{id:\\d+}/finansiering/{lineId:\\d+}/rediger")
	String editFundingForm(@PathVariable long id, @PathVariable long lineId, Authentication authentication,
			Locale locale, Model model) {
		var line = editable(id, authentication, locale).funding()
			.lines()
			.stream()
			.filter(l -> l.id() == lineId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("funding", lineId));
		var values = new LinkedHashMap<String, Object>();
		if (line.funderLink() != null) {
			values.put("funderPartnerId", line.funderLink().substring(line.funderLink().lastIndexOf('/') + 1));
		}
		else {
			values.put("funderName", line.funder());
		}
		values.put("status", line.status());
		values.put("amount", line.amount());
		values.put("appliedOn", line.appliedOn());
		values.put("decidedOn", line.decidedOn());
		return funding(id, lineId, FormView.of(values, messages, locale, "funding.field."), authentication, locale,
				model);
	}

	@PostMapping("/projekter/{id:\\d+}/finansiering/{lineId:\\d+}")
	String updateFunding(@PathVariable long id, @PathVariable long lineId,
			@Valid @ModelAttribute("form") FundingForm submitted, BindingResult result, Authentication authentication,
			HttpServletRequest request, Locale locale, Model model) {
		return save(id, result, request, FundingForm.class, "funding.field.", locale,
				() -> projects.updateFunding(id, lineId, submitted.toDetails(), Viewer.of(authentication)),
				form -> funding(id, lineId, form, authentication, locale, model));
	}

	@PostMapping("/projekter/{id:\\d+}/finansiering/{lineId:\\d+}/slet")
	String removeFunding(@PathVariable long id, @PathVariable long lineId, Authentication authentication) {
		projects.removeFunding(id, lineId, Viewer.of(authentication));
		return "redirect:/projekter/" + id + "?gemt#finansiering";
	}

	private String funding(long id, Long lineId, FormView form, Authentication authentication, Locale locale,
			Model model) {
		model.addAttribute("project", editable(id, authentication, locale));
		model.addAttribute("lineId", lineId);
		model.addAttribute("form", form);
		model.addAttribute("statuses", Web.options(FundingStatus.class, messages, locale));
		model.addAttribute("foundations", refs(directory.partnerRefs(PartnerKind.FOUNDATION)));
		return "projects/funding-form";
	}

	// --- indicators

	@GetMapping("/projekter/{id:\\d+}/indikatorer/ny")
	String indicatorForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return indicator(id, empty("indicator.field.", locale), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/indikatorer")
	String addIndicator(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		return save(id, result, request, IndicatorForm.class, "indicator.field.", locale,
				() -> projects.addIndicator(id, submitted.toDetails(), Viewer.of(authentication)),
				form -> indicator(id, form, authentication, locale, model));
	}

	@GetMapping("/projekter/{id:\\d+}/indikatorer/{indicatorId:\\d+}/rediger")
	String editIndicatorForm(@PathVariable long id, @PathVariable long indicatorId, Authentication authentication,
			Locale locale, Model model) {
		var details = catalogue.indicatorDetails(id, indicatorId, Viewer.of(authentication));
		var values = new LinkedHashMap<String, Object>();
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
		return indicator(id, FormView.of(values, messages, locale, "indicator.field."), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/indikatorer/{indicatorId:\\d+}")
	String updateIndicator(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @ModelAttribute("form") IndicatorForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("indicatorId", indicatorId);
		return save(id, result, request, IndicatorForm.class, "indicator.field.", locale,
				() -> projects.updateIndicator(id, indicatorId, submitted.toDetails(), Viewer.of(authentication)),
				form -> indicator(id, form, authentication, locale, model), "#indikator-" + indicatorId);
	}

	private static String decimal(java.math.BigDecimal value, Locale locale) {
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	private String indicator(long id, FormView form, Authentication authentication, Locale locale, Model model) {
		model.addAttribute("project", editable(id, authentication, locale));
		model.addAttribute("form", form);
		model.addAttribute("bottomLines", Web.options(BottomLine.class, messages, locale));
		var units = new java.util.ArrayList<Option>();
		Units.CATALOGUE.forEach(u -> units.add(new Option(u, u)));
		units.add(new Option(Units.CUSTOM, messages.getMessage("indicator.unit.other", null, locale)));
		model.addAttribute("units", units);
		model.addAttribute("sdgs", IntStream.rangeClosed(1, 17)
			.mapToObj(n -> new Option(String.valueOf(n), messages.getMessage("sdg." + n, null, locale)))
			.toList());
		return "projects/indicator-form";
	}

	@GetMapping("/projekter/{id:\\d+}/indikatorer/{indicatorId:\\d+}/maalinger/ny")
	String measurementForm(@PathVariable long id, @PathVariable long indicatorId, Authentication authentication,
			Locale locale, Model model) {
		return measurement(id, indicatorId, FormView.of(Map.of("measuredOn", java.time.LocalDate.now()), messages,
				locale, "measurement.field."), authentication, locale, model);
	}

	@PostMapping("/projekter/{id:\\d+}/indikatorer/{indicatorId:\\d+}/maalinger")
	String measure(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @ModelAttribute("form") MeasurementForm submitted, BindingResult result,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		return save(id, result, request, MeasurementForm.class, "measurement.field.", locale,
				() -> projects.measure(id, indicatorId, submitted.measuredOn(),
						Decimals.parse(submitted.value()).orElseThrow(), submitted.note(), Viewer.of(authentication)),
				form -> measurement(id, indicatorId, form, authentication, locale, model), "#indikator-" + indicatorId);
	}

	@PostMapping("/projekter/{id:\\d+}/indikatorer/{indicatorId:\\d+}/slet")
	String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, Authentication authentication) {
		projects.removeIndicator(id, indicatorId, Viewer.of(authentication));
		return "redirect:/projekter/" + id + "?gemt#vaerdi";
	}

	private String measurement(long id, long indicatorId, FormView form, Authentication authentication,
			Locale locale, Model model) {
		var project = editable(id, authentication, locale);
		model.addAttribute("project", project);
		model.addAttribute("indicator", project.indicators()
			.stream()
			.filter(i -> i.id() == indicatorId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("indicator", indicatorId)));
		model.addAttribute("form", form);
		return "projects/measurement-form";
	}

	// --- results and files

	@GetMapping("/projekter/{id:\\d+}/resultater")
	String resultsForm(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		var project = editable(id, authentication, locale);
		var details = catalogue.results(id, Viewer.of(authentication));
		var values = new LinkedHashMap<String, Object>();
		values.put("resultsSummary", details.resultsSummary());
		values.put("lessons", details.lessons());
		return results(project, FormView.of(values, messages, locale, "results.field."), model);
	}

	@PostMapping("/projekter/{id:\\d+}/resultater")
	String recordResults(@PathVariable long id, @Valid @ModelAttribute("form") ResultsForm submitted,
			BindingResult result, Authentication authentication, HttpServletRequest request, Locale locale,
			Model model) {
		return save(id, result, request, ResultsForm.class, "results.field.", locale,
				() -> projects.recordResults(id, submitted.resultsSummary(), submitted.lessons(),
						Viewer.of(authentication)),
				form -> results(editable(id, authentication, locale), form, model), "#resultater");
	}

	private static String results(ProjectView project, FormView form, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("form", form);
		return "projects/results-form";
	}

	@GetMapping("/projekter/{id:\\d+}/filer/ny")
	String fileForm(@PathVariable long id, @RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge,
			Authentication authentication, Locale locale, Model model) {
		var form = empty("file.field.", locale);
		return file(id, tooLarge == null ? form : form.rejectKey("file", "file.error.tooLarge"), authentication, locale,
				model);
	}

	@PostMapping("/projekter/{id:\\d+}/filer")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(defaultValue = "false") boolean publicResult,
			Authentication authentication, HttpServletRequest request, Locale locale, Model model) throws IOException {
		var viewer = Viewer.of(authentication);
		var values = new LinkedHashMap<String, Object>();
		values.put("title", title);
		values.put("publicResult", publicResult);
		var form = FormView.of(values, messages, locale, "file.field.");
		if (title != null && title.length() > 200) {
			return file(id, form.rejectKey("title", "validation.max", 200), authentication, locale, model);
		}
		if (file == null || file.isEmpty()) {
			return file(id, form.rejectKey("file", "file.error.empty"), authentication, locale, model);
		}
		try {
			projects.addFile(id, title, file.getOriginalFilename(), file.getBytes(), publicResult, viewer);
			return "redirect:/projekter/" + id + "?gemt#resultater";
		}
		catch (ProjectRuleException ex) {
			return file(id, form.rejectKey(ex.field(), ex.messageKey(), ex.args()), authentication, locale, model);
		}
	}

	@PostMapping("/projekter/{id:\\d+}/filer/{fileId:\\d+}/slet")
	String removeFile(@PathVariable long id, @PathVariable long fileId, Authentication authentication) {
		projects.removeFile(id, fileId, Viewer.of(authentication));
		return "redirect:/projekter/" + id + "?gemt#resultater";
	}

	@GetMapping("/projekter/{id:\\d+}/filer/{fileId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Authentication authentication) {
		var download = projects.download(id, fileId, Viewer.of(authentication));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

	private String file(long id, FormView form, Authentication authentication, Locale locale, Model model) {
		model.addAttribute("project", editable(id, authentication, locale));
		model.addAttribute("form", form);
		return "projects/file-form";
	}

	// --- helpers

	private <F> String save(long id, BindingResult result, HttpServletRequest request, Class<F> type, String labels,
			Locale locale, Runnable action, java.util.function.Function<FormView, String> form) {
		return save(id, result, request, type, labels, locale, action, form, "");
	}

	private <F> String save(long id, BindingResult result, HttpServletRequest request, Class<F> type, String labels,
			Locale locale, Runnable action, java.util.function.Function<FormView, String> form, String anchor) {
		if (!result.hasErrors()) {
			try {
				action.run();
				return "redirect:/projekter/" + id + "?gemt" + anchor;
			}
			catch (ProjectRuleException ex) {
				return form.apply(forms.submitted(request, result, type, labels, locale)
					.rejectKey(ex.field(), ex.messageKey(), ex.args()));
			}
		}
		return form.apply(forms.submitted(request, result, type, labels, locale));
	}

	private ProjectView editable(long id, Authentication authentication, Locale locale) {
		var project = catalogue.project(id, Viewer.of(authentication), locale);
		Web.require(project.can().edit());
		return project;
	}

	private FormView empty(String labels, Locale locale) {
		return FormView.of(Map.of(), messages, locale, labels);
	}

	private static List<Option> refs(List<dk.spirekassen.actors.DirectoryRows.OrganisationRef> refs) {
		return refs.stream().map(r -> new Option(String.valueOf(r.id()), r.name())).toList();
	}

}
