package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import java.time.LocalTime;

/**
 * One point of a day's programme, with its time.
 */
@Entity
class ProgrammeItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_item_seq")
	@SequenceGenerator(name = "programme_item_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "day_id")
	private DevelopmentDay day;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String title;

	private String description;

	protected ProgrammeItem() {
	}

	ProgrammeItem(DevelopmentDay day, LocalTime startsAt, LocalTime endsAt, String title, String description) {
		this.day = day;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.title = title.strip();
		this.description = description == null || description.isBlank() ? null : description.strip();
	}

	public Long getId() {
		return id;
	}

	public LocalTime getStartsAt() {
		return startsAt;
	}

	public LocalTime getEndsAt() {
		return endsAt;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}
}
