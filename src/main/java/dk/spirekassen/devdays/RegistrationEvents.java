package dk.spirekassen.devdays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RegistrationEvents extends JpaRepository<RegistrationEvent, Long> {

	List<RegistrationEvent> findByRegistrationIdOrderByHappenedAt(long registrationId);
}
