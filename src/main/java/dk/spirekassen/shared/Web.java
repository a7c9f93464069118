package dk.spirekassen.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Helpers page controllers share: paging, htmx partials, choice lists and permission checks.
 */
public final class Web {

	public static final int PAGE_SIZE = 25;

	private Web() {
	}

	/** Pages beyond this are not asked for by people; a larger number is read as this one. */
	public static final int MAX_PAGE = 100_000;

	/** Largest page the JSON API gives at once. */
	public static final int MAX_API_PAGE_SIZE = 200;

	public static Pageable page(Integer page) {
		return PageRequest.of(page == null || page < 0 ? 0 : Math.min(page, MAX_PAGE), PAGE_SIZE);
	}

	/** A page of the JSON API: page at least 0 and at most {@link #MAX_PAGE}, size from 1 to 200. */
	public static PageRequest apiPage(int page, int size) {
		return PageRequest.of(Math.max(0, Math.min(page, MAX_PAGE)), Math.max(1, Math.min(size, MAX_API_PAGE_SIZE)));
	}

	/**
	 * Whether htmx asked for the list part only. A history restore asks for the whole page, as does every request
	 * without JavaScript.
	 */
	public static boolean partial(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	public static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed");
		}
	}

	/** The values of an enum with their labels from the bundle ({@code Type.VALUE}). */
	public static <E extends Enum<E>> List<Option> options(Class<E> type, MessageSource messages, Locale locale) {
		return Arrays.stream(type.getEnumConstants())
			.map(e -> new Option(e.name(),
					messages.getMessage(type.getSimpleName() + "." + e.name(), null, e.name(), locale)))
			.toList();
	}
}
