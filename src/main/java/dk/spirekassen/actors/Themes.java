package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Themes extends JpaRepository<Theme, Long> {

	List<Theme> findAllByOrderByName();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
