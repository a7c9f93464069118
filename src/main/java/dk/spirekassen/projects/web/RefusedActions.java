package dk.spirekassen.projects.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Map;

import dk.spirekassen.projects.ProjectRuleException;

/**
 * A button on a project page that the project's rules refuse (removing the last lead of a running project,
 * answering an ownership already answered) leads back to the project page, which says why. It comes before any
 * application-wide handler of refusals, since it knows where to go back to.
 */
@ControllerAdvice(basePackageClasses = RefusedActions.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedActions {

	/** The flash attribute holding the message key of the reason; the project page shows it. */
	static final String REFUSED = "refused";

	@ExceptionHandler(ProjectRuleException.class)
	String refused(ProjectRuleException ex, HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		var id = variables == null ? null : variables.get("id");
		if (id == null) {
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request).put(REFUSED, ex.messageKey());
		return "redirect:/projekter/" + id;
	}
}
