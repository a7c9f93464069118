package dk.spirekassen.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Where the limits count ({@code spirekassen.limits.store}): {@code memory}, each node for itself (the embedded
 * default), or {@code database}, every node against the same rows in PostgreSQL (the {@code postgres} profile). Also
 * the job that forgets what no limit needs any more, run by one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LimitsConfiguration.class);

	@Bean
	Buckets buckets(@Value("${spirekassen.limits.store:memory}") String store, DataSource dataSource) {
		return inDatabase(store, dataSource) ? Buckets.inDatabase(dataSource) : Buckets.inMemory();
	}

	@Bean
	Strikes strikes(@Value("${spirekassen.limits.store:memory}") String store, DataSource dataSource) {
		return inDatabase(store, dataSource) ? Strikes.inDatabase(JdbcClient.create(dataSource)) : Strikes.inMemory();
	}

	/** With the system clock: a module's own test context need not hold a clock bean. */
	@Bean
	LimitHousekeeping limitHousekeeping(Buckets buckets, Strikes strikes) {
		return new LimitHousekeeping(buckets, strikes, Clock.systemUTC());
	}

	private static boolean inDatabase(String store, DataSource dataSource) {
		switch (store.strip().toLowerCase(Locale.ROOT)) {
			case "memory" -> {
				return false;
			}
			case "database" -> {
				try (var connection = dataSource.getConnection()) {
					var product = connection.getMetaData().getDatabaseProductName();
					if (!"PostgreSQL".equalsIgnoreCase(product)) {
						throw new IllegalStateException("spirekassen.limits.store=database needs PostgreSQL, not "
								+ product + ": use memory on the embedded database");
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException("spirekassen.limits.store=database: the database cannot be asked "
							+ "what it is", ex);
				}
				return true;
			}
			default -> throw new IllegalStateException(
					"spirekassen.limits.store must be memory or database, not " + store);
		}
	}

	/** Forgets full buckets and old counts every ten minutes, on one node at a time. */
	static class LimitHousekeeping {

		static final String JOB = "limit-housekeeping";

		private final Buckets buckets;

		private final Strikes strikes;

		private final Clock clock;

		LimitHousekeeping(Buckets buckets, Strikes strikes, Clock clock) {
			this.buckets = buckets;
			this.strikes = strikes;
			this.clock = clock;
		}

		@Scheduled(initialDelayString = "${spirekassen.limits.housekeeping-every:PT10M}",
				fixedDelayString = "${spirekassen.limits.housekeeping-every:PT10M}")
		@SchedulerLock(name = JOB, lockAtMostFor = "PT10M")
		void forgetOld() {
			int buckets = this.buckets.removeExpired();
			int counts = strikes.forgetBefore(clock.instant().minus(Strikes.KEPT));
			if (buckets + counts > 0) {
				log.info("Limits: forgot {} full buckets and {} counts older than {}", buckets, counts, Strikes.KEPT);
			}
		}
	}
}
