package dk.spirekassen.projects;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface Projects extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	@Query("select distinct p from Project p join p.participants pa where pa.accountId = ?1 "
			+ "or pa.organisationId = ?2 or pa.partnerId = ?3 or p.proposedByAccountId = ?1 order by p.title")
	List<Project> involving(Long accountId, Long organisationId, Long partnerId);

	Optional<Project> findByOriginGroupId(long groupId);

	/** The projects the groups became, with their participants, who decide who may see a project. */
	@EntityGraph(attributePaths = "participants")
	List<Project> findByOriginGroupIdIn(Collection<Long> groupIds);

	/**
	 * Per project of the ids that has open needs: its id and how many. Lists count this way rather than loading
	 * every need; the ids are one array parameter, so the statement is prepared once.
	 */
	@Query(nativeQuery = true, value = """
			select project_id, count(*) from project_need
			where project_id = any(:ids) and status = 'OPEN' group by project_id""")
	List<Object[]> openNeedCounts(@Param("ids") Long[] ids);

	/** The bottom lines each project of the ids has indicators on, as pairs of project id and bottom line. */
	@Query(nativeQuery = true, value = """
			select distinct project_id, bottom_line from indicator where project_id = any(:ids)""")
	List<Object[]> bottomLines(@Param("ids") Long[] ids);
}
