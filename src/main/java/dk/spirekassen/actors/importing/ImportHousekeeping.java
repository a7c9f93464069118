package dk.spirekassen.actors.importing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;

/**
 * Tidies the import jobs every night, on one node: a job still running long after it started was cut off by a node
 * that stopped (its one transaction rolled back, so nothing of it was written) and is marked failed so the
 * secretariat can start again; a checked file nobody confirmed is deleted with its rows and problems after a while.
 */
@Component
class ImportHousekeeping {

	/** The reference a job cut off by a stopped node is marked with instead of a log reference. */
	static final String CUT_OFF = "afbrudt";

	static final String JOB = "import-housekeeping";

	private static final Logger log = LoggerFactory.getLogger(ImportHousekeeping.class);

	private final ImportJobs jobs;

	private final Duration runningAtMost;

	private final Duration keepUnconfirmed;

	ImportHousekeeping(ImportJobs jobs,
			@Value("${spirekassen.import.running-at-most:PT1H}") Duration runningAtMost,
			@Value("${spirekassen.import.keep-unconfirmed:P7D}") Duration keepUnconfirmed) {
		this.jobs = jobs;
		this.runningAtMost = runningAtMost;
		this.keepUnconfirmed = keepUnconfirmed;
	}

	@Scheduled(cron = "${spirekassen.import.housekeeping-cron:0 0 4 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	@Transactional
	public void tidy() {
		var now = Instant.now();
		var cutOff = jobs.findByStatusAndStartedAtBefore(ImportStatus.RUNNING, now.minus(runningAtMost));
		cutOff.forEach(job -> job.fail(CUT_OFF));
		var unconfirmed = jobs.findByStatusAndCreatedAtBefore(ImportStatus.VALIDATED, now.minus(keepUnconfirmed));
		jobs.deleteAll(unconfirmed);
		if (!cutOff.isEmpty() || !unconfirmed.isEmpty()) {
			log.info("Import housekeeping: {} cut-off jobs marked failed, {} unconfirmed jobs deleted", cutOff.size(),
					unconfirmed.size());
		}
	}
}
