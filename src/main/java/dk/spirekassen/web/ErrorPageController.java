package dk.spirekassen.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.LinkedHashMap;
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

	@RequestMapping("/error")
	ResponseEntity<Object> errorJson(HttpServletRequest request) {
		var status = status(request);
		var body = new LinkedHashMap<String, Object>();
		body.put("status", status.value());
		body.put("error", status.getReasonPhrase());
		body.put("reference", reference(request, status));
		return ResponseEntity.status(status).body(body);
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
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
