package dk.spirekassen.accounts;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Writes a session's last access at most once a minute. Spring Session JDBC marks a session changed whenever its
 * last access is set, which its filter does on every request, so every signed-in request ended with an
 * {@code UPDATE SPRING_SESSION} and a commit: most of the database's work on a signed-in page (see
 * docs/BENCHMARKS.md). The repository is wrapped so that the sessions it hands out ignore a new last access less than
 * {@link #GRANULARITY} after the stored one; anything else that changes is written as before. A session thus expires
 * at most a minute before its 30 minutes of inactivity are over. The sessions handed out in a request are also
 * remembered for the rest of it, so that it reads its session once ({@link SessionReads}), and the security context
 * is read from its bytes once, not on every request ({@link KeptSecurityContexts}).
 */
@Component
class SessionAccessWrites implements BeanPostProcessor, BeanClassLoaderAware {

	/** How much later an access must be than the stored one to be written. */
	static final Duration GRANULARITY = Duration.ofMinutes(1);

	private static final Set<String> HANDING_OUT = Set.of("createSession", "findById");

	private ClassLoader classLoader;

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof JdbcIndexedSessionRepository repository)) {
			return bean;
		}
		@SuppressWarnings("unchecked")
		var sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
		repository.setConversionService(KeptSecurityContexts.conversions(classLoader));
		var factory = new ProxyFactory(repository);
		factory.setProxyTargetClass(true);
		factory.addAdvice((MethodInterceptor) invocation -> {
			var name = invocation.getMethod().getName();
			var arguments = invocation.getArguments();
			if (name.equals("save") && arguments.length == 1 && arguments[0] instanceof CoarseSession coarse) {
				sessions.save(coarse.delegate);
				return null;
			}
			if (name.equals("findById") && arguments.length == 1 && arguments[0] instanceof String id) {
				var found = SessionReads.found(id);
				if (found != null) {
					return found;
				}
			}
			if (name.equals("deleteById") && arguments.length == 1 && arguments[0] instanceof String id) {
				SessionReads.forget(id);
			}
			var result = invocation.proceed();
			if (HANDING_OUT.contains(name) && result instanceof Session session) {
				var coarse = new CoarseSession(session);
				SessionReads.remember(coarse);
				return coarse;
			}
			return result;
		});
		return factory.getProxy(repository.getClass().getClassLoader());
	}

	/** A session whose last access moves only when it is {@link #GRANULARITY} later than the stored one. */
	static final class CoarseSession implements Session {

		private final Session delegate;

		CoarseSession(Session delegate) {
			this.delegate = delegate;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(delegate.getLastAccessedTime(), lastAccessedTime).compareTo(GRANULARITY) >= 0) {
				delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return delegate.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return delegate.isExpired();
		}
	}
}
