package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * "Ikke relevant": one side said a suggested pair of need and partner does not fit. Private to that side; nobody
 * else reads the reason.
 */
@Entity
@Table(name = "match_dismissal")
class Dismissal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_dismissal_seq")
	@SequenceGenerator(name = "match_dismissal_seq", allocationSize = 50)
	private Long id;

	private long needId;

	private long partnerId;

	@Enumerated(EnumType.STRING)
	private DismissalSide side;

	private String reason;

	private Integer shownRank;

	private Long accountId;

	private Instant createdAt;

	protected Dismissal() {
	}

	Dismissal(long needId, long partnerId, DismissalSide side, String reason, Integer shownRank, long accountId) {
		this.needId = needId;
		this.partnerId = partnerId;
		this.side = side;
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
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

	DismissalSide getSide() {
		return side;
	}
}
