package dk.spirekassen.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.spirekassen.notifications.NotificationPreferences;
import dk.spirekassen.notifications.NotificationPreferences.Unsubscription;
import dk.spirekassen.shared.NotFoundException;

/**
 * Unsubscribing by a mail's link, without signing in. The link's token is opaque and names its person; the last
 * part names what it stops (a category, a digest, or {@code alt}: everything).
 * <p>
 * A GET only shows what would be stopped, with a button, because mail scanners follow links. The POST stops it: a
 * mail program posts {@code List-Unsubscribe=One-Click} there (RFC 8058) without a session or a CSRF token; the
 * page's button posts the same.
 */
@Controller
class UnsubscribeController {

	private final NotificationPreferences preferences;

	UnsubscribeController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/afmelding/{token}/{what}")
	String confirm(@PathVariable String token, @PathVariable String what, Model model) {
		model.addAttribute("link", find(token, what));
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	@PostMapping("/afmelding/{token}/{what}")
	String unsubscribe(@PathVariable String token, @PathVariable String what, Model model) {
		var link = find(token, what);
		preferences.unsubscribe(token, what);
		model.addAttribute("link", link);
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

	private Unsubscription find(String token, String what) {
		return preferences.unsubscription(token, what).orElseThrow(() -> new NotFoundException("unsubscribe", 0L));
	}
}
