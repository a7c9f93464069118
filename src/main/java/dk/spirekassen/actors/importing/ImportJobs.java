package dk.spirekassen.actors.importing;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

interface ImportJobs extends JpaRepository<ImportJob, Long> {

	List<ImportJob> findTop10ByOrderByCreatedAtDesc();

	List<ImportJob> findByStatusAndStartedAtBefore(ImportStatus status, Instant startedBefore);

	List<ImportJob> findByStatusAndCreatedAtBefore(ImportStatus status, Instant createdBefore);
}
