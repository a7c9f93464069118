package dk.spirekassen.actors.importing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface ImportRows extends JpaRepository<ImportRow, Long> {

	List<ImportRow> findByJobIdOrderByLine(long jobId);

	@Modifying
	@Query("delete from ImportRow r where r.jobId = :jobId")
	int deleteByJobId(@Param("jobId") long jobId);
}
