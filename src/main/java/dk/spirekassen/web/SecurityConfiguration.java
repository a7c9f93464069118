package dk.spirekassen.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

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
	static final String[] PUBLIC_GET = { "/", "/organisationer", "/organisationer/{id:\\d+}", "/organisationer/eksport",
			"/afdelinger", "/afdelinger/{id:\\d+}", "/afdelinger/eksport", "/partnere", "/partnere/{id:\\d+}",
			"/partnere/eksport", "/projekter", "/projekter/{id:\\d+}", "/projekter/{id:\\d+}/filer/{fileId:\\d+}",
			"/projekter/eksport", "/projekter/fra-gruppe/{groupId:\\d+}", "/behov", "/udviklingsdage", "/udviklingsdage/{id:\\d+}", "/tilmelding/*",
			"/evaluering/*", "/mine-tilmeldinger", "/mine-tilmeldinger/*", "/mine-tilmeldinger/*/data.json",
			"/statistik", "/foreningen", "/api/**", "/login", "/glemt-adgangskode",
			"/nulstil-adgangskode", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/actuator/health/**",
			"/actuator/info", "/udviklingsdage/kalender.ics", "/udviklingsdage/{id:\\d+}/kalender.ics" };

	/** Forms anyone may send: signing in, resetting a forgotten password, registering for a day (page and API). */
	static final String[] PUBLIC_POST = { "/login", "/glemt-adgangskode", "/nulstil-adgangskode",
			"/udviklingsdage/{id:\\d+}/tilmelding", "/tilmelding/*/afmeld", "/tilmelding/*/ideer",
			"/evaluering/*", "/mine-tilmeldinger",
			"/api/days/{id:\\d+}/registrations" };

	/**
	 * JSON endpoints that clients call without a session and so without a CSRF token. They act for no signed-in
	 * person and take only JSON, which a form on another site cannot send.
	 */
	static final String[] CSRF_EXEMPT_POST = { "/api/days/{id:\\d+}/registrations" };

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets inline styles; scripts stay restricted. */
	private static final String API_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions)
			throws Exception {
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		var actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_GET)
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_GET)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PUBLIC_POST)
			.permitAll()
			.requestMatchers("/sekretariat/**", "/actuator/**")
			.hasRole("SECRETARIAT")
			.anyRequest()
			.authenticated());
		http.csrf(csrf -> csrf.ignoringRequestMatchers(csrfExempt()));
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(successHandler(throttle))
			.failureHandler((request, response, exception) -> {
				var username = request.getParameter("username");
				throttle.failed(username, request.getRemoteAddr());
				var blocked = throttle.isBlocked(username, request.getRemoteAddr());
				response.sendRedirect(request.getContextPath() + (blocked ? "/login?spaerret" : "/login?fejl"));
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
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true));
		http.headers(headers -> headers.addHeaderWriter(contentSecurityPolicy())
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
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
				throttle.succeeded(request.getParameter("username"));
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		delegate.setDefaultTargetUrl("/");
		return delegate;
	}

	private static HeaderWriter contentSecurityPolicy() {
		return (request, response) -> {
			var path = request.getRequestURI();
			response.setHeader("Content-Security-Policy",
					path.startsWith("/swagger-ui") ? API_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		};
	}

	/** Turns away sign-ins for an account name or address that has failed too often, before the password is read. */
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
			if (throttle.isBlocked(request.getParameter("username"), request.getRemoteAddr())) {
				response.sendRedirect(request.getContextPath() + "/login?spaerret");
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
