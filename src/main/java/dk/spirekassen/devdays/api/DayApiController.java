package dk.spirekassen.devdays.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.actors.Region;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.DayViews.DayRow;
import dk.spirekassen.devdays.DayViews.ProgrammeView;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationDetails;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.devdays.RegistrationStatus;
import dk.spirekassen.devdays.RegistrationThrottle;
import dk.spirekassen.devdays.RegistrationWindow;

/**
 * The JSON API for development days: read the days with their programme and seats, and register for one. A
 * registration carries an {@code Idempotency-Key}: sending it again gives back the same registration.
 */
@RestController
@RequestMapping("/api/days")
@Tag(name = "Development days", description = "Development days, their programme and seats, and registration")
class DayApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final int MAX_KEY_LENGTH = 100;

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final MessageSource messages;

	private final String baseUrl;

	private final RegistrationThrottle throttle;

	DayApiController(DayManagement days, RegistrationDesk desk, MessageSource messages,
			@Value("${spirekassen.base-url}") String baseUrl, RegistrationThrottle throttle) {
		this.days = days;
		this.desk = desk;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.throttle = throttle;
	}

	@GetMapping
	@Operation(summary = "Upcoming development days, soonest first; past days, latest first, with past=true")
	List<DayJson> days(@RequestParam(defaultValue = "false") boolean past, Locale locale) {
		return (past ? days.past(locale) : days.upcoming(locale)).stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One development day with its programme and seats", description = "404 for an unknown day.")
	DayDetailJson day(@PathVariable long id, Locale locale) {
		var view = days.day(id, locale);
		return new DayDetailJson(json(view.row()), view.descriptionHtml(), view.address(), view.organisers(),
				view.registrationOpensAt(), view.registrationClosesAt(), view.programme());
	}

	@PostMapping("/{id}/registrations")
	@Operation(summary = "Register for a day: a seat while there is one, otherwise the waitlist",
			description = "201 for a new registration, with the self-service link to see or cancel it; 200 with the "
					+ "same registration (and no link) when the Idempotency-Key was sent before for this day; 422 "
					+ "with the field and a message when the registration is refused or invalid; 404 for an "
					+ "unknown day.")
	@ApiResponse(responseCode = "201", description = "Registered")
	@ApiResponse(responseCode = "200", description = "The same submission again")
	@ApiResponse(responseCode = "422", description = "Refused or invalid")
	@ApiResponse(responseCode = "429", description = "Too many attempts from this address for now")
	ResponseEntity<?> register(@PathVariable long id,
			@Parameter(description = "A key the client makes once per submission, at most 100 characters") @RequestHeader(
					IDEMPOTENCY_KEY) String idempotencyKey,
			@Valid @RequestBody RegistrationRequest request, HttpServletRequest http, Locale locale) {
		if (!throttle.tryAcquire(http.getRemoteAddr())) {
			var message = messages.getMessage("registration.error.throttled", null, locale);
			return problem(HttpStatus.TOO_MANY_REQUESTS, message, List.of(new FieldErrorJson(null, message)), locale);
		}
		if (idempotencyKey.isBlank() || idempotencyKey.strip().length() > MAX_KEY_LENGTH) {
			throw new RegistrationRefusedException(IDEMPOTENCY_KEY, "api.error.idempotencyKey", MAX_KEY_LENGTH);
		}
		var result = desk.register(id, request.details(), idempotencyKey, null);
		var selfService = result.token() == null ? null : baseUrl + "/tilmelding/" + result.token();
		var body = new RegistrationJson(result.registrationId(), result.dayId(), result.status(),
				result.waitlistPosition(), selfService, result.repeated());
		return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(RegistrationRefusedException ex, Locale locale) {
		var message = messages.getMessage(ex.messageKey(), ex.args(), locale);
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, message, List.of(new FieldErrorJson(ex.field(), message)),
				locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, Locale locale) {
		var errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new FieldErrorJson(e.getField(), e.getDefaultMessage()))
			.toList();
		return problem(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("problemDetail.org.springframework.web.bind.MethodArgumentNotValidException", null,
						locale),
				errors, locale);
	}

	/** A refusal as {@code application/problem+json}, with the fields it concerns in {@code errors}. */
	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldErrorJson> errors,
			Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("api.refused", null, locale));
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private DayJson json(DayRow row) {
		return new DayJson(row.id(), row.title(), row.theme(), row.region(), row.venue(), row.startsAt(),
				row.endsAt(), row.capacity(), row.confirmed(), row.waitlisted(), row.freeSeats(), row.window(),
				baseUrl + "/udviklingsdage/" + row.id(), baseUrl + "/udviklingsdage/" + row.id() + "/kalender.ics");
	}

	/** A day with its seats: confirmed, free and on the waitlist. */
	record DayJson(long id, String title, String theme, Region region, String venue, Instant startsAt,
			Instant endsAt, int capacity, long confirmed, long waitlisted, long freeSeats,
			RegistrationWindow registration, String url, String calendarUrl) {
	}

	/** A day with its description (HTML), address, registration period and programme. */
	record DayDetailJson(DayJson day, String descriptionHtml, String address, String organisers,
			Instant registrationOpensAt, Instant registrationClosesAt, List<ProgrammeView> programme) {
	}

	/** What a registrant fills in. */
	record RegistrationRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String name,
			@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
					message = "{validation.max}") String email,
			@Size(max = 200, message = "{validation.max}") String organisationName,
			@NotNull(message = "{validation.required}") ParticipantType participantType,
			@Size(max = 500, message = "{validation.max}") String dietaryNeeds,
			@Size(max = 500, message = "{validation.max}") String accessibilityNeeds,
			@AssertTrue(message = "{registration.error.consent}") boolean consent) {

		RegistrationDetails details() {
			return new RegistrationDetails(name, email, organisationName, null, participantType, dietaryNeeds,
					accessibilityNeeds, consent);
		}
	}

	/**
	 * The outcome: a seat (waitlistPosition 0) or a place on the waitlist. selfServiceUrl is given only for a new
	 * registration.
	 */
	record RegistrationJson(long registrationId, long dayId, RegistrationStatus status, long waitlistPosition,
			String selfServiceUrl, boolean repeated) {
	}

	/** Why a request was refused: the field it concerns (null for the whole request) and a message. */
	record FieldErrorJson(String field, String message) {
	}

}
