package dk.spirekassen.mail;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What the mailer writes to the outbox: a pending email, due at once, with its files; an email with a reference is
 * written once. Sending it is {@link MailDelivery}'s part (see MailDeliveryIntegrationTests).
 */
class MailerTests {

	private final OutgoingMails outbox = mock(OutgoingMails.class);

	private final Mailer mailer = new Mailer(outbox, true, Duration.ofDays(30));

	@Test
	void writesAPendingMailWithItsAttachmentsDueAtOnce() {
		var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

		mailer.send("a@example.dk", "Tilmelding bekræftet", "Kære Anna",
				List.of(new Attachment("udviklingsdag.ics", "text/calendar; charset=utf-8", ics)));

		var written = ArgumentCaptor.forClass(OutgoingMail.class);
		verify(outbox).save(written.capture());
		var mail = written.getValue();
		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getAttempts()).isZero();
		assertThat(mail.getNextAttemptAt()).isEqualTo(mail.getCreatedAt());
		assertThat(mail.getSentAt()).isNull();
		assertThat(mail.getAttachments()).singleElement().satisfies(file -> {
			assertThat(file.getName()).isEqualTo("udviklingsdag.ics");
			assertThat(file.getContent()).isEqualTo(ics);
		});
	}

	@Test
	void writesAMailWithAReferenceOnlyOnce() {
		when(outbox.existsByReference("registration:1:2")).thenReturn(false, true);

		assertThat(mailer.sendOnce("registration:1:2", "a@example.dk", "Emne", "Tekst", List.of())).isTrue();
		assertThat(mailer.sendOnce("registration:1:2", "a@example.dk", "Emne", "Tekst", List.of())).isFalse();

		verify(outbox).save(any(OutgoingMail.class));
	}

	@Test
	void writesNothingForAReferenceAlreadyWritten() {
		when(outbox.existsByReference("registration:1:2")).thenReturn(true);

		mailer.sendOnce("registration:1:2", "a@example.dk", "Emne", "Tekst", List.of());

		verify(outbox, never()).save(any(OutgoingMail.class));
	}
}
