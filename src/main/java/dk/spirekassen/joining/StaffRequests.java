package dk.spirekassen.joining;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface StaffRequests extends JpaRepository<StaffRequest, Long> {

	Optional<StaffRequest> findByLinkTokenHash(String tokenHash);

	List<StaffRequest> findByOrganisationIdAndStatusOrderByCreatedAt(long organisationId, ApplicationStatus status);

	List<StaffRequest> findByPartnerIdAndStatusOrderByCreatedAt(long partnerId, ApplicationStatus status);

	List<StaffRequest> findTop200ByStatusOrderByCreatedAt(ApplicationStatus status);

	long countByStatus(ApplicationStatus status);

	List<StaffRequest> findByStatusAndLinkTokenExpiresAtBefore(ApplicationStatus status, Instant before);

	List<StaffRequest> findByAccountId(long accountId);

	Optional<StaffRequest> findByAccountIdAndStatus(long accountId, ApplicationStatus status);
}
