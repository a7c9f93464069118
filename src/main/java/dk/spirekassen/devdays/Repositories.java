package dk.spirekassen.devdays;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface Days extends JpaRepository<DevelopmentDay, Long> {

	/** The day with its row locked until the transaction ends: the lock every change of seats takes first. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from DevelopmentDay d where d.id = ?1")
	Optional<DevelopmentDay> lockById(long id);

	List<DevelopmentDay> findByEndsAtAfterOrderByStartsAt(Instant now);

	List<DevelopmentDay> findByEndsAtLessThanEqualOrderByStartsAtDesc(Instant now);
}

interface Registrations extends JpaRepository<Registration, Long> {

	List<Registration> findByDayIdAndEmailIn(long dayId, List<String> emails);

	List<Registration> findByDayIdAndIdempotencyKeyIn(long dayId, List<String> idempotencyKeys);

	/** The highest arrival number given for the day, 0 before the first registration. */
	@Query("select coalesce(max(r.arrival), 0) from Registration r where r.dayId = ?1")
	long lastArrival(long dayId);

	Optional<Registration> findByTokenHash(String tokenHash);

	List<Registration> findByEmailOrderByCreatedAt(String email);

	long countByDayIdAndStatus(long dayId, RegistrationStatus status);

	List<Registration> findByDayIdAndStatusOrderByArrival(long dayId, RegistrationStatus status);

	List<Registration> findByDayIdOrderByName(long dayId);

	@Query("select r.participantType, count(r) from Registration r where r.dayId = ?1 and r.status = ?2 "
			+ "group by r.participantType")
	List<Object[]> countByParticipantType(long dayId, RegistrationStatus status);

	/** Rows of day id, status and count for the given days. */
	@Query("select r.dayId, r.status, count(r) from Registration r where r.dayId in ?1 group by r.dayId, r.status")
	List<Object[]> countByDayAndStatus(List<Long> dayIds);

	@Query("select count(r) from Registration r where r.dayId = ?1 and r.status = ?2 and r.arrival < ?3")
	long countAhead(long dayId, RegistrationStatus status, long arrival);
}

interface RegistrationEvents extends JpaRepository<RegistrationEvent, Long> {

	List<RegistrationEvent> findByRegistrationIdOrderByHappenedAt(long registrationId);
}

interface Ideas extends JpaRepository<DayIdea, Long> {

	List<DayIdea> findByDayIdOrderByCreatedAt(long dayId);
}

interface Groups extends JpaRepository<DayGroup, Long> {

	List<DayGroup> findByDayIdOrderByFormedAt(long dayId);

	long countByDayId(long dayId);
}

interface EvaluationInvites extends JpaRepository<EvaluationInvite, Long> {

	Optional<EvaluationInvite> findByTokenHash(String tokenHash);

	boolean existsByDayIdAndRegistrationId(long dayId, long registrationId);

	long countByDayId(long dayId);
}

interface EvaluationResponses extends JpaRepository<EvaluationResponse, Long> {

	List<EvaluationResponse> findByDayIdOrderBySubmittedAt(long dayId);
}

interface DataAccessRequests extends JpaRepository<DataAccessRequest, Long> {

	Optional<DataAccessRequest> findByTokenHash(String tokenHash);
}
