package dk.spirekassen.funding;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface Calls extends JpaRepository<Call, Long> {

	/** The call with its row locked until the transaction ends: decisions on its budget are taken one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Call c where c.id = ?1")
	Optional<Call> lock(long id);

	List<Call> findAllByOrderByOpensOnDescIdDesc();
}
