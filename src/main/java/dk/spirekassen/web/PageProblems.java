package dk.spirekassen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.UUID;

/**
 * A page asked for with input it cannot use (a filter that does not convert, a missing or repeated field, a body
 * of the wrong kind) answers with the error page and a Danish message naming the field, status 4xx, logged as one
 * debug line without a stack trace. The JSON API answers the same mistakes through {@link ApiProblems}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	String typeMismatch(TypeMismatchException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: ex.getPropertyName();
		return page(HttpStatus.BAD_REQUEST, "problem.field", field, ex, request, response, model);
	}

	@ExceptionHandler
	String missing(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return page(HttpStatus.BAD_REQUEST, "problem.missing", ex.getParameterName(), ex, request, response, model);
	}

	@ExceptionHandler
	String missingPart(MissingServletRequestPartException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return page(HttpStatus.BAD_REQUEST, "problem.missing", ex.getRequestPartName(), ex, request, response, model);
	}

	@ExceptionHandler
	String missingHeader(MissingRequestHeaderException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return page(HttpStatus.BAD_REQUEST, "problem.missing", ex.getHeaderName(), ex, request, response, model);
	}

	@ExceptionHandler
	String binding(BindException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		var error = ex.getFieldError();
		return page(HttpStatus.BAD_REQUEST, "problem.field", error == null ? "?" : error.getField(), ex, request,
				response, model);
	}

	@ExceptionHandler
	String validation(HandlerMethodValidationException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var name = ex.getParameterValidationResults()
			.stream()
			.map(r -> r.getMethodParameter().getParameterName())
			.findFirst()
			.orElse("?");
		return page(HttpStatus.BAD_REQUEST, "problem.field", name, ex, request, response, model);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	String unreadable(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		var status = ex instanceof HttpMediaTypeNotSupportedException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
				: HttpStatus.BAD_REQUEST;
		return page(status, "problem.body", null, ex, request, response, model);
	}

	@ExceptionHandler
	String multipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		var tooLarge = ex instanceof MaxUploadSizeExceededException;
		return page(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
				tooLarge ? "error.413.text" : "problem.body", null, ex, request, response, model);
	}

	/**
	 * Someone else changed the same thing between reading and saving it (two people editing one project at once):
	 * a 409 asking to load the page again and repeat the change; nothing of it was saved.
	 */
	@ExceptionHandler
	String concurrentChange(OptimisticLockingFailureException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return page(HttpStatus.CONFLICT, "error.409.detail", null, ex, request, response, model);
	}

	/** The database cannot be reached: a Danish 503 page asking to come back shortly, no stack trace. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	String unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		log.warn("Database unavailable on {}: {}", request.getRequestURI(), ex.getMessage());
		response.setHeader("Retry-After", "30");
		return page(HttpStatus.SERVICE_UNAVAILABLE, "error.503.text", null, ex, request, response, model);
	}

	/** A transaction cut off by a lost connection, whose rollback failed too: the same 503; anything else goes on. */
	@ExceptionHandler({ UncategorizedDataAccessException.class, TransactionSystemException.class })
	String unavailableIfConnectionLost(Exception ex, HttpServletRequest request, HttpServletResponse response,
			Model model) throws Exception {
		if (!DatabaseUnavailable.causedBy(ex)) {
			throw ex;
		}
		return unavailable(ex, request, response, model);
	}

	/** A field's Danish name where the filters have one ({@code filter.<field>}), otherwise its own name. */
	private String label(String field, ViewContext ctx) {
		if (field == null) {
			return null;
		}
		var label = messages.getMessage("filter." + field, null, null, ctx.locale());
		return label == null ? field : label;
	}

	private String page(HttpStatus status, String key, String field, Exception ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var reference = UUID.randomUUID().toString().substring(0, 8);
		log.debug("Client error {} on {} (reference {}): {}", status.value(), request.getRequestURI(), reference,
				ex.getMessage());
		var ctx = ViewContextAdvice.create(messages, request);
		response.setStatus(status.value());
		model.addAttribute("ctx", ctx);
		model.addAttribute("status", status.value());
		model.addAttribute("reference", reference);
		model.addAttribute("detail", ctx.t(key, label(field, ctx)));
		return "web/error";
	}
}
