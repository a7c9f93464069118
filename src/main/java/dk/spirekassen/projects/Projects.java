package dk.spirekassen.projects;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface Projects extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	@Query("select distinct p from Project p join p.participants pa where pa.accountId = ?1 "
			+ "or pa.organisationId = ?2 or pa.partnerId = ?3 or p.proposedByAccountId = ?1 order by p.title")
	List<Project> involving(Long accountId, Long organisationId, Long partnerId);

	Optional<Project> findByOriginGroupId(long groupId);
}
