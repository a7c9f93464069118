package dk.spirekassen.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.spirekassen.RouteTable;
import dk.spirekassen.RouteTable.Role;
import dk.spirekassen.RouteTable.Route;
import dk.spirekassen.RouteTable.Samples;
import dk.spirekassen.SpirekassenTest;
import dk.spirekassen.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks every route for every role and checks it is allowed or denied as {@link RouteTable} says. A route the
 * application has but the table lacks fails the test, so no new route escapes the matrix.
 */
@SpirekassenTest
class AuthorisationMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationContext context;

	private Samples samples;

	@BeforeEach
	void samples() {
		samples = new Samples(context);
	}

	@Test
	void everyRouteHasAnEntryInTheMatrix() {
		var registered = registeredRoutes();
		var listed = RouteTable.routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
		assertThat(registered).as("routes without an entry in RouteTable").isSubsetOf(listed);
		assertThat(listed).as("entries in RouteTable without a route").isSubsetOf(registered);
	}

	@Test
	void everyRoleIsAllowedOrDeniedAsSpecified() throws Exception {
		var failures = new ArrayList<String>();
		for (var route : RouteTable.routes()) {
			for (var role : Role.values()) {
				check(route, role, true, failures);
				if (route.own() != route.others()) {
					check(route, role, false, failures);
				}
			}
		}
		assertThat(failures).as("routes whose access differs from the matrix").isEmpty();
	}

	private void check(Route route, Role role, boolean ownUrl, java.util.List<String> failures) throws Exception {
		var url = (ownUrl ? route.own() : route.others()).apply(samples);
		MockHttpServletRequestBuilder request = "POST".equals(route.method()) ? post(url).with(csrf()) : get(url);
		switch (role) {
			case ANONYMOUS -> {
			}
			case MEMBER -> request.with(user(accounts.loadUserByUsername("medlem@spirekassen.dk")));
			case PARTNER -> request.with(user(accounts.loadUserByUsername("partner@spirekassen.dk")));
			case SECRETARIAT -> request.with(user(accounts.loadUserByUsername("sekretariat@spirekassen.dk")));
		}
		var result = mvc.perform(request).andReturn();
		boolean expected = route.allows(role, ownUrl);
		boolean denied = denied(result);
		int status = result.getResponse().getStatus();
		if (expected == denied || status >= 500 || (expected && status == 404)) {
			failures.add("%s %s as %s: expected %s, got %d %s".formatted(route.method(), url, role,
					expected ? "allowed" : "denied", status,
					result.getResponse().getRedirectedUrl() == null ? "" : result.getResponse().getRedirectedUrl()));
		}
	}

	/** Refused, sent to sign in, or not found: a project the role may not see answers as an unknown one does. */
	private static boolean denied(MvcResult result) {
		int status = result.getResponse().getStatus();
		var redirect = result.getResponse().getRedirectedUrl();
		return status == 401 || status == 403 || status == 404
				|| (status >= 300 && status < 400 && redirect != null && redirect.endsWith("/login"));
	}

	private Set<String> registeredRoutes() {
		var keys = new TreeSet<String>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods();
			for (var pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					keys.add("ANY " + pattern);
				}
				methods.forEach(method -> keys.add(method.name() + " " + pattern));
			}
		});
		keys.removeIf(RouteTable::isInfrastructure);
		return keys;
	}
}
