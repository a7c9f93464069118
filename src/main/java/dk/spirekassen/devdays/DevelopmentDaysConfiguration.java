package dk.spirekassen.devdays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The clock that decides whether registration is open (tests may provide their own).
 */
@Configuration(proxyBeanMethods = false)
class DevelopmentDaysConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
