package dk.spirekassen.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

import dk.spirekassen.SpirekassenTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions in the database get their last access written at most once a minute, so that a signed-in request does
 * not end with an UPDATE each time; what else changes is written at once, and the sessions of a login are still found
 * by its name. A request reads its session from the database once.
 */
@SpirekassenTest
class SessionAccessWritesIntegrationTests {

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	@Autowired
	SessionRepository<? extends Session> repository;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLaterAccessIsWrittenOnlyOnceAMinuteHasPassed() {
		@SuppressWarnings("unchecked")
		var sessions = (SessionRepository<Session>) repository;
		var session = sessions.createSession();
		session.setAttribute("note", "first");
		sessions.save(session);
		long stored = lastAccess(session.getId());

		var again = sessions.findById(session.getId());
		again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(10));
		sessions.save(again);
		assertThat(lastAccess(session.getId())).as("10 s later is not written").isEqualTo(stored);

		var changed = sessions.findById(session.getId());
		changed.setAttribute("note", "second");
		changed.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(20));
		sessions.save(changed);
		assertThat((String) sessions.findById(session.getId()).getAttribute("note")).isEqualTo("second");
		assertThat(lastAccess(session.getId())).isEqualTo(stored);

		var later = sessions.findById(session.getId());
		var minuteOn = Instant.ofEpochMilli(stored).plus(SessionAccessWrites.GRANULARITY);
		later.setLastAccessedTime(minuteOn);
		sessions.save(later);
		assertThat(lastAccess(session.getId())).isEqualTo(minuteOn.toEpochMilli());
		assertThat(sessions.findById(session.getId()).getLastAccessedTime()).isEqualTo(minuteOn);

		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).isNull();
	}

	@Test
	void theSecurityContextIsReadFromItsBytesOnceAndEachReadHasAContextOfItsOwn() {
		@SuppressWarnings("unchecked")
		var sessions = (SessionRepository<Session>) repository;
		var session = sessions.createSession();
		var signedIn = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("kontekst@example.dk",
				null, AuthorityUtils.createAuthorityList("ROLE_PARTNER")));
		session.setAttribute(CONTEXT, signedIn);
		session.setAttribute("notes", new ArrayList<>(java.util.List.of("first")));
		sessions.save(session);

		SecurityContext first = sessions.findById(session.getId()).getAttribute(CONTEXT);
		SecurityContext second = sessions.findById(session.getId()).getAttribute(CONTEXT);
		assertThat(first.getAuthentication().getName()).isEqualTo("kontekst@example.dk");
		assertThat(second.getAuthentication()).as("read from the bytes once").isSameAs(first.getAuthentication());
		assertThat(second).as("a context of its own").isNotSameAs(first);
		first.setAuthentication(null);
		SecurityContext third = sessions.findById(session.getId()).getAttribute(CONTEXT);
		assertThat(third.getAuthentication()).as("signing out one request's context touches no other")
			.isSameAs(second.getAuthentication());

		java.util.List<String> notes = sessions.findById(session.getId()).getAttribute("notes");
		notes.add("changed, not saved");
		assertThat((java.util.List<String>) sessions.findById(session.getId()).getAttribute("notes"))
			.as("any other attribute is read from its bytes each time").containsExactly("first");

		var other = sessions.findById(session.getId());
		other.setAttribute(CONTEXT, new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
				"andet@example.dk", null, AuthorityUtils.createAuthorityList("ROLE_MEMBER"))));
		sessions.save(other);
		SecurityContext changed = sessions.findById(session.getId()).getAttribute(CONTEXT);
		assertThat(changed.getAuthentication().getName()).as("a context written anew is read anew")
			.isEqualTo("andet@example.dk");
		sessions.deleteById(session.getId());
	}

	@Test
	void theSessionsOfALoginAreStillFoundAndEndedByName() {
		@SuppressWarnings("unchecked")
		var sessions = (FindByIndexNameSessionRepository<Session>) repository;
		var session = sessions.createSession();
		var name = "sessioner-" + System.nanoTime() + "@example.dk";
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		sessions.save(session);
		assertThat(sessions.findByPrincipalName(name)).containsOnlyKeys(session.getId());
	}

	@Test
	void aRequestReadsItsSessionOnceAndNoLongerThanItLasts() throws Exception {
		@SuppressWarnings("unchecked")
		var sessions = (SessionRepository<Session>) repository;
		var session = sessions.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		sessions.save(session);
		var id = session.getId();
		var seen = new ArrayList<Duration>();

		new SessionReads().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
			seen.add(sessions.findById(id).getMaxInactiveInterval());
			// Another node changes the session in the database while this request runs.
			setMaxInactive(id, 600);
			seen.add(sessions.findById(id).getMaxInactiveInterval());
			sessions.deleteById(id);
			seen.add(sessions.findById(id) == null ? null : Duration.ZERO);
		});
		assertThat(seen).as("read once, then the same session; a deleted one is not handed out again")
			.containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(30), null);

		var other = sessions.createSession();
		other.setMaxInactiveInterval(Duration.ofMinutes(30));
		sessions.save(other);
		new SessionReads().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> sessions.findById(other.getId()));
		setMaxInactive(other.getId(), 600);
		assertThat(sessions.findById(other.getId()).getMaxInactiveInterval())
			.as("the next request, or work outside one, reads it again").isEqualTo(Duration.ofMinutes(10));
		assertThat(sessions.findById(other.getId()).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(10));
		sessions.deleteById(other.getId());
	}

	private void setMaxInactive(String id, int seconds) {
		jdbc.sql("update spring_session set max_inactive_interval = ? where session_id = ?")
			.params(seconds, id)
			.update();
	}

	private long lastAccess(String id) {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}
}
