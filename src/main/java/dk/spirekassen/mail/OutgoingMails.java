package dk.spirekassen.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

	Page<OutgoingMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	@EntityGraph(attributePaths = "attachments")
	Optional<OutgoingMail> findWithAttachmentsById(long id);
}
