package dk.spirekassen.mail;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

	Page<OutgoingMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	@EntityGraph(attributePaths = "attachments")
	Optional<OutgoingMail> findWithAttachmentsById(long id);

	boolean existsByReference(String reference);

	long countByStatusAndCreatedAtAfter(MailStatus status, Instant after);

	/** Emails due to be sent, the longest waiting first. */
	@Query("""
			select m.id from OutgoingMail m
			where m.status = dk.spirekassen.mail.MailStatus.PENDING and m.nextAttemptAt <= :now
			order by m.nextAttemptAt, m.id""")
	List<Long> findDue(Instant now, Limit limit);

	/**
	 * Takes a due email for one attempt: counts the attempt and moves its next attempt to {@code until}, so nobody
	 * else takes it meanwhile. 0 when it was not due (taken, sent or given up in the meantime).
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("""
			update OutgoingMail m set m.attempts = m.attempts + 1, m.nextAttemptAt = :until
			where m.id = :id and m.status = dk.spirekassen.mail.MailStatus.PENDING and m.nextAttemptAt <= :now""")
	int claim(long id, Instant now, Instant until);

	/** Deletes sent emails (their attachments go with them, by the foreign key). */
	@Modifying
	@Query("delete from OutgoingMail m where m.status = dk.spirekassen.mail.MailStatus.SENT and m.sentAt < :before")
	int deleteSentBefore(Instant before);
}
