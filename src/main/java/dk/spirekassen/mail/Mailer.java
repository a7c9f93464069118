package dk.spirekassen.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Sends plain-text email, with attachments if any, through Spring Mail when an SMTP server is configured, and keeps
 * every email with its attachments in the outbox when {@code spirekassen.mail.keep-outbox} is on (the embedded
 * default), so links can be followed without an SMTP server.
 */
@Service
@Transactional
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final OutgoingMails outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final boolean keepOutbox;

	Mailer(OutgoingMails outbox, ObjectProvider<JavaMailSender> sender,
			@Value("${spirekassen.mail.from}") String from,
			@Value("${spirekassen.mail.keep-outbox:false}") boolean keepOutbox) {
		this.outbox = outbox;
		this.sender = sender;
		this.from = from;
		this.keepOutbox = keepOutbox;
	}

	/** Sends an email; a delivery failure is logged, never thrown, so the caller's work is not lost. */
	public void send(String recipient, String subject, String body) {
		send(recipient, subject, body, List.of());
	}

	/**
	 * Sends an email with files attached (a multipart message); the outbox keeps the files with the email. A
	 * delivery failure is logged, never thrown.
	 */
	public void send(String recipient, String subject, String body, List<Attachment> attachments) {
		var mail = new OutgoingMail(recipient, subject, body, attachments);
		var smtp = sender.getIfAvailable();
		if (smtp != null) {
			try {
				smtp.send(message -> {
					var helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
					helper.setFrom(from);
					helper.setTo(recipient);
					helper.setSubject(subject);
					helper.setText(body);
					for (var attachment : attachments) {
						helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
								attachment.contentType());
					}
				});
				mail.markDelivered();
			}
			catch (MailException ex) {
				log.warn("Could not deliver mail '{}' to {}: {}", subject, recipient, ex.getMessage());
			}
		}
		if (keepOutbox) {
			outbox.save(mail);
		}
	}

	@Transactional(readOnly = true)
	public Page<OutgoingMail> outbox(Pageable pageable) {
		return outbox.findAllByOrderByCreatedAtDescIdDesc(pageable);
	}

	/** A kept email with its attachments loaded. */
	@Transactional(readOnly = true)
	public Optional<OutgoingMail> find(long id) {
		return outbox.findWithAttachmentsById(id);
	}

	/** One file of a kept email. */
	@Transactional(readOnly = true)
	public Optional<OutgoingMailAttachment> attachment(long mailId, long attachmentId) {
		return outbox.findWithAttachmentsById(mailId)
			.flatMap(mail -> mail.getAttachments().stream().filter(a -> a.getId() == attachmentId).findFirst());
	}

	public boolean keepsOutbox() {
		return keepOutbox;
	}
}
