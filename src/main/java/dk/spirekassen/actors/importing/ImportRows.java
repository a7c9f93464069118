package dk.spirekassen.actors.importing;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImportRows extends JpaRepository<ImportRow, Long> {

	/** A batch of a job's rows in the given order, from a keyset position. */
	Window<ImportRow> findByJobId(long jobId, ScrollPosition position, Sort sort, Limit limit);

	@Modifying
	@Query("delete from ImportRow r where r.jobId = :jobId")
	int deleteByJobId(@Param("jobId") long jobId);
}
