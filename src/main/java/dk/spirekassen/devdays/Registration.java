package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/**
 * One person's registration for a development day: confirmed, on the waitlist (in order of {@code arrival}) or
 * cancelled. The person reaches it by a secret link; only the link's hash is stored.
 */
@Entity
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
	@SequenceGenerator(name = "registration_seq", allocationSize = 50)
	private Long id;

	private long dayId;

	private String name;

	private String email;

	private String organisationName;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private ParticipantType participantType;

	private String dietaryNeeds;

	private String accessibilityNeeds;

	private Instant consentAt;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private long arrival;

	private String tokenHash;

	private String idempotencyKey;

	private Long accountId;

	private Instant createdAt;

	private Instant statusChangedAt;

	private Instant checkedInAt;

	private boolean anonymised;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(long dayId, RegistrationDetails details, RegistrationStatus status, long arrival, String tokenHash,
			String idempotencyKey, Long accountId) {
		this.dayId = dayId;
		this.createdAt = Instant.now();
		this.idempotencyKey = idempotencyKey;
		this.accountId = accountId;
		reactivate(details, status, arrival, tokenHash);
	}

	/** Fills in a new registration, or a cancelled one the same person makes again. */
	void reactivate(RegistrationDetails details, RegistrationStatus status, long arrival, String tokenHash) {
		this.name = details.name().strip();
		this.email = normaliseEmail(details.email());
		this.organisationName = DevelopmentDay.blankToNull(details.organisationName());
		this.organisationId = details.organisationId();
		this.participantType = details.participantType();
		this.dietaryNeeds = DevelopmentDay.blankToNull(details.dietaryNeeds());
		this.accessibilityNeeds = DevelopmentDay.blankToNull(details.accessibilityNeeds());
		this.consentAt = Instant.now();
		this.status = status;
		this.arrival = arrival;
		this.tokenHash = tokenHash;
		this.statusChangedAt = Instant.now();
		this.checkedInAt = null;
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Gives someone on the waitlist their seat. Whether a seat is free is the day's to say, under its lock; this
	 * refuses anyone who is not waiting.
	 */
	void confirm() {
		requireWaitlisted();
		this.status = RegistrationStatus.CONFIRMED;
		this.statusChangedAt = Instant.now();
	}

	/** Cancels; returns false (and changes nothing) when the registration was already cancelled. */
	boolean cancel() {
		if (status == RegistrationStatus.CANCELLED) {
			return false;
		}
		this.status = RegistrationStatus.CANCELLED;
		this.statusChangedAt = Instant.now();
		this.checkedInAt = null;
		return true;
	}

	/** The submission that made a cancelled registration again: a retry of it must find this registration. */
	void submittedAs(String idempotencyKey) {
		if (idempotencyKey != null) {
			this.idempotencyKey = idempotencyKey;
		}
	}

	/** Takes another place in the waitlist; only someone waiting has one. */
	void moveTo(long arrival) {
		requireWaitlisted();
		this.arrival = arrival;
	}

	/** Marks a confirmed participant present at the door, or not; nobody else can be checked in. */
	void checkIn(boolean present) {
		if (status != RegistrationStatus.CONFIRMED) {
			throw new RegistrationRefusedException(null, "checkin.error.notConfirmed");
		}
		this.checkedInAt = present ? Instant.now() : null;
	}

	private void requireWaitlisted() {
		if (status != RegistrationStatus.WAITLISTED) {
			throw new RegistrationRefusedException(null, "waitlist.error.notWaitlisted");
		}
	}

	public Long getId() {
		return id;
	}

	public long getDayId() {
		return dayId;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public ParticipantType getParticipantType() {
		return participantType;
	}

	public String getDietaryNeeds() {
		return dietaryNeeds;
	}

	public String getAccessibilityNeeds() {
		return accessibilityNeeds;
	}

	public RegistrationStatus getStatus() {
		return status;
	}

	public long getArrival() {
		return arrival;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public Long getAccountId() {
		return accountId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getCheckedInAt() {
		return checkedInAt;
	}

	public boolean isAnonymised() {
		return anonymised;
	}
}
