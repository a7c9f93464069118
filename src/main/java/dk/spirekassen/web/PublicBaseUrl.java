package dk.spirekassen.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Checks at start-up that the public base URL ({@code spirekassen.base-url}) is set and is an absolute http(s)
 * address. Links in emails and calendars are made from it, never from a request's {@code Host} header, so a node
 * without it refuses to start (the {@code postgres} profile has no default).
 */
@Component
class PublicBaseUrl {

	PublicBaseUrl(@Value("${spirekassen.base-url:}") String baseUrl) {
		check(baseUrl);
	}

	static void check(String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			throw new IllegalStateException("spirekassen.base-url is not set: give the site's public address, "
					+ "e.g. SPIREKASSEN_BASE_URL=https://spirekassen.example.dk");
		}
		URI uri;
		try {
			uri = URI.create(baseUrl);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("spirekassen.base-url is not a URL: " + baseUrl);
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| baseUrl.endsWith("/")) {
			throw new IllegalStateException(
					"spirekassen.base-url must be an absolute http(s) address without a trailing slash: " + baseUrl);
		}
	}
}
