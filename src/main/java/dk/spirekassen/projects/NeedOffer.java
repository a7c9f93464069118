package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * A partner's offer to meet a need, with a message; the project's lead accepts or declines it.
 */
@Entity
class NeedOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "need_offer_seq")
	@SequenceGenerator(name = "need_offer_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "need_id")
	private Need need;

	private long partnerId;

	private long accountId;

	private String message;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	private Instant createdAt;

	private Instant decidedAt;

	/** Where the need was suggested to the partner, if the offer was made from a suggestion. */
	private Integer suggestedRank;

	protected NeedOffer() {
	}

	NeedOffer(Need need, long partnerId, long accountId, String message, Integer suggestedRank) {
		this.need = need;
		this.partnerId = partnerId;
		this.accountId = accountId;
		this.message = message.strip();
		this.status = OfferStatus.PENDING;
		this.createdAt = Instant.now();
		this.suggestedRank = suggestedRank;
	}

	void decide(boolean accept) {
		if (status != OfferStatus.PENDING) {
			throw new ProjectRuleException(null, "offer.error.decided");
		}
		this.status = accept ? OfferStatus.ACCEPTED : OfferStatus.DECLINED;
		this.decidedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	Need getNeed() {
		return need;
	}

	public long getPartnerId() {
		return partnerId;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getMessage() {
		return message;
	}

	public OfferStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
