package dk.spirekassen.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Hands every page its {@link ViewContext} as the model attribute {@code ctx}.
 */
@ControllerAdvice
class ViewContextAdvice {

	private final MessageSource messages;

	ViewContextAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("ctx")
	ViewContext viewContext(HttpServletRequest request) {
		return create(messages, request);
	}

	static ViewContext create(MessageSource messages, HttpServletRequest request) {
		// The CSRF token lives in a cookie, which must be set before the page starts streaming out.
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		return new ViewContext(messages, RequestContextUtils.getLocale(request), request,
				SecurityContextHolder.getContext().getAuthentication());
	}
}
