package dk.spirekassen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.io.IOException;
import java.util.Arrays;

import dk.spirekassen.accounts.LoginThrottle;

/**
 * Who may reach which URL, how people sign in and out, and the security headers of every response. Object-level
 * rules (whose profile may be edited) are checked by the controllers through {@code ActorPermissions}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Pages and files anyone may read. */
	/** The seed fund's steps only the secretariat takes: assigning reviewers, the decision, payouts. */
	static final String[] SECRETARIAT_POST = { "/puljer/ansoegninger/*/bedoemmere",
			"/puljer/ansoegninger/*/bedoemmere/**", "/puljer/ansoegninger/*/afgoerelse",
			"/puljer/ansoegninger/*/udbetalinger", "/puljer/ansoegninger/*/udbetalinger/**" };

	static final String[] PUBLIC_GET = { "/", "/organisationer", "/organisationer/{id:\\d+}", "/organisationer/eksport",
			"/afdelinger", "/afdelinger/{id:\\d+}", "/afdelinger/eksport", "/partnere", "/partnere/{id:\\d+}",
			"/partnere/eksport", "/projekter", "/projekter/{id:\\d+}", "/projekter/{id:\\d+}/filer/{fileId:\\d+}",
			"/projekter/eksport", "/projekter/fra-gruppe/{groupId:\\d+}", "/behov", "/soeg", "/udviklingsdage", "/udviklingsdage/{id:\\d+}", "/tilmelding/*",
			"/tilmelding/*/afmeld", "/evaluering/*", "/mine-tilmeldinger", "/mine-tilmeldinger/*", "/mine-tilmeldinger/*/data.json",
			"/statistik", "/foreningen", "/netvaerk", "/api/**", "/login", "/glemt-adgangskode",
			"/indikatorer", "/portefoelje", "/portefoelje/eksport", "/puljer", "/puljer/{id:\\d+}",
			"/nulstil-adgangskode", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/actuator/health/**",
			"/actuator/info", "/udviklingsdage/kalender.ics", "/udviklingsdage/{id:\\d+}/kalender.ics", "/bliv-partner",
			"/bliv-partner/sendt", "/bliv-partner/bekraeft", "/bliv-partner/svar", "/bliv-partner/besvaret", "/adgang",
			"/adgang/sendt", "/adgang/bekraeft", "/partnere/{id:\\d+}/adgang", "/adgang/sendt-til-partner",
			"/nyheder", "/nyheder/{id:\\d+}", "/nyheder/{id:\\d+}/billede", "/nyheder.atom",
			"/afmelding/*/*", "/data", "/api/v1/data/*.json", "/api/v1/data/*.csv",
			"/api/v1/data/schemas/*.schema.json" };

	/** Forms anyone may send: signing in, resetting a forgotten password, registering for a day (page and API). */
	static final String[] PUBLIC_POST = { "/login", "/glemt-adgangskode", "/nulstil-adgangskode",
			"/udviklingsdage/{id:\\d+}/tilmelding", "/tilmelding/*/afmeld", "/tilmelding/*/ideer",
			"/evaluering/*", "/mine-tilmeldinger", "/bliv-partner", "/bliv-partner/svar", "/adgang",
			"/partnere/{id:\\d+}/adgang", "/api/days/{id:\\d+}/registrations", "/afmelding/*/*" };

	/**
	 * Endpoints that clients call without a session and so without a CSRF token. The JSON ones act for no signed-in
	 * person and take only JSON, which a form on another site cannot send. The one-click unsubscribe (RFC 8058) is
	 * posted by mail programs; its opaque token is what allows it, and all it can do is stop mails.
	 */
	static final String[] CSRF_EXEMPT_POST = { "/api/days/{id:\\d+}/registrations", "/afmelding/*/*" };

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles; scripts stay restricted. */
	private static final String API_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pages,
			@Value("${spirekassen.metrics.scrape-token:}") String scrapeToken) throws Exception {
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		var actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/error")
			.permitAll()
			.requestMatchers(new UnknownUrl(pages, actuator))
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_GET)
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_GET)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PUBLIC_POST)
			.permitAll()
			// A Prometheus server with the scrape token (ScrapeToken); otherwise the metrics are the secretariat's.
			.requestMatchers(new ScrapeToken(scrapeToken))
			.permitAll()
			.requestMatchers("/sekretariat/**", "/actuator/**")
			.hasRole("SECRETARIAT")
			.requestMatchers(HttpMethod.POST, SECRETARIAT_POST)
			.hasRole("SECRETARIAT")
			.anyRequest()
			.authenticated());
		// The token lives in a cookie, not in a session: a public form (sign-in, registration) creates no server state.
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(csrfExempt()));
		http.requestCache(cache -> cache.requestCache(savedPages(api, actuator)));
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(successHandler(throttle))
			.failureHandler((request, response, exception) -> {
				var username = request.getParameter("username");
				throttle.failed(username, request.getRemoteAddr());
				var wait = throttle.waitFor(username, request.getRemoteAddr());
				response.sendRedirect(request.getContextPath()
						+ (wait.isZero() ? "/login?fejl" : "/login?vent=" + Math.max(1, wait.toSeconds())));
			})
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logget-ud").permitAll());
		// Every session is registered, so stopping a login ends its sessions at once (any number per person).
		http.sessionManagement(session -> session.maximumSessions(-1)
			.sessionRegistry(sessions)
			.expiredUrl("/login?afsluttet"));
		http.addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.exceptionHandling(exceptions -> exceptions
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), actuator)
			.defaultAuthenticationEntryPointFor(loginPage(), request -> true));
		http.headers(headers -> headers.addHeaderWriter(contentSecurityPolicy())
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		var tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * The page someone asked for before signing in is kept in a cookie, and only for pages: no session for an
	 * anonymous visit, and nothing kept for the API, actuator or files a browser fetches by itself.
	 */
	private static CookieRequestCache savedPages(RequestMatcher api, RequestMatcher actuator) {
		var cache = new CookieRequestCache();
		var get = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**");
		cache.setRequestMatcher(request -> get.matches(request) && !api.matches(request) && !actuator.matches(request)
				&& !"true".equals(request.getHeader("HX-Request")));
		cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
		return cache;
	}

	/** Redirects to the sign-in page by a relative URL, so the {@code Host} header never makes the address. */
	private static LoginUrlAuthenticationEntryPoint loginPage() {
		var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	private static RequestMatcher[] csrfExempt() {
		var matchers = PathPatternRequestMatcher.withDefaults();
		return Arrays.stream(CSRF_EXEMPT_POST)
			.map(path -> matchers.matcher(HttpMethod.POST, path))
			.toArray(RequestMatcher[]::new);
	}

	private static SavedRequestAwareAuthenticationSuccessHandler successHandler(LoginThrottle throttle) {
		var delegate = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					org.springframework.security.core.Authentication authentication)
					throws IOException, ServletException {
				throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		delegate.setDefaultTargetUrl("/");
		delegate.setRequestCache(savedPages(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")));
		// The saved page is followed by its path only: the host it was asked for is not trusted.
		delegate.setRedirectStrategy((request, response, url) -> {
			var target = java.net.URI.create(url);
			var path = (target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath())
					+ (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
			response.sendRedirect(path.startsWith("/") && !path.startsWith("//") ? path : "/");
		});
		return delegate;
	}

	private static HeaderWriter contentSecurityPolicy() {
		return (request, response) -> {
			var path = request.getRequestURI();
			response.setHeader("Content-Security-Policy",
					path.startsWith("/swagger-ui") ? API_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		};
	}

	/**
	 * A URL that no page, form or API of the application answers, so that it is a 404 for everyone instead of a
	 * redirect to the sign-in page. The actuator has its own mapping and stays the secretariat's.
	 */
	static final class UnknownUrl implements RequestMatcher {

		private final RequestMappingHandlerMapping pages;

		private final RequestMatcher actuator;

		UnknownUrl(RequestMappingHandlerMapping pages, RequestMatcher actuator) {
			this.pages = pages;
			this.actuator = actuator;
		}

		@Override
		public boolean matches(HttpServletRequest request) {
			if (actuator.matches(request)) {
				return false;
			}
			var parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
			try {
				ServletRequestPathUtils.parseAndCache(request);
				return pages.getHandler(request) == null;
			}
			catch (Exception ex) {
				// A known path asked with another method or content type: not unknown.
				return false;
			}
			finally {
				request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
			}
		}
	}

	/** Turns away a sign-in that has to wait after failures, before the password is read, and says how long. */
	static final class ThrottleFilter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		ThrottleFilter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod())
					&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
			if (!wait.isZero()) {
				response.sendRedirect(request.getContextPath() + "/login?vent=" + Math.max(1, wait.toSeconds()));
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
