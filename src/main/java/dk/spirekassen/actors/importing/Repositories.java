package dk.spirekassen.actors.importing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

interface ImportJobs extends JpaRepository<ImportJob, Long> {

	List<ImportJob> findTop10ByOrderByCreatedAtDesc();

	List<ImportJob> findByStatusAndStartedAtBefore(ImportStatus status, Instant startedBefore);

	List<ImportJob> findByStatusAndCreatedAtBefore(ImportStatus status, Instant createdBefore);
}

interface ImportRows extends JpaRepository<ImportRow, Long> {

	List<ImportRow> findByJobIdOrderByLine(long jobId);

	@Modifying
	@Query("delete from ImportRow r where r.jobId = :jobId")
	int deleteByJobId(@Param("jobId") long jobId);
}

interface ImportProblems extends JpaRepository<ImportProblem, Long> {

	Page<ImportProblem> findByJobIdOrderByLineAscIdAsc(long jobId, Pageable pageable);
}
