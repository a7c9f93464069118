package dk.spirekassen.devdays.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.devdays.DayManagement;
import dk.spirekassen.devdays.ParticipantFilter;
import dk.spirekassen.devdays.ParticipantType;
import dk.spirekassen.devdays.RegistrationDesk;
import dk.spirekassen.devdays.RegistrationRefusedException;
import dk.spirekassen.devdays.RegistrationStatus;
import dk.spirekassen.shared.TableExport;
import dk.spirekassen.shared.Web;

/**
 * The secretariat's tools for one development day: the participant list with filters and its exports, where the
 * waitlist is managed by hand (each action with a reason), the check-in desk for a phone at the door, and the
 * printable check-in list and name badges.
 */
@Controller
@RequestMapping("/sekretariat/udviklingsdage/{id:\\d+}")
class DayStaffController {

	private final DayManagement days;

	private final RegistrationDesk desk;

	private final DayPdfs pdfs;

	private final MessageSource messages;

	DayStaffController(DayManagement days, RegistrationDesk desk, DayPdfs pdfs, MessageSource messages) {
		this.days = days;
		this.desk = desk;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	@GetMapping("/deltagere")
	String participants(@PathVariable long id, @ModelAttribute("filter") ParticipantFilter filter,
			HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		return participantsPage(id, filter, null, Web.partial(request, response), locale, model);
	}

	/**
	 * Promotes someone on the waitlist, moves them up or down, or removes a registration; every action needs a
	 * reason. Goes back to the participant list as it was filtered, or shows it with what was refused.
	 */
	@PostMapping("/tilmeldinger/{registrationId:\\d+}")
	String act(@PathVariable long id, @PathVariable long registrationId, @RequestParam String action,
			@RequestParam(required = false) String reason, @ModelAttribute("filter") ParticipantFilter filter,
			Authentication authentication, Locale locale, Model model) {
		days.requireRegistration(id, registrationId);
		var actor = authentication.getPrincipal() instanceof SignedInUser user ? user.displayName() : null;
		try {
			switch (action) {
				case "promote" -> desk.promote(registrationId, reason, actor);
				case "up" -> desk.move(registrationId, true, reason, actor);
				case "down" -> desk.move(registrationId, false, reason, actor);
				case "remove" -> desk.remove(registrationId, reason, actor);
				default -> throw new RegistrationRefusedException(null, "waitlist.error.action");
			}
		}
		catch (RegistrationRefusedException ex) {
			var message = messages.getMessage(ex.messageKey(), ex.args(), locale);
			if ("reason".equals(ex.field())) {
				message = messages.getMessage("waitlist.field.reason", null, locale) + ": " + message;
			}
			return participantsPage(id, filter, message, false, locale, model);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/sekretariat/udviklingsdage/" + id + "/deltagere")
			.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
			.queryParamIfPresent("type", Optional.ofNullable(filter.type()))
			.queryParamIfPresent("q", Optional.ofNullable(filter.q()).filter(q -> !q.isBlank()))
			.queryParam("gemt")
			.fragment("r-" + registrationId)
			.encode()
			.build()
			.toUriString();
	}

	private String participantsPage(long id, ParticipantFilter filter, String actionError, boolean partial,
			Locale locale, Model model) {
		model.addAttribute("dayId", id);
		model.addAttribute("participants", days.participants(id, filter));
		if (partial) {
			return "devdays/participant-results";
		}
		model.addAttribute("day", days.day(id, locale));
		model.addAttribute("actionError", actionError);
		model.addAttribute("statuses", Web.options(RegistrationStatus.class, messages, locale));
		model.addAttribute("types", Web.options(ParticipantType.class, messages, locale));
		return "devdays/participants";
	}

	@GetMapping("/deltagere/eksport")
	void export(@PathVariable long id, @ModelAttribute("filter") ParticipantFilter filter,
			@RequestParam(defaultValue = "csv") String format, Locale locale,
			HttpServletResponse response) throws IOException {
		var headers = Arrays.stream(new String[] { "registration.field.name", "registration.field.email",
				"registration.field.organisationName", "participants.type", "days.status", "participants.waitlistPosition",
				"registration.field.dietaryNeeds", "registration.field.accessibilityNeeds", "participants.registeredAt",
				"participants.checkedInAt" })
			.map(key -> t(key, locale))
			.toList();
		var baseName = "deltagere-" + slug(id, locale);
		var rows = days.allParticipants(id, filter)
			.map(r -> Arrays.<Object>asList(r.name(), r.email(), r.organisation(), label(r.participantType(), locale),
					label(r.status(), locale), r.waitlistPosition() > 0 ? r.waitlistPosition() : null,
					r.dietaryNeeds(), r.accessibilityNeeds(), String.valueOf(r.registeredAt()),
					r.checkedInAt() == null ? null : String.valueOf(r.checkedInAt())));
		TableExport.write(response, TableExport.format(format), baseName, headers, rows);
	}

	@GetMapping("/indtjekning")
	String checkIn(@PathVariable long id, @RequestParam(required = false) String q, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		return checkInPage(id, q, null, Web.partial(request, response), locale, model);
	}

	/** Marks someone present, or undoes it, and goes back to the same search. */
	@PostMapping("/indtjekning/{registrationId:\\d+}")
	String markPresent(@PathVariable long id, @PathVariable long registrationId, @RequestParam boolean present,
			@RequestParam(required = false) String q, Locale locale, Model model) {
		days.requireRegistration(id, registrationId);
		try {
			desk.checkIn(registrationId, present);
		}
		catch (RegistrationRefusedException ex) {
			return checkInPage(id, q, messages.getMessage(ex.messageKey(), ex.args(), locale), false, locale, model);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/sekretariat/udviklingsdage/" + id + "/indtjekning")
			.queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
			.fragment("r-" + registrationId)
			.encode()
			.build()
			.toUriString();
	}

	@GetMapping("/indtjekningsliste.pdf")
	void checkInList(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		var day = days.day(id, locale);
		var confirmed = days.confirmedByName(id);
		pdfs.checkInList(day, confirmed, locale, pdf(response, "indtjekningsliste-" + slug(id, locale)));
	}

	@GetMapping("/navneskilte.pdf")
	void badges(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		var day = days.day(id, locale);
		var confirmed = days.confirmedByName(id);
		pdfs.badges(day, confirmed, locale, pdf(response, "navneskilte-" + slug(id, locale)));
	}

	private String checkInPage(long id, String q, String error, boolean partial, Locale locale, Model model) {
		model.addAttribute("dayId", id);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("desk", days.checkInDesk(id, q));
		model.addAttribute("error", error);
		if (partial) {
			return "devdays/checkin-results";
		}
		model.addAttribute("day", days.day(id, locale));
		return "devdays/checkin";
	}

	/**
	 * Sets the headers of a PDF download, before anything is written, and gives the stream to write it to. The day's
	 * confirmed are read before this, so that an unknown day is still a 404 page.
	 */
	private static OutputStream pdf(HttpServletResponse response, String baseName) throws IOException {
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(baseName + ".pdf", StandardCharsets.UTF_8).build().toString());
		return response.getOutputStream();
	}

	/** The day's title and date as a file name part: letters, digits and dashes. */
	private String slug(long id, Locale locale) {
		var row = days.day(id, locale).row();
		var title = row.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return (title.length() > 60 ? title.substring(0, 60) : title) + "-"
				+ row.startsAt().atZone(DayForm.DANISH_TIME).toLocalDate();
	}

	private String label(Enum<?> value, Locale locale) {
		return value == null ? null : t(value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
