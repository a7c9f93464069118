package dk.spirekassen.actors.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.shared.Option;

/**
 * Helpers the directory's controllers share: paging, htmx partials, choice lists and permission checks.
 */
final class WebSupport {

	static final int PAGE_SIZE = 25;

	private WebSupport() {
	}

	static Pageable page(Integer page) {
		return PageRequest.of(page == null || page < 0 ? 0 : Math.min(page, 100_000), PAGE_SIZE);
	}

	/**
	 * Whether htmx asked for the list part only. A history restore asks for the whole page, as does every request
	 * without JavaScript.
	 */
	static boolean partial(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}

	static <E extends Enum<E>> List<Option> options(Class<E> type, MessageSource messages, Locale locale) {
		return Arrays.stream(type.getEnumConstants())
			.map(e -> new Option(e.name(),
					messages.getMessage(type.getSimpleName() + "." + e.name(), null, e.name(), locale)))
			.toList();
	}

	static List<Option> municipalityOptions(ActorManagement actors) {
		return actors.municipalities().stream().map(m -> new Option(String.valueOf(m.getCode()), m.getName())).toList();
	}

	static List<Option> themeOptions(ActorManagement actors, Locale locale) {
		return actors.themes().stream().map(t -> new Option(String.valueOf(t.getId()), t.getName(locale))).toList();
	}
}
