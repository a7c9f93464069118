package dk.spirekassen.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Map;

import dk.spirekassen.shared.NotFoundException;


/**
 * Every client mistake on the JSON API is answered as {@code application/problem+json} (RFC 9457) with a Danish or
 * English detail from the message bundle, and logged at most as one debug line, without a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		log.debug("API: {}", ex.getMessage());
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("problem.notFound", null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.404.title", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	/** Someone else changed the same thing at the same time: 409, to be repeated on what is there now. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		log.debug("API: {}", ex.getMessage());
		var locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("error.409.text", null, locale));
		problem.setTitle(messages.getMessage("error.409.title", null, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		var locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				messages.getMessage("error.503.text", null, locale));
		problem.setTitle(messages.getMessage("error.503.title", null, locale));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").body(problem);
	}

	/** A transaction cut off by a lost connection, whose rollback failed too: the same 503; anything else goes on. */
	@ExceptionHandler({ UncategorizedDataAccessException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> unavailableIfConnectionLost(Exception ex) throws Exception {
		if (!DatabaseUnavailable.causedBy(ex)) {
			throw ex;
		}
		return unavailable(ex);
	}

	/** A filter or body whose fields do not convert or validate: the problem names each field in {@code errors}. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var problem = ex.updateAndGetBody(messages, locale);
		problem.setProperty("errors", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message",
					error.isBindingFailure() ? messages.getMessage("problem.value", null, locale)
							: messages.getMessage(error, locale)))
			.toList());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (NestedExceptionUtils.getRootCause(ex) instanceof BodyLimitFilter.BodyTooLargeException
				|| ex.getCause() instanceof BodyLimitFilter.BodyTooLargeException) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					messages.getMessage("problem.bodyTooLarge", null, LocaleContextHolder.getLocale()));
			problem.setTitle(messages.getMessage("error.413.title", null, LocaleContextHolder.getLocale()));
			return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		log.debug("API client error {}: {}", status.value(), ex.getMessage());
		return super.handleExceptionInternal(ex, body, headers, status, request);
	}
}
