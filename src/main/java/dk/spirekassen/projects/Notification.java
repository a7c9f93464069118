package dk.spirekassen.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * A note on someone's dashboard about a project: an offer made, accepted or declined, or an ownership proposed or
 * decided. {@code subject} is the project's title.
 */
@Entity
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", allocationSize = 50)
	private Long id;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private Long projectId;

	private String subject;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(long accountId, NotificationKind kind, Long projectId, String subject) {
		this.accountId = accountId;
		this.kind = kind;
		this.projectId = projectId;
		this.subject = subject;
		this.createdAt = Instant.now();
	}
}
