package dk.spirekassen.mail.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;

import dk.spirekassen.mail.Mailer;
import dk.spirekassen.shared.Web;

/**
 * The outbox: every email the platform writes, with how sending it went, for the secretariat to read.
 */
@Controller
class OutboxController {

	private final Mailer mailer;

	OutboxController(Mailer mailer) {
		this.mailer = mailer;
	}

	@GetMapping("/sekretariat/udbakke")
	String outbox(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", mailer.outbox(Web.page(page)));
		model.addAttribute("keeps", mailer.keepsOutbox());
		model.addAttribute("keepSentDays", mailer.keepsSentFor().toDays());
		return "mail/outbox";
	}

	@GetMapping("/sekretariat/udbakke/{id:\\d+}")
	String mail(@PathVariable long id, Model model) {
		model.addAttribute("mail",
				mailer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "mail/mail";
	}

	@GetMapping("/sekretariat/udbakke/{id:\\d+}/vedhaeftninger/{attachmentId:\\d+}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		var attachment = mailer.attachment(id, attachmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(attachment.getContent());
	}
}
