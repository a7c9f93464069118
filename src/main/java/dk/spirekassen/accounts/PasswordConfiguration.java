package dk.spirekassen.accounts;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/** Spring Security's delegating encoder: bcrypt for new hashes, and every {id}-prefixed format for old ones. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Who is signed in where, read from the sessions in the database (Spring Session JDBC), so a stopped login's
	 * sessions end at once on every node.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/** A request reads its session once ({@link SessionReads}). */
	@Bean
	FilterRegistrationBean<SessionReads> sessionReads() {
		var registration = new FilterRegistrationBean<>(new SessionReads());
		registration.setOrder(SessionReads.ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}
}
