package dk.spirekassen.actors.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.shared.TableExport;

/**
 * Exports the directory lists as CSV or XLSX, with the same filters as the list pages. Only public fields are
 * exported, so the exports are as open as the lists. The rows are read in chunks and written as they are read.
 */
@Controller
class ExportController {

	private final Directory directory;

	private final MessageSource messages;

	ExportController(Directory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/organisationer/eksport")
	void organisations(@ModelAttribute("filter") OrganisationFilter filter, @RequestParam(defaultValue = "csv") String format, Locale locale, HttpServletResponse response)
			throws IOException {
		var headers = labels(locale, "organisation.field.name", "organisation.field.cvr", "organisation.field.kind",
				"organisation.field.municipalityCode", "filter.region", "organisation.field.memberSince",
				"organisation.departments", "organisation.homes");
		var rows = directory.allOrganisations(filter)
			.map(o -> Arrays.<Object>asList(o.name(), o.cvr(), label(o.kind(), locale), o.municipality(),
					label(o.region(), locale), o.memberSince() == null ? null : o.memberSince().toString(),
					o.departments(), o.homes()));
		TableExport.write(response, TableExport.format(format), "organisationer", headers, rows);
	}

	@GetMapping("/afdelinger/eksport")
	void departments(@ModelAttribute("filter") DepartmentFilter filter, @RequestParam(defaultValue = "csv") String format, Locale locale, HttpServletResponse response)
			throws IOException {
		var headers = labels(locale, "department.organisation", "department.field.number", "department.field.name",
				"department.field.address", "department.field.municipalityCode", "filter.region",
				"department.field.homes", "department.field.outdoorAreaM2");
		var rows = directory.allDepartments(filter)
			.map(d -> Arrays.<Object>asList(d.organisationName(), d.number(), d.name(), d.address(), d.municipality(),
					label(d.region(), locale), d.homes(), d.outdoorAreaM2()));
		TableExport.write(response, TableExport.format(format), "afdelinger", headers, rows);
	}

	@GetMapping("/partnere/eksport")
	void partners(@ModelAttribute("filter") PartnerFilter filter, @RequestParam(defaultValue = "csv") String format, Locale locale, HttpServletResponse response)
			throws IOException {
		var headers = labels(locale, "partner.field.name", "partner.field.kind", "partner.field.offers",
				"partner.field.themeIds", "partner.field.regions", "partner.field.website", "partner.field.grantMin",
				"partner.field.grantMax", "partner.field.coFinancing");
		var rows = directory.allPartners(filter, locale)
			.map(p -> Arrays.<Object>asList(p.name(), label(p.kind(), locale),
					String.join(", ", p.offers().stream().map(o -> label(o, locale)).toList()),
					String.join(", ", p.themes()),
					String.join(", ", p.regions().stream().map(r -> label(r, locale)).toList()), p.website(),
					p.grantMin(), p.grantMax(), p.coFinancing()));
		TableExport.write(response, TableExport.format(format), "partnere", headers, rows);
	}

	private List<String> labels(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> messages.getMessage(key, null, key, locale)).toList();
	}

	private String label(Enum<?> value, Locale locale) {
		return value == null ? null
				: messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
						value.name(), locale);
	}
}
