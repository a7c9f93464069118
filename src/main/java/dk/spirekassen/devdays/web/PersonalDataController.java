package dk.spirekassen.devdays.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

import dk.spirekassen.devdays.PersonalData;
import dk.spirekassen.devdays.RegistrationThrottle;

/**
 * A person's access to their own registrations: ask for a link by email, see the registrations, download them as
 * JSON.
 */
@Controller
class PersonalDataController {

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final PersonalData personalData;

	private final RegistrationThrottle throttle;

	PersonalDataController(PersonalData personalData, RegistrationThrottle throttle) {
		this.personalData = personalData;
		this.throttle = throttle;
	}

	@GetMapping("/mine-tilmeldinger")
	String form(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("error", null);
		return "devdays/personal-request";
	}

	@PostMapping("/mine-tilmeldinger")
	String request(@RequestParam(required = false) String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
			model.addAttribute("email", email == null ? "" : email);
			model.addAttribute("error", "validation.email");
			return "devdays/personal-request";
		}
		if (!throttle.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("email", email);
			model.addAttribute("error", "registration.error.throttled");
			return "devdays/personal-request";
		}
		personalData.requestAccess(email);
		return "redirect:/mine-tilmeldinger?sendt";
	}

	@GetMapping("/mine-tilmeldinger/{token}")
	String registrations(@PathVariable String token, HttpServletResponse response, Model model) {
		var records = personalData.registrations(token);
		if (records.isEmpty()) {
			response.setStatus(404);
			return "devdays/unknown-link";
		}
		model.addAttribute("records", records.get());
		model.addAttribute("token", token);
		return "devdays/personal-records";
	}

	@GetMapping("/mine-tilmeldinger/{token}/data.json")
	@ResponseBody
	ResponseEntity<List<PersonalData.Record>> download(@PathVariable String token) {
		return personalData.registrations(token)
			.map(records -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("mine-tilmeldinger.json").build().toString())
				.body(records))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
