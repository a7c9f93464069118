package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * A note on someone's dashboard: an offer made, accepted or declined on a project. {@code kind} is the message
 * key's last part; {@code subject} is the project's title.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", allocationSize = 50)
	private Long id;

	private long accountId;

	private String kind;

	private Long projectId;

	private String subject;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(long accountId, String kind, Long projectId, String subject) {
		this.accountId = accountId;
		this.kind = kind;
		this.projectId = projectId;
		this.subject = subject;
		this.createdAt = Instant.now();
	}

	public String getKind() {
		return kind;
	}

	public Long getProjectId() {
		return projectId;
	}

	public String getSubject() {
		return subject;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isUnread() {
		return readAt == null;
	}
}
