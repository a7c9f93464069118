package dk.spirekassen.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * One limit for every upload ({@code spring.servlet.multipart.max-request-size}), enforced on the bytes as they
 * arrive and before the CSRF check reads the form. A request that says it is larger is refused before it is read;
 * one that does not say (chunked) is read by Tomcat, which counts every byte against the same limit and stops at
 * it. A refused upload goes back to the page it was sent from with {@value #TOO_LARGE} in the address, where the
 * form says why in Danish; without such a page it gets the 413 error page.
 */
@Component
public class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	/** The query parameter an upload form shows its "too large" message for. */
	public static final String TOO_LARGE = "for-stor";

	private final long maxRequestBytes;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestBytes) {
			refuse(request, response);
			return;
		}
		try {
			request.getParts();
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof SizeException) {
				refuse(request, response);
				return;
			}
			throw ex;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var back = formPath(request.getHeader("Referer"));
		if (back == null) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		response.sendRedirect(back + (back.contains("?") ? "&" : "?") + TOO_LARGE);
	}

	/** The path of the page the upload came from; never another site, whatever the header says. */
	private static String formPath(String referer) {
		if (referer == null) {
			return null;
		}
		try {
			var uri = URI.create(referer);
			var path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			var query = uri.getRawQuery();
			if (query != null) {
				query = query.replaceAll("(^|&)" + TOO_LARGE + "(=[^&]*)?", "");
				query = query.startsWith("&") ? query.substring(1) : query;
			}
			return query == null || query.isEmpty() ? path : path + "?" + query;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
