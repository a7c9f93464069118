package dk.spirekassen.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Sends plain-text email through Spring Mail when an SMTP server is configured, and keeps every email in the
 * outbox when {@code spirekassen.mail.keep-outbox} is on (the embedded default), so links can be followed
 * without an SMTP server.
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
		var mail = new OutgoingMail(recipient, subject, body);
		var smtp = sender.getIfAvailable();
		if (smtp != null) {
			try {
				var message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(recipient);
				message.setSubject(subject);
				message.setText(body);
				smtp.send(message);
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

	@Transactional(readOnly = true)
	public Optional<OutgoingMail> find(long id) {
		return outbox.findById(id);
	}

	public boolean keepsOutbox() {
		return keepOutbox;
	}
}
