package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * A person's request to see their registrations: the hash of the emailed link and when it stops working.
 */
@Entity
class DataAccessRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_access_request_seq")
	@SequenceGenerator(name = "data_access_request_seq", allocationSize = 50)
	private Long id;

	private String email;

	private String tokenHash;

	private Instant expiresAt;

	protected DataAccessRequest() {
	}

	DataAccessRequest(String email, String tokenHash, Instant expiresAt) {
		this.email = email;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	String getEmail() {
		return email;
	}

	boolean validAt(Instant now) {
		return now.isBefore(expiresAt);
	}
}
