package dk.spirekassen.devdays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface EvaluationResponses extends JpaRepository<EvaluationResponse, Long> {

	List<EvaluationResponse> findByDayIdOrderBySubmittedAt(long dayId);
}
