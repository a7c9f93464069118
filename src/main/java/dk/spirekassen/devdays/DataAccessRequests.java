package dk.spirekassen.devdays;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface DataAccessRequests extends JpaRepository<DataAccessRequest, Long> {

	Optional<DataAccessRequest> findByTokenHash(String tokenHash);
}
