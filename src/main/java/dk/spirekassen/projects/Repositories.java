package dk.spirekassen.projects;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface Projects extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	@Query("select distinct p from Project p join p.participants pa where pa.accountId = ?1 "
			+ "or pa.organisationId = ?2 or pa.partnerId = ?3 or p.proposedByAccountId = ?1 order by p.title")
	List<Project> involving(Long accountId, Long organisationId, Long partnerId);

	java.util.Optional<Project> findByOriginGroupId(long groupId);
}

interface Notifications extends JpaRepository<Notification, Long> {

	List<Notification> findTop20ByAccountIdOrderByCreatedAtDesc(long accountId);

	long countByAccountIdAndReadAtIsNull(long accountId);

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.accountId = ?1 and n.readAt is null")
	int markRead(long accountId, Instant at);
}
