package dk.spirekassen.projects;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface Dismissals extends JpaRepository<Dismissal, Long> {

	boolean existsByNeedIdAndPartnerIdAndSide(long needId, long partnerId, DismissalSide side);

	/** The partners left out of a need's suggestions: those the project dismissed, and those who dismissed it. */
	@Query("select d.partnerId from Dismissal d where d.needId = ?1")
	List<Long> partnersDismissedFrom(long needId);

	/** The needs a partner said are not relevant. */
	@Query("select d.needId from Dismissal d where d.partnerId = ?1 and d.side = dk.spirekassen.projects.DismissalSide.PARTNER")
	List<Long> needsDismissedBy(long partnerId);
}
