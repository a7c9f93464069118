package dk.spirekassen.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A Prometheus server's scrape of {@code /actuator/prometheus}: a GET with {@code Authorization: Bearer <token>}, the
 * token being {@code spirekassen.metrics.scrape-token} (secret, from the environment, at least
 * {@value #MIN_LENGTH} characters). Without a token set, nothing matches, and only the secretariat, signed in, reads
 * the metrics. The token is compared in constant time.
 */
final class ScrapeToken implements RequestMatcher {

	static final int MIN_LENGTH = 32;

	static final String PATH = "/actuator/prometheus";

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	ScrapeToken(String token) {
		if (token != null && !token.isBlank() && token.strip().length() < MIN_LENGTH) {
			throw new IllegalStateException("spirekassen.metrics.scrape-token is shorter than " + MIN_LENGTH
					+ " characters: give a long random one (e.g. openssl rand -hex 32), or none to let only the "
					+ "signed-in secretariat read the metrics");
		}
		this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (token == null || !"GET".equals(request.getMethod()) || !PATH.equals(request.getRequestURI())) {
			return false;
		}
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		return MessageDigest.isEqual(token, header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
	}
}
