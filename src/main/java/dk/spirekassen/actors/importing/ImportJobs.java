package dk.spirekassen.actors.importing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface ImportJobs extends JpaRepository<ImportJob, Long> {

	List<ImportJob> findTop10ByOrderByCreatedAtDesc();

	List<ImportJob> findByStatusAndStartedAtBefore(ImportStatus status, Instant startedBefore);

	List<ImportJob> findByStatusAndCreatedAtBefore(ImportStatus status, Instant createdBefore);

	/** How many jobs are running, or failed after {@code failedAfter}. */
	@Query("""
			select count(j) from ImportJob j
			where j.status = dk.spirekassen.actors.importing.ImportStatus.RUNNING
			or j.status = dk.spirekassen.actors.importing.ImportStatus.FAILED and j.finishedAt > :failedAfter""")
	long countRunningOrFailedSince(Instant failedAfter);
}
