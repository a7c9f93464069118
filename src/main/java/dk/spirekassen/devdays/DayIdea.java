package dk.spirekassen.devdays;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * An idea captured during or after a development day, by staff or by a participant; it may become part of a
 * project group.
 */
@Entity
public class DayIdea {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_idea_seq")
	@SequenceGenerator(name = "day_idea_seq", allocationSize = 50)
	private Long id;

	private long dayId;

	private String title;

	private String description;

	private Long themeId;

	private String proposerName;

	private Long proposerRegistrationId;

	private Long groupId;

	private Instant createdAt;

	protected DayIdea() {
	}

	DayIdea(long dayId, String title, String description, Long themeId, String proposerName,
			Long proposerRegistrationId) {
		this.dayId = dayId;
		this.title = title.strip();
		this.description = DevelopmentDay.blankToNull(description);
		this.themeId = themeId;
		this.proposerName = proposerName.strip();
		this.proposerRegistrationId = proposerRegistrationId;
		this.createdAt = Instant.now();
	}

	void joinGroup(long groupId) {
		if (this.groupId != null) {
			throw new RegistrationRefusedException("ideaIds", "group.error.ideaTaken", title);
		}
		this.groupId = groupId;
	}

	public Long getId() {
		return id;
	}

	public long getDayId() {
		return dayId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Long getThemeId() {
		return themeId;
	}

	public String getProposerName() {
		return proposerName;
	}

	public Long getGroupId() {
		return groupId;
	}
}
