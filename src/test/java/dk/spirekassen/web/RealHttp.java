package dk.spirekassen.web;

/**
 * Marks the application context of tests that talk to the server over real HTTP only and check what it keeps
 * between requests (cookies, sessions). It is a context of its own because spring-security-test's {@code csrf()}
 * request post-processor, used by the MockMvc tests, replaces the CSRF token repository of the shared filter with a
 * session-based one for the rest of that context's life.
 */
final class RealHttp {

	static final String CONTEXT = "spirekassen.test.context=real-http";

	private RealHttp() {
	}
}
