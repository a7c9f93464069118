package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A project's lead invited a suggested partner to meet a need.
 */
@Entity
@Table(name = "need_invitation")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "need_invitation_seq")
	@SequenceGenerator(name = "need_invitation_seq", allocationSize = 50)
	private Long id;

	private long needId;

	private long partnerId;

	private Integer shownRank;

	private Long accountId;

	private Instant createdAt;

	protected Invitation() {
	}

	Invitation(long needId, long partnerId, Integer shownRank, long accountId) {
		this.needId = needId;
		this.partnerId = partnerId;
		this.shownRank = shownRank;
		this.accountId = accountId;
		this.createdAt = Instant.now();
	}

	long getNeedId() {
		return needId;
	}

	long getPartnerId() {
		return partnerId;
	}
}
