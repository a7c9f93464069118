package dk.spirekassen.actors.importing;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

import dk.spirekassen.actors.ImportQueue;

/** The import jobs running or lately failed, counted in {@code import_job} by its status. */
@Component
class ImportJobQueue implements ImportQueue {

	private final ImportJobs jobs;

	ImportJobQueue(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	@Transactional(readOnly = true)
	public long runningOrFailed() {
		return jobs.countRunningOrFailedSince(Instant.now().minus(FAILED_SHOWN_FOR));
	}
}
