package dk.spirekassen.accounts;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a request's session from the database once. Without it a signed-in request read its session three times,
 * each in a transaction of its own: for the request, again when Spring Security's {@code ConcurrentSessionFilter}
 * asks the session registry whether it expired, and once more when Spring Session commits it and asks whether the
 * requested id is still valid (see docs/BENCHMARKS.md). This filter, just outside Spring Session's, opens a memo for
 * the request's thread; {@link SessionAccessWrites} hands out the session it found before instead of reading it
 * again, forgets it when it is deleted, and no memo outlives its request. Outside a request (a session expired from
 * the secretariat's pages for another login, the expiry job) nothing is remembered.
 */
final class SessionReads implements Filter {

	/** Just outside Spring Session's filter, so that the memo spans its whole request, commit included. */
	static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

	private static final ThreadLocal<Map<String, Session>> FOUND = new ThreadLocal<>();

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (FOUND.get() != null) {
			// A forward or an error page inside the request: its memo is still the request's.
			chain.doFilter(request, response);
			return;
		}
		FOUND.set(new HashMap<>());
		try {
			chain.doFilter(request, response);
		}
		finally {
			FOUND.remove();
		}
	}

	/** The session found before in this request under this id, if it still has it; null otherwise. */
	static Session found(String id) {
		var found = FOUND.get();
		var session = found == null || id == null ? null : found.get(id);
		return session != null && id.equals(session.getId()) ? session : null;
	}

	/** Remembers a session found or created in this request; nothing outside a request. */
	static void remember(Session session) {
		var found = FOUND.get();
		if (found != null && session != null) {
			found.put(session.getId(), session);
		}
	}

	/** Forgets a deleted session. */
	static void forget(String id) {
		var found = FOUND.get();
		if (found != null) {
			found.remove(id);
		}
	}
}
