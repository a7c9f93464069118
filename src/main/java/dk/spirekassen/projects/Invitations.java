package dk.spirekassen.projects;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface Invitations extends JpaRepository<Invitation, Long> {

	boolean existsByNeedIdAndPartnerId(long needId, long partnerId);

	@Query("select i.partnerId from Invitation i where i.needId = ?1")
	List<Long> partnersInvitedTo(long needId);

	@Query("select i.needId from Invitation i where i.partnerId = ?1")
	List<Long> needsInvitedTo(long partnerId);
}
