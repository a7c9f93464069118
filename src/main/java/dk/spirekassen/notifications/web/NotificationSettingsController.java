package dk.spirekassen.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;

import dk.spirekassen.accounts.SignedInUser;
import dk.spirekassen.notifications.Category;
import dk.spirekassen.notifications.Channel;
import dk.spirekassen.notifications.NotificationPreferences;
import dk.spirekassen.shared.FormView;

/**
 * A person's choice per category of notes (off, on the site, a mail at once, a daily or a weekly digest) and the
 * language of their mails.
 */
@Controller
class NotificationSettingsController {

	static final String PATH = "/indstillinger/notifikationer";

	private static final String LABELS = "notifications.field.";

	private final NotificationPreferences preferences;

	private final MessageSource messages;

	NotificationSettingsController(NotificationPreferences preferences, MessageSource messages) {
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String settings(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		var choices = preferences.of(user.accountId());
		var stored = new LinkedHashMap<String, Object>();
		choices.channels().forEach((category, channel) -> stored.put(category.name(), channel.name()));
		stored.put("language", choices.language().getLanguage());
		model.addAttribute("form", FormView.of(stored, messages, locale, LABELS));
		return "notifications/settings";
	}

	@PostMapping(PATH)
	String save(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Locale locale, Model model) {
		var result = new MapBindingResult(new HashMap<>(), "form");
		var channels = new EnumMap<Category, Channel>(Category.class);
		for (var category : Category.values()) {
			var given = request.getParameter(category.name());
			var channel = parse(given);
			if (channel == null || !category.choices().contains(channel)) {
				result.rejectValue(category.name(), "notifications.error.channel");
			}
			else {
				channels.put(category, channel);
			}
		}
		var language = request.getParameter("language");
		if (!"da".equals(language) && !"en".equals(language)) {
			result.rejectValue("language", "notifications.error.language");
		}
		if (result.hasErrors()) {
			model.addAttribute("form", FormView.submitted(request.getParameterMap(), result, messages, locale, LABELS));
			return "notifications/settings";
		}
		preferences.save(user.accountId(), channels, Locale.forLanguageTag(language));
		return "redirect:" + PATH + "?gemt";
	}

	private static Channel parse(String given) {
		if (given == null) {
			return null;
		}
		for (var channel : Channel.values()) {
			if (channel.name().equals(given)) {
				return channel;
			}
		}
		return null;
	}
}
