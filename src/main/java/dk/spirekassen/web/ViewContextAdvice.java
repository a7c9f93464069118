package dk.spirekassen.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.notifications.Notes;

/**
 * Hands every page its {@link ViewContext} as the model attribute {@code ctx}.
 */
@ControllerAdvice
class ViewContextAdvice {

	private final MessageSource messages;

	private final Notes notes;

	ViewContextAdvice(MessageSource messages, Notes notes) {
		this.messages = messages;
		this.notes = notes;
	}

	@ModelAttribute("ctx")
	ViewContext viewContext(HttpServletRequest request) {
		var context = create(messages, request);
		// The header shows the unread notes; counted only when a page renders it.
		if (SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user) {
			context.countUnreadNotesWith(() -> notes.unread(user.accountId()));
		}
		return context;
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
