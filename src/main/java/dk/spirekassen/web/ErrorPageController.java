package dk.spirekassen.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;
import java.util.UUID;

/**
 * Every error ends here: a friendly page (or JSON for the API) with a reference id that is also in the log, and
 * never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private final MessageSource messages;

	ErrorPageController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String errorPage(HttpServletRequest request, HttpServletResponse response, Model model) {
		var status = status(request);
		var reference = reference(request, status);
		response.setStatus(status.value());
		model.addAttribute("ctx", ViewContextAdvice.create(messages, request));
		model.addAttribute("status", status.value());
		model.addAttribute("reference", reference);
		return "web/error";
	}

	/** Errors of the API and of anything that does not ask for HTML, as {@code application/problem+json}. */
	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> errorJson(HttpServletRequest request, Locale locale) {
		var status = status(request);
		var kind = switch (status.value()) {
			case 400, 401, 403, 404, 405, 413, 415, 503 -> String.valueOf(status.value());
			default -> status.is5xxServerError() ? "500" : "400";
		};
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("error." + kind + ".text", null, locale));
		problem.setTitle(messages.getMessage("error." + kind + ".title", null, locale));
		problem.setProperty("reference", reference(request, status));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for directly, not forwarded by an error: there is no such page.
			return HttpStatus.NOT_FOUND;
		}
		var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String reference(HttpServletRequest request, HttpStatus status) {
		var reference = UUID.randomUUID().toString().substring(0, 8);
		var exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status.is5xxServerError()) {
			log.error("Error {} on {} (reference {})", status.value(), uri, reference, exception);
		}
		else {
			log.debug("Error {} on {} (reference {})", status.value(), uri, reference);
		}
		return reference;
	}
}
