package dk.spirekassen.actors.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Locale;

import dk.spirekassen.actors.ActorManagement;
import dk.spirekassen.actors.ActorGroups;
import dk.spirekassen.actors.ActorWork;
import dk.spirekassen.shared.Option;
import dk.spirekassen.shared.Web;

/**
 * Helpers the directory's controllers share: paging, htmx partials, choice lists and permission checks.
 */
final class WebSupport {

	static final int PAGE_SIZE = Web.PAGE_SIZE;

	private WebSupport() {
	}

	static Pageable page(Integer page) {
		return Web.page(page);
	}

	static boolean partial(HttpServletRequest request, HttpServletResponse response) {
		return Web.partial(request, response);
	}

	static void require(boolean allowed) {
		Web.require(allowed);
	}

	static <E extends Enum<E>> List<Option> options(Class<E> type, MessageSource messages, Locale locale) {
		return Web.options(type, messages, locale);
	}

	static List<Option> municipalityOptions(ActorManagement actors) {
		return actors.municipalities().stream().map(m -> new Option(String.valueOf(m.getCode()), m.getName())).toList();
	}

	/** What the actor has worked on and with whom, as the reader may see it; none where no module tells it. */
	static ActorWork.WorkTogether work(ObjectProvider<ActorWork> work, String actor, Authentication reader,
			Locale locale) {
		var source = work.getIfAvailable();
		return source == null ? ActorWork.WorkTogether.NONE : source.of(actor, reader, locale);
	}

	/** The development days' project groups the actor joined; null where the reader may not see them. */
	static List<ActorWork.Work> groups(ObjectProvider<ActorGroups> groups, String actor, Authentication reader,
			Locale locale) {
		var source = groups.getIfAvailable();
		return source == null ? null : source.of(actor, reader, locale);
	}
}
