package dk.spirekassen.actors;

import org.springframework.data.jpa.repository.JpaRepository;

interface Municipalities extends JpaRepository<Municipality, Integer> {
}
