package dk.spirekassen.devdays;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A project group formed at a development day from ideas, with members drawn from the day's participants.
 */
@Entity
@Table(name = "day_group")
class DayGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_group_seq")
	@SequenceGenerator(name = "day_group_seq", allocationSize = 50)
	private Long id;

	private long dayId;

	private String title;

	private String summary;

	private Long themeId;

	private Instant formedAt;

	private String formedBy;

	@ElementCollection
	@CollectionTable(name = "day_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "registration_id")
	private Set<Long> memberIds = new HashSet<>();

	protected DayGroup() {
	}

	DayGroup(long dayId, String title, String summary, Long themeId, Set<Long> memberIds, String formedBy) {
		this.dayId = dayId;
		this.title = title.strip();
		this.summary = summary.strip();
		this.themeId = themeId;
		this.memberIds.addAll(memberIds);
		this.formedBy = formedBy;
		this.formedAt = Instant.now();
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

	public String getSummary() {
		return summary;
	}

	public Long getThemeId() {
		return themeId;
	}

	public Set<Long> getMemberIds() {
		return Set.copyOf(memberIds);
	}

	public Instant getFormedAt() {
		return formedAt;
	}
}
