package dk.spirekassen.devdays;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

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

	/** A chunk of a day's registrations of one status in the given order, from a keyset position. */
	Window<Registration> findByDayIdAndStatus(long dayId, RegistrationStatus status, ScrollPosition position,
			Sort sort, Limit limit);

	@Query("select r.participantType, count(r) from Registration r where r.dayId = ?1 and r.status = ?2 "
			+ "group by r.participantType")
	List<Object[]> countByParticipantType(long dayId, RegistrationStatus status);

	/** Rows of day id, status and count for the given days. */
	@Query("select r.dayId, r.status, count(r) from Registration r where r.dayId in ?1 group by r.dayId, r.status")
	List<Object[]> countByDayAndStatus(List<Long> dayIds);

	@Query("select count(r) from Registration r where r.dayId = ?1 and r.status = ?2 and r.arrival < ?3")
	long countAhead(long dayId, RegistrationStatus status, long arrival);
}
