package dk.spirekassen.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.spirekassen.actors.PartnerKind;

/**
 * Something a project is looking for: knowledge, experience, funds, volunteers or a partner of a given kind.
 */
@Entity
@Table(name = "project_need")
class Need {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_need_seq")
	@SequenceGenerator(name = "project_need_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Enumerated(EnumType.STRING)
	private NeedKind kind;

	@Enumerated(EnumType.STRING)
	private PartnerKind partnerKind;

	private Long amount;

	private String description;

	@Enumerated(EnumType.STRING)
	private NeedStatus status;

	private Instant createdAt;

	@OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt")
	private List<NeedOffer> offers = new ArrayList<>();

	protected Need() {
	}

	Need(Project project, NeedDetails details) {
		this.project = project;
		this.status = NeedStatus.OPEN;
		this.createdAt = Instant.now();
		update(details);
	}

	void update(NeedDetails details) {
		this.kind = details.kind();
		this.partnerKind = details.kind() == NeedKind.PARTNER ? details.partnerKind() : null;
		this.amount = details.kind() == NeedKind.FUNDS ? details.amount() : null;
		this.description = details.description().strip();
	}

	NeedOffer offer(long partnerId, long accountId, String message) {
		if (status != NeedStatus.OPEN) {
			throw new ProjectRuleException("message", "need.error.notOpen");
		}
		if (offers.stream().anyMatch(o -> o.getPartnerId() == partnerId && o.getStatus() == OfferStatus.PENDING)) {
			throw new ProjectRuleException("message", "need.error.alreadyOffered");
		}
		var offer = new NeedOffer(this, partnerId, accountId, message);
		offers.add(offer);
		return offer;
	}

	void markMet() {
		this.status = NeedStatus.MET;
	}

	void reopen() {
		this.status = NeedStatus.OPEN;
	}

	Optional<NeedOffer> findOffer(long offerId) {
		return offers.stream().filter(o -> o.getId() == offerId).findFirst();
	}

	public Long getId() {
		return id;
	}

	Project getProject() {
		return project;
	}

	public NeedKind getKind() {
		return kind;
	}

	public PartnerKind getPartnerKind() {
		return partnerKind;
	}

	public Long getAmount() {
		return amount;
	}

	public String getDescription() {
		return description;
	}

	public NeedStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<NeedOffer> getOffers() {
		return List.copyOf(offers);
	}
}
