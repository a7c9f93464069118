package dk.spirekassen.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * What the mailer hands to an SMTP server: plain text, or a multipart message with the attached files.
 */
class MailerTests {

	private final List<MimeMessage> sent = new ArrayList<>();

	private final OutgoingMails outbox = mock(OutgoingMails.class);

	private Mailer mailer() {
		var smtp = new JavaMailSenderImpl() {
			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				for (var message : messages) {
					try {
						message.saveChanges();
					}
					catch (MessagingException ex) {
						throw new IllegalStateException(ex);
					}
					sent.add(message);
				}
			}
		};
		var beans = new StaticListableBeanFactory(Map.of("mailSender", smtp));
		return new Mailer(outbox, beans.getBeanProvider(JavaMailSender.class), "noreply@spirekassen.dk", true);
	}

	@Test
	void sendsAttachmentsAsMultipartAndKeepsTheMail() throws Exception {
		var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

		mailer().send("a@example.dk", "Tilmelding bekræftet", "Kære Anna",
				List.of(new Attachment("udviklingsdag.ics", "text/calendar; charset=utf-8", ics)));

		assertThat(sent).hasSize(1);
		var message = sent.get(0);
		assertThat(message.getSubject()).isEqualTo("Tilmelding bekræftet");
		var parts = (Multipart) message.getContent();
		var files = new ArrayList<Part>();
		collectFiles(parts, files);
		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.getFileName()).isEqualTo("udviklingsdag.ics");
			assertThat(file.getContentType()).startsWith("text/calendar");
		});
		verify(outbox).save(any(OutgoingMail.class));
	}

	@Test
	void sendsPlainTextWithoutAttachments() throws Exception {
		mailer().send("a@example.dk", "Emne", "Tekst");

		assertThat(sent).singleElement().satisfies(message -> assertThat(message.getContent()).isEqualTo("Tekst"));
	}

	private static void collectFiles(Multipart multipart, List<Part> files) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				collectFiles(nested, files);
			}
			else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				files.add(part);
			}
		}
	}
}
