package dk.spirekassen.projects;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

interface Notifications extends JpaRepository<Notification, Long> {

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.accountId = ?1 and n.readAt is null")
	int markRead(long accountId, Instant at);
}
