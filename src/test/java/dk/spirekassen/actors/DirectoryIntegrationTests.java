package dk.spirekassen.actors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.actors.DirectoryFilters.DepartmentFilter;
import dk.spirekassen.actors.DirectoryFilters.OrganisationFilter;
import dk.spirekassen.actors.DirectoryFilters.PartnerFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpirekassenTest
class DirectoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	ActorManagement actors;

	@Autowired
	AccountManagement accounts;

	@Test
	void demoDataReproducesTheSeedsMembershipCoverage() {
		var coverage = actors.coverage();
		assertThat(coverage.memberOrganisations()).isEqualTo(54);
		assertThat(coverage.nationalHomes()).isEqualTo(600_000);
		assertThat(coverage.share()).isGreaterThan(0.80);
	}

	@Test
	void frontPageAndStatisticsShowMembershipCoverage() throws Exception {
		for (var path : new String[] { "/", "/statistik" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("data-figure=\"members\">54<")))
				.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*data-figure=\"share\">82\\h%<.*")));
		}
	}

	@Test
	void filtersOrganisationsByRegionAndMembership() throws Exception {
		var filter = new OrganisationFilter(null, null, Region.NORDJYLLAND, null, true);
		long expected = directory.organisations(filter, Pageable.unpaged()).getTotalElements();
		long all = directory.organisations(new OrganisationFilter(null, null, null, null, null), Pageable.unpaged())
			.getTotalElements();
		assertThat(expected).isPositive().isLessThan(all);

		var html = mvc.perform(get("/organisationer").param("region", "NORDJYLLAND").param("member", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-count=\"" + expected + "\"").contains("<html");
		directory.organisations(filter, Pageable.unpaged())
			.forEach(row -> assertThat(row.region()).isEqualTo(Region.NORDJYLLAND));
	}

	@Test
	void htmxRequestGetsOnlyTheResults() throws Exception {
		var html = mvc.perform(get("/partnere").param("kind", "FOUNDATION").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("HX-Request")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long foundations = directory
			.partners(new PartnerFilter(null, PartnerKind.FOUNDATION, null, null, null), Pageable.unpaged(),
					java.util.Locale.ROOT)
			.getTotalElements();
		assertThat(html).doesNotContain("<html").contains("data-count=\"" + foundations + "\"");
	}

	@Test
	void historyRestoreGetsTheWholePage() throws Exception {
		var html = mvc
			.perform(get("/afdelinger").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html");
	}

	@Test
	void filtersPartnersByThemeAndOffer() {
		var theme = actors.themes().get(0).getId();
		var partners = directory.partners(new PartnerFilter(null, null, null, theme, Offer.FUNDS), Pageable.unpaged(),
				java.util.Locale.ROOT);
		partners.forEach(p -> assertThat(p.offers()).contains(Offer.FUNDS));
		partners.forEach(p -> assertThat(p.themes()).contains(actors.themes().get(0).getName()));
	}

	@Test
	void textFilterFindsDepartmentsByOrganisationName() {
		var organisation = directory.organisations(new OrganisationFilter(null, OrganisationKind.HOUSING, null, null, true),
				Pageable.ofSize(1)).getContent().get(0);
		var found = directory.departments(new DepartmentFilter(organisation.name(), null, null, null, null),
				Pageable.unpaged());
		assertThat(found.getTotalElements()).isGreaterThanOrEqualTo(organisation.departments());
	}

	@Test
	void hidesContactDetailsFromAnonymousVisitors() throws Exception {
		var member = member();
		var path = "/organisationer/" + member.organisationId();
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
			.doesNotContain("mailto:medlem@spirekassen.dk")
			.contains("Log ind for at se kontaktoplysninger");
		assertThat(mvc.perform(get(path).with(user(member))).andReturn().getResponse().getContentAsString())
			.contains("mailto:medlem@spirekassen.dk");
	}

	@Test
	void memberEditsOwnOrganisation() throws Exception {
		var member = member();
		var id = member.organisationId();
		var details = directory.organisation(id).orElseThrow().details();
		mvc.perform(post("/organisationer/" + id).with(user(member))
			.with(csrf())
			.param("name", details.name())
			.param("address", "Nyvej 1, 8000 Aarhus C")
			.param("municipalityCode", "751")
			.param("website", "https://www.eksempel.dk")
			// Fields only the secretariat may change are ignored for a member.
			.param("cvr", "12345674")
			.param("memberSince", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organisationer/" + id + "?gemt"));
		var after = directory.organisation(id).orElseThrow().details();
		assertThat(after.address()).isEqualTo("Nyvej 1, 8000 Aarhus C");
		assertThat(after.municipalityCode()).isEqualTo(751);
		assertThat(after.cvr()).isEqualTo(details.cvr());
		assertThat(after.memberSince()).isEqualTo(details.memberSince());
	}

	@Test
	void memberIsRefusedAnotherOrganisation() throws Exception {
		var member = member();
		var other = directory.organisations(new OrganisationFilter(null, null, null, null, null), Pageable.ofSize(5))
			.stream()
			.filter(o -> o.id() != member.organisationId())
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/organisationer/" + other.id() + "/rediger").with(user(member)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organisationer/" + other.id()).with(user(member)).with(csrf()).param("name", "Kapret"))
			.andExpect(status().isForbidden());
		assertThat(directory.organisation(other.id()).orElseThrow().row().name()).isNotEqualTo("Kapret");
	}

	@Test
	void formErrorNamesTheFieldAndKeepsTheInput() throws Exception {
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		var html = mvc.perform(post("/organisationer").with(user(secretariat))
			.with(csrf())
			.param("kind", "HOUSING")
			.param("name", "")
			.param("cvr", "12345678")
			.param("address", "Skrevet af brugeren 7")
			.param("website", "ikke en adresse"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Navn: skal udfyldes")
			.contains("Hjemmeside: skal være en hel webadresse")
			.contains("value=\"Skrevet af brugeren 7\"")
			.contains("value=\"12345678\"")
			.contains("value=\"ikke en adresse\"");
	}

	@Test
	void rejectsCvrWithWrongCheckDigitByName() throws Exception {
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		var html = mvc.perform(post("/organisationer").with(user(secretariat))
			.with(csrf())
			.param("kind", "HOUSING")
			.param("name", "Boligselskabet Prøve")
			.param("cvr", "12345678"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("CVR-nummer: er ikke et gyldigt CVR-nummer").contains("value=\"Boligselskabet Prøve\"");
	}

	@Test
	void secretariatCreatesOrganisationWithDepartment() throws Exception {
		var secretariat = accounts.loadUserByUsername("sekretariat@spirekassen.dk");
		var location = mvc.perform(post("/organisationer").with(user(secretariat))
			.with(csrf())
			.param("kind", "HOUSING")
			.param("name", "Boligselskabet Testhøj")
			.param("cvr", "29403473")
			.param("municipalityCode", "101"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
		mvc.perform(post("/organisationer/" + id + "/afdelinger").with(user(secretariat))
			.with(csrf())
			.param("number", "12")
			.param("name", "")
			.param("municipalityCode", "101")
			.param("homes", "abc"))
			.andExpect(status().isOk())
			// A value that cannot be converted does not hide the other fields' problems.
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Antal boliger: skal være et helt tal")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Navn: skal udfyldes")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"abc\"")));
		mvc.perform(post("/organisationer/" + id + "/afdelinger").with(user(secretariat))
			.with(csrf())
			.param("number", "12")
			.param("name", "Testhøj Syd")
			.param("municipalityCode", "101")
			.param("homes", "120"))
			.andExpect(status().is3xxRedirection());
		var view = directory.organisation(id).orElseThrow();
		assertThat(view.departments()).extracting(DirectoryRows.DepartmentRow::name).containsExactly("Testhøj Syd");
		assertThat(view.row().homes()).isEqualTo(120);
	}

	@Test
	void exportsTheFilteredListAsCsvAndXlsx() throws Exception {
		long nonMembers = directory.organisations(new OrganisationFilter(null, null, null, null, false),
				Pageable.unpaged()).getTotalElements();
		var csv = new String(mvc.perform(get("/organisationer/eksport").param("format", "csv").param("member", "false"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("organisationer.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.strip().split("\r\n")).hasSize((int) nonMembers + 1);
		assertThat(csv).startsWith("\uFEFFNavn;CVR-nummer");

		var xlsx = mvc.perform(get("/partnere/eksport").param("format", "xlsx").param("kind", "FOUNDATION"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long foundations = directory.partners(new PartnerFilter(null, PartnerKind.FOUNDATION, null, null, null),
				Pageable.unpaged(), java.util.Locale.ROOT).getTotalElements();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) foundations);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Fond");
		}
	}

	@Test
	void switchesToEnglish() throws Exception {
		mvc.perform(get("/organisationer").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\">")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Organisations</h1>")));
		mvc.perform(get("/organisationer").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Organisations</h1>")));
		mvc.perform(get("/organisationer"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Organisationer</h1>")));
	}

	@Test
	void unknownOrganisationGetsAFriendlyPageWithReference() throws Exception {
		mvc.perform(get("/organisationer/987654321"))
			.andExpect(status().isNotFound());
	}

	@Test
	void upsertingTheSameRecordsTwiceChangesNothing() {
		var records = java.util.List.of(new DepartmentRecord("10150817", "Boligforeningen Gentagelse", "1", "Gentagelsen", 461, 88),
				new DepartmentRecord("10150817", "Boligforeningen Gentagelse", "2", "Gentagelsen Nord", 461, 40));
		var first = actors.upsertDepartments(records.stream(), done -> {
		});
		assertThat(first.organisationsCreated()).isEqualTo(1);
		assertThat(first.departmentsCreated()).isEqualTo(2);
		var second = actors.upsertDepartments(records.stream(), done -> {
		});
		assertThat(second.changedNothing()).isTrue();
		assertThat(second.unchanged()).isEqualTo(2);
	}

	private SignedInUser member() {
		return (SignedInUser) accounts.loadUserByUsername("medlem@spirekassen.dk");
	}
}
