package dk.spirekassen.actors.importing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportProblems extends JpaRepository<ImportProblem, Long> {

	Page<ImportProblem> findByJobIdOrderByLineAscIdAsc(long jobId, Pageable pageable);
}
