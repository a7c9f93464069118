package dk.spirekassen.devdays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface EvaluationInvites extends JpaRepository<EvaluationInvite, Long> {

	Optional<EvaluationInvite> findByTokenHash(String tokenHash);

	boolean existsByDayIdAndRegistrationId(long dayId, long registrationId);

	long countByDayId(long dayId);
}
