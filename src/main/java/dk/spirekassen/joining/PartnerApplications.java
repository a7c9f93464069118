package dk.spirekassen.joining;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PartnerApplications extends JpaRepository<PartnerApplication, Long> {

	Optional<PartnerApplication> findByLinkTokenHash(String tokenHash);

	Page<PartnerApplication> findByStatusInOrderByCreatedAt(Collection<ApplicationStatus> statuses, Pageable pageable);

	long countByStatus(ApplicationStatus status);

	Optional<PartnerApplication> findByAccountIdAndStatus(long accountId, ApplicationStatus status);

	List<PartnerApplication> findByAccountId(long accountId);

	List<PartnerApplication> findByStatusAndLinkTokenExpiresAtBefore(ApplicationStatus status, Instant before);
}
