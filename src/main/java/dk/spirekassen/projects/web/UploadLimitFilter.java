package dk.spirekassen.projects.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Sends a toolbox upload larger than 25 MB back to the upload form with a Danish reason, before anything reads the
 * request (otherwise Tomcat refuses it with its own page while the CSRF check reads the form).
 */
@Component("projectUploadLimitFilter")
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	static final String TOO_LARGE = "for-stor";

	/** Room for the form's other fields besides the file itself. */
	private static final long MAX_REQUEST_BYTES = 25L * 1024 * 1024 + 64 * 1024;

	private static final Pattern UPLOAD = Pattern.compile("/projekter/(\\d+)/filer");

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
			response.sendRedirect(request.getRequestURI() + "/ny?" + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}
}
