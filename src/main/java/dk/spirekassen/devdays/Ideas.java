package dk.spirekassen.devdays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Ideas extends JpaRepository<DayIdea, Long> {

	List<DayIdea> findByDayIdOrderByCreatedAt(long dayId);
}
