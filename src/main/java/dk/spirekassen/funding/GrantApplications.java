package dk.spirekassen.funding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface GrantApplications extends JpaRepository<GrantApplication, Long> {

	boolean existsByCallIdAndProjectId(long callId, long projectId);

	List<GrantApplication> findByCallIdOrderBySubmittedAtAscIdAsc(long callId);

	List<GrantApplication> findByApplicantAccountIdOrderBySubmittedAtDesc(long accountId);

	List<GrantApplication> findByProjectIdOrderBySubmittedAtDesc(long projectId);

	List<GrantApplication> findByIdIn(java.util.Collection<Long> ids);

	List<GrantApplication> findByStatusOrderByDecidedOnAscIdAsc(GrantStatus status);
}
