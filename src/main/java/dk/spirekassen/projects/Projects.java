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

	/**
	 * The projects someone proposed, whose organisation is proposed as owner, or who takes part (by login,
	 * organisation or partner): the same as their reader keys in the search index. An idea has no participants
	 * until its lead is appointed, so the participants are asked about, not joined.
	 */
	@Query("select p from Project p where p.proposedByAccountId = ?1 or p.proposedOwnerOrganisationId = ?2 "
			+ "or exists (select pa.id from Participant pa where pa.project = p and (pa.accountId = ?1 "
			+ "or pa.organisationId = ?2 or pa.partnerId = ?3)) order by p.title")
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
