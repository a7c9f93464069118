package dk.spirekassen.actors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.accounts.SignedInUser;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpirekassenTest
class DirectoryApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void listsOrganisationsWithFiltersAndPaging() throws Exception {
		mvc.perform(get("/api/organisations").param("member", "true").param("size", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(54)))
			.andExpect(jsonPath("$.items", hasSize(10)))
			.andExpect(jsonPath("$.items[*].memberSince", everyItem(notNullValue())));
	}

	@Test
	void aFilterThatDoesNotConvertIsAProblemNamingTheField() throws Exception {
		mvc.perform(get("/api/organisations").param("kind", "EVIL").param("member", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(400)))
			.andExpect(jsonPath("$.title", is("Ugyldigt indhold")))
			.andExpect(jsonPath("$.errors[0].field", is("kind")))
			.andExpect(jsonPath("$.errors[0].message", is("kan ikke bruges")));
	}

	@Test
	void anonymousCallersGetNoContactDetails() throws Exception {
		var partner = partnerOfDemoLogin();
		mvc.perform(get("/api/partners/" + partner.partnerId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email", nullValue()))
			.andExpect(jsonPath("$.people[0].name", notNullValue()))
			.andExpect(jsonPath("$.people[0].email", nullValue()));
	}

	@Test
	void signedInCallersGetContactDetails() throws Exception {
		var partner = partnerOfDemoLogin();
		mvc.perform(get("/api/partners/" + partner.partnerId()).with(user(partner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email", notNullValue()))
			.andExpect(jsonPath("$.people[0].email", notNullValue()));
	}

	@Test
	void readsCoverageMunicipalitiesAndThemes() throws Exception {
		mvc.perform(get("/api/coverage"))
			.andExpect(jsonPath("$.memberOrganisations", is(54)))
			.andExpect(jsonPath("$.share", greaterThan(0.8)));
		mvc.perform(get("/api/municipalities")).andExpect(jsonPath("$", hasSize(98)));
		mvc.perform(get("/api/themes")).andExpect(jsonPath("$[0].name", notNullValue()));
	}

	@Test
	void unknownOrganisationIsNotFound() throws Exception {
		mvc.perform(get("/api/organisations/987654321")).andExpect(status().isNotFound());
	}

	private SignedInUser partnerOfDemoLogin() {
		return (SignedInUser) accounts.loadUserByUsername("partner@spirekassen.dk");
	}
}
