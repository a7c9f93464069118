package dk.spirekassen.actors.importing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Sends an upload larger than a file may be back to the upload page with the reason, before anything reads the
 * request. Otherwise Tomcat refuses the request while the CSRF check reads the form, and the user gets Tomcat's own
 * English error page instead of a Danish answer.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	static final String UPLOAD_PATH = "/sekretariat/import";

	static final String TOO_LARGE = "for-stor";

	private final long maxBytes;

	UploadLimitFilter(@Value("${spirekassen.import.max-file-size:20MB}") DataSize maxFileSize) {
		this.maxBytes = maxFileSize.toBytes();
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + UPLOAD_PATH).equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.sendRedirect(request.getContextPath() + UPLOAD_PATH + "?" + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}
}
