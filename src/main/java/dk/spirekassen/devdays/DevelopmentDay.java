package dk.spirekassen.devdays;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.actors.Region;

/**
 * A development day: where and when it is, how many seats it has, when registration is open, and its programme.
 * Registrations are separate aggregates; taking a seat locks the day's row so that seats are counted by one
 * registration at a time.
 */
@Entity
class DevelopmentDay {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_day_seq")
	@SequenceGenerator(name = "development_day_seq", allocationSize = 50)
	private Long id;

	private String title;

	private Long themeId;

	private String description;

	@Enumerated(EnumType.STRING)
	private Region region;

	private String venue;

	private String address;

	private Instant startsAt;

	private Instant endsAt;

	private int capacity;

	private Instant registrationOpensAt;

	private Instant registrationClosesAt;

	private String organisers;

	@OneToMany(mappedBy = "day", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startsAt, id")
	private List<ProgrammeItem> programme = new ArrayList<>();

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected DevelopmentDay() {
	}

	DevelopmentDay(DayDetails details) {
		this.createdAt = Instant.now();
		update(details);
	}

	void update(DayDetails details) {
		this.title = details.title().strip();
		this.themeId = details.themeId();
		this.description = blankToNull(details.description());
		this.region = details.region();
		this.venue = details.venue().strip();
		this.address = details.address().strip();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.capacity = details.capacity();
		this.registrationOpensAt = details.registrationOpensAt();
		this.registrationClosesAt = details.registrationClosesAt();
		this.organisers = blankToNull(details.organisers());
		this.updatedAt = Instant.now();
	}

	void setCapacity(int capacity) {
		this.capacity = capacity;
		this.updatedAt = Instant.now();
	}

	ProgrammeItem addProgrammeItem(LocalTime startsAt, LocalTime endsAt, String title, String description) {
		var item = new ProgrammeItem(this, startsAt, endsAt, title, description);
		programme.add(item);
		programme.sort(java.util.Comparator.comparing(ProgrammeItem::getStartsAt));
		this.updatedAt = Instant.now();
		return item;
	}

	void removeProgrammeItem(long itemId) {
		programme.removeIf(i -> i.getId() == itemId);
		this.updatedAt = Instant.now();
	}

	/** Whether the day takes registrations at the given moment. */
	public RegistrationWindow window(Instant now) {
		if (!now.isBefore(endsAt)) {
			return RegistrationWindow.PAST;
		}
		if (now.isBefore(registrationOpensAt)) {
			return RegistrationWindow.NOT_YET_OPEN;
		}
		if (!now.isBefore(registrationClosesAt)) {
			return RegistrationWindow.CLOSED;
		}
		return RegistrationWindow.OPEN;
	}

	public DayDetails details() {
		return new DayDetails(title, themeId, description, region, venue, address, startsAt, endsAt, capacity,
				registrationOpensAt, registrationClosesAt, organisers);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public Long getThemeId() {
		return themeId;
	}

	public String getDescription() {
		return description;
	}

	public Region getRegion() {
		return region;
	}

	public String getVenue() {
		return venue;
	}

	public String getAddress() {
		return address;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public int getCapacity() {
		return capacity;
	}

	public Instant getRegistrationOpensAt() {
		return registrationOpensAt;
	}

	public Instant getRegistrationClosesAt() {
		return registrationClosesAt;
	}

	public String getOrganisers() {
		return organisers;
	}

	public List<ProgrammeItem> getProgramme() {
		return List.copyOf(programme);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
