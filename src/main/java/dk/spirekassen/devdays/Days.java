package dk.spirekassen.devdays;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
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

	List<DevelopmentDay> findByEndsAtAfterOrderByStartsAt(Instant now, Limit limit);

	List<DevelopmentDay> findByEndsAtLessThanEqualOrderByStartsAtDesc(Instant now);
}
