package dk.spirekassen.actors.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.ActorPermissions;
import dk.spirekassen.actors.Directory;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;
import dk.spirekassen.actors.DirectoryRows.DepartmentRow;
import dk.spirekassen.actors.DirectoryRows.MembershipCoverage;
import dk.spirekassen.actors.DirectoryRows.OrganisationRow;
import dk.spirekassen.actors.DirectoryRows.PartnerRow;
import dk.spirekassen.actors.DirectoryRows.PersonRow;
import dk.spirekassen.actors.Offer;
import dk.spirekassen.actors.PartnerKind;
import dk.spirekassen.actors.Region;
import dk.spirekassen.shared.NotFoundException;
import dk.spirekassen.shared.Web;

/**
 * The JSON API to read the directory. Anonymous callers get public fields; signed-in callers also get the
 * contact details of people and partners.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Directory", description = "Organisations, departments, partners and themes")
class DirectoryApiController {

	private final Directory directory;

	private final ActorManagement actors;

	DirectoryApiController(Directory directory, ActorManagement actors) {
		this.directory = directory;
		this.actors = actors;
	}

	@GetMapping("/organisations")
	@Operation(summary = "Organisations, filtered and paged")
	PageOf<OrganisationRow> organisations(@ModelAttribute OrganisationFilter filter, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageOf.of(directory.organisations(filter, Web.apiPage(page, size)), Function.identity());
	}

	@GetMapping("/organisations/{id}")
	@Operation(summary = "One organisation with its departments and people")
	OrganisationJson organisation(@PathVariable long id, Authentication authentication) {
		var view = directory.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
		boolean signedIn = ActorPermissions.isSignedIn(authentication);
		return new OrganisationJson(view.row(), view.address(), view.website(),
				view.administeredBy() == null ? null : view.administeredBy().id(), view.departments(),
				view.people().stream().map(p -> PersonJson.of(p, signedIn)).toList());
	}

	@GetMapping("/departments")
	@Operation(summary = "Departments, filtered and paged")
	PageOf<DepartmentRow> departments(@ModelAttribute DepartmentFilter filter, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageOf.of(directory.departments(filter, Web.apiPage(page, size)), Function.identity());
	}

	@GetMapping("/partners")
	@Operation(summary = "Partners, filtered and paged; contact details only for signed-in callers")
	PageOf<PartnerJson> partners(@ModelAttribute PartnerFilter filter, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication authentication, Locale locale) {
		boolean signedIn = ActorPermissions.isSignedIn(authentication);
		return PageOf.of(directory.partners(filter, Web.apiPage(page, size), locale),
				p -> PartnerJson.of(p, signedIn, List.of()));
	}

	@GetMapping("/partners/{id}")
	@Operation(summary = "One partner with its people; contact details only for signed-in callers")
	PartnerJson partner(@PathVariable long id, Authentication authentication, Locale locale) {
		var view = directory.partner(id, locale).orElseThrow(() -> new NotFoundException("partner", id));
		boolean signedIn = ActorPermissions.isSignedIn(authentication);
		return PartnerJson.of(view.row(), signedIn,
				view.people().stream().map(p -> PersonJson.of(p, signedIn)).toList());
	}

	@GetMapping("/themes")
	@Operation(summary = "The themes partners and projects work on")
	List<ThemeJson> themes() {
		return actors.themes().stream().map(t -> new ThemeJson(t.getId(), t.getName(), t.getNameEn())).toList();
	}

	@GetMapping("/municipalities")
	@Operation(summary = "The 98 municipalities with their regions")
	List<MunicipalityJson> municipalities() {
		return actors.municipalities()
			.stream()
			.map(m -> new MunicipalityJson(m.getCode(), m.getName(), m.getRegion()))
			.toList();
	}

	@GetMapping("/coverage")
	@Operation(summary = "Membership coverage: members, their homes and their share of all social homes")
	CoverageJson coverage() {
		MembershipCoverage coverage = actors.coverage();
		return new CoverageJson(coverage.memberOrganisations(), coverage.memberHomes(), coverage.nationalHomes(),
				coverage.share());
	}


	record PageOf<T>(List<T> items, int page, int size, long total, int pages) {

		static <R, T> PageOf<T> of(Page<R> page, Function<R, T> mapper) {
			return new PageOf<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
					page.getTotalElements(), page.getTotalPages());
		}
	}

	record OrganisationJson(OrganisationRow organisation, String address, String website, Long administeredBy,
			List<DepartmentRow> departments, List<PersonJson> people) {
	}

	record PersonJson(long id, String name, String title, String email, String phone, String associationRole) {

		static PersonJson of(PersonRow person, boolean withContact) {
			return new PersonJson(person.id(), person.name(), person.title(), withContact ? person.email() : null,
					withContact ? person.phone() : null,
					person.associationRole() == null ? null : person.associationRole().name());
		}
	}

	record PartnerJson(long id, String name, PartnerKind kind, String description, Set<Offer> offers,
			Set<Region> regions, List<String> themes, String website, Long grantMin, Long grantMax,
			String coFinancing, String email, String phone, List<PersonJson> people) {

		static PartnerJson of(PartnerRow p, boolean withContact, List<PersonJson> people) {
			return new PartnerJson(p.id(), p.name(), p.kind(), p.description(), p.offers(), p.regions(), p.themes(),
					p.website(), p.grantMin(), p.grantMax(), p.coFinancing(), withContact ? p.email() : null,
					withContact ? p.phone() : null, people);
		}
	}

	record ThemeJson(long id, String name, String nameEn) {
	}

	record MunicipalityJson(int code, String name, Region region) {
	}

	record CoverageJson(long memberOrganisations, long memberHomes, long nationalHomes, double share) {
	}

}
