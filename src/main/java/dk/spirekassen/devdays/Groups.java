package dk.spirekassen.devdays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Groups extends JpaRepository<DayGroup, Long> {

	List<DayGroup> findByDayIdOrderByFormedAt(long dayId);

	long countByDayId(long dayId);
}
